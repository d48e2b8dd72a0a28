# def, return, defaults, keywords, *args, **kwargs, recursion, closures, lambdas.
def add(a, b=10):
    return a + b

print(add(1), add(1, 2), add(b=5, a=1))

def varargs(first, *rest, **named):
    return first, rest, sorted(named.items())

print(varargs(1), varargs(1, 2, 3), varargs(1, x=1, y=2))
print(varargs(*[1, 2], **{"k": 3}))

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, b=2, c=4))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(25))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = make_counter()
c()
c()
print(c(5))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in make_adders()])

square = lambda x: x * x
print(square(7), (lambda: "no args")(), sorted([3, 1, 2], key=lambda v: -v))

counter = 0
def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)

def no_return():
    pass

print(no_return())

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 18), gcd(17, 5))
print(fib.__name__, type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(2**70) is int)
