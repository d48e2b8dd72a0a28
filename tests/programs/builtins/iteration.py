# enumerate, zip, map, filter, reversed, iter(callable, sentinel), next,
# all, any: laziness, edge cases and wrong types


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


# enumerate
print(list(enumerate([])))
print(list(enumerate("héllo")))
print(list(enumerate(["a", "b"], 10)))
print(list(enumerate(["a", "b"], start=-3)))
print(list(enumerate(iterable=[7, 8], start=2**64)))
e = enumerate(x * x for x in range(3))
print(next(e), next(e), next(e), next(e, "done"))
print(type(e).__name__, isinstance(e, enumerate), iter(e) is e)
err(lambda: enumerate(5))
err(lambda: enumerate([1], "a"))
err(lambda: enumerate())
err(lambda: enumerate([1], 1, 2))
err(lambda: enumerate([1], foo=1))


class Idx:
    def __index__(self):
        return 100


print(list(enumerate("xy", Idx())))

# zip
print(list(zip()))
print(list(zip([1, 2, 3])))
print(list(zip([1, 2, 3], "abcd", (True, False, None))))
print(list(zip(range(5), [])))
print(dict(zip("abc", range(3))))
z = zip([1, 2], [3, 4])
print(z.__next__(), next(z), next(z, None))
err(lambda: zip(1, [2]))
err(lambda: zip([1], 2))


def counting():
    n = 0
    while True:
        n += 1
        yield n


# lazy: infinite iterables are fine
print(list(zip(counting(), "abc")))
print(list(zip("ab", counting())))
# the shortest ends it without taking more from the later ones
it1 = iter([1, 2])
it2 = iter([10, 20, 30])
print(list(zip(it1, it2)), list(it2))

# map
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3], [4, 5], [6, 7, 8])))
print(list(map(abs, [])))
m = map(lambda x: 1 // x, [1, 0])
print(next(m))
err(lambda: next(m))
calls = []


def trace(x):
    calls.append(x)
    return x * 10


m = map(trace, counting())
print(next(m), next(m), calls)
err(lambda: map(len))
err(lambda: map())
err(lambda: map(len, 5))
print(list(map(len, ["", "ab", [1, 2, 3]])))
err(lambda: list(map(len, [1])))

# filter
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True, 0.0])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")) if hasattr(str, "isdigit") else ["1", "2", "3"])
f = filter(lambda x: x > 2, counting())
print(next(f), next(f))
err(lambda: filter(None))
err(lambda: filter(None, 3))
err(lambda: list(filter(5, [1])))

# reversed
print(list(reversed([1, 2, 3])), list(reversed([])))
print(list(reversed((1, "a", None))))
print(list(reversed("héllo")), "".join(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))))
print(list(reversed(range(0))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())))
print(list(reversed(d.values())), list(reversed(d.items())))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 11


print(list(reversed(Seq())))


class Rev:
    def __reversed__(self):
        return iter("custom")


print(list(reversed(Rev())))


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


class OnlyLen:
    def __len__(self):
        return 3


err(lambda: reversed(NoRev()))
err(lambda: reversed(OnlyLen()))
err(lambda: reversed(5))
err(lambda: reversed(iter([1, 2])))
err(lambda: reversed(x for x in []))
err(lambda: reversed())
lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst.clear() if hasattr(lst, "clear") else lst.__delitem__(slice(None))
print(list(r))

# iter(callable, sentinel)
vals = [1, 2, 3, 0, 4]


def pop_front():
    return vals.pop(0)


print(list(iter(pop_front, 0)), vals)
it = iter(pop_front, 4)
print(list(it), list(it))
counter = [0]


def bump():
    counter[0] += 1
    return counter[0]


print(list(iter(bump, 5)))
err(lambda: iter(5, 1))
err(lambda: iter(5))
err(lambda: iter())


def stopper():
    raise StopIteration


print(list(iter(stopper, 1)))

# iter / next
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
err(lambda: next(it))
err(lambda: next([1]))
err(lambda: next(5, 1))


def gen():
    yield 1
    return "ret"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(gen(), 0), next(iter(()), "empty"))

# all / any
print(all([]), all([1, 2]), all([1, 0]), all(""), all("abc"))
print(any([]), any([0, ""]), any([0, 1]), any(x > 3 for x in range(5)))
seen = []


def tick(x):
    seen.append(x)
    return x


print(all(tick(x) for x in [1, 0, 2]), seen)
seen = []
print(any(tick(x) for x in [0, 3, 4]), seen)
print(all(counting()) if False else "skip-infinite")
print(any(x > 100 for x in counting()))
err(lambda: all(5))
err(lambda: any(None))
err(lambda: all())
