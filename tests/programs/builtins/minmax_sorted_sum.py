# min/max (key=, default=, empty), sorted (key=, reverse=, stability),
# sum (start=, the TypeError for str starts)


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


# min / max
print(min(3, 1, 2), max(3, 1, 2), min([5]), max((5,)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("é", "z"))
print(min([1, 2.5, -3]), max([1, 2.5, -3]), max(2**100, 2**99, -2**200))
print(min([], default=None), max([], default="empty"), min((), default=0))
print(min([4], default=9), max(x for x in [2, 8, 1]))
print(min("apple", "fig", "banana", key=len), max("apple", "fig", "banana", key=len))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 2, 0]]))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=lambda x: -x))
print(max([1, 2], key=None), min(3, 4, key=None))
# ties: the first one wins for both
print(min([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(min(range(10**6, 0, -7)), max(range(-10, 10, 3)))
err(lambda: min([]))
err(lambda: max(()))
err(lambda: max(iter([])))
err(lambda: min())
err(lambda: min(1))
err(lambda: max(1, "a"))
err(lambda: min([1, 2], foo=1))
err(lambda: max(1, 2, default=0))
err(lambda: max([1, 2], key=5))
err(lambda: min([None, None]))


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "V(%d)" % self.v


print(min([V(3), V(1), V(2)]), max([V(3), V(1), V(2)]))
print(max([V(3), V(1)], key=lambda v: -v.v))

# sorted
print(sorted([]), sorted([3, 1, 2]), sorted("hello"), sorted((2, 1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
print(sorted(range(5), key=lambda x: x % 2))
print(sorted(range(5), key=lambda x: x % 2, reverse=True))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([2**70, -1, 0.5, True]))
print(sorted(x * x for x in range(-3, 3)))
print(sorted([V(2), V(0), V(1)]), sorted([3, 1], reverse=0))
lst = [3, 1, 2]
s = sorted(lst)
print(s, lst, s is lst)
print(sorted(["é", "e", "z", "a"]))
err(lambda: sorted(5))
err(lambda: sorted([1, "a"]))
err(lambda: sorted([1, 2], 1))
err(lambda: sorted())
err(lambda: sorted([1], foo=1))
err(lambda: sorted([1, 2], key=3))

# sum
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]))
print(sum([1, 2], 10), sum([1, 2], start=100), sum([], 7), sum([], start=[]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([2**64, 2**64]), sum([1, 2.5]), sum([True, True, True]))
print(sum(x for x in range(5)), sum(iter([3, 4])), sum({1: 2, 3: 4}))
err(lambda: sum(["a", "b"]))
err(lambda: sum(["a", "b"], ""))
err(lambda: sum([1], "a"))
err(lambda: sum([], ""))
err(lambda: sum([1, "a"]))
err(lambda: sum(5))
err(lambda: sum())
err(lambda: sum([1], 2, 3))
err(lambda: sum([1], 2, start=3))
err(lambda: sum([1], begin=3))


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Acc(self.n + other)

    def __radd__(self, other):
        return Acc(other + self.n)


print(sum([1, 2, 3], Acc(0)).n, sum([Acc(5), 1]).n)
