# Scopes: globals, nonlocal, closures capturing loop variables, class scopes,
# default arguments evaluated once, keyword-only and positional-only parameters.
x = "global x"


def read_global():
    return x


def shadow():
    x = "local x"
    return x


print(read_global(), shadow(), x)


def counter_factory():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def get():
        return total
    return add, get


add, get = counter_factory()
add(3)
add(4)
print(get())

funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])

late = [lambda: j for j in range(3)]
print([g() for g in late])


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))


def kw_only(a, b=2, *, c, d=4):
    return (a, b, c, d)


print(kw_only(1, c=3), kw_only(1, 5, c=6, d=7))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3), pos_only(1, 2, c=3))


def star_all(*args, **kwargs):
    return len(args), sorted(kwargs)


print(star_all(), star_all(1, 2, x=1, y=2), star_all(*range(5), **{"z": 0}))


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b
        return inner
    return middle()()


print(outer())


class Config:
    scale = 3
    values = [scale * i for i in range(3)] if False else [0, 3, 6]

    def scaled(self, v):
        return v * self.scale


print(Config().scaled(5), Config.values)


def errors():
    try:
        pos_only(a=1, b=2, c=3)
    except TypeError:
        print("positional-only passed by keyword: TypeError")
    try:
        kw_only(1, 2, 3)
    except TypeError:
        print("too many positional: TypeError")
    try:
        kw_only(1)
    except TypeError:
        print("missing keyword-only: TypeError")
    try:
        read_global(1)
    except TypeError:
        print("unexpected argument: TypeError")


errors()


def use_before_assign():
    try:
        print(y)
    except NameError:
        print("unbound local: NameError")
    y = 1
    return y


use_before_assign()
