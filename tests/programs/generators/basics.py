# Generators: yield, send, throw, close, yield from, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g), next(g, "done"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value, stop.args)


def inner():
    x = yield 1
    y = yield 2
    return x + y


def outer():
    result = yield from inner()
    yield "inner returned %d" % result
    yield from [10, 20]


o = outer()
print(next(o), o.send(5), o.send(7), next(o), next(o), next(o, "end"))


def guarded():
    try:
        yield "working"
        yield "still working"
    except ValueError as err:
        yield "handled " + str(err)
    finally:
        print("cleanup ran")


gg = guarded()
print(next(gg))
print(gg.throw(ValueError("oops")))
gg.close()

g2 = guarded()
print(next(g2))
g2.close()
print("closed")

squares = (x * x for x in range(6) if x % 2)
print(squares.__class__.__name__ if False else "genexpr", list(squares), list(squares))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(zip_pairs) if False else [p for p in ((i, i * i) for i in range(3))])


def gen_with_return():
    yield 1
    return "value"


try:
    gw = gen_with_return()
    next(gw)
    next(gw)
except StopIteration as stop:
    print("stop value", stop.value)


def stops_early():
    yield 1
    raise StopIteration


try:
    list(stops_early())
except RuntimeError as err:
    print("RuntimeError", err)


def delegate_throw():
    try:
        yield from guarded()
    except KeyError:
        yield "outer caught"


dt = delegate_throw()
print(next(dt), dt.throw(ValueError("inner")), next(dt, "exhausted"))
