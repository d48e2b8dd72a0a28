# frozenset: constructor, hashing, methods, operators and mixing with set.


def show(s):
    return type(s).__name__ + str(sorted(s))


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


print(frozenset(), frozenset([1]), frozenset('a'), repr(frozenset([(1,)])))
print(show(frozenset([3, 1, 2, 1])), show(frozenset(range(4))), show(frozenset({1: 2})))
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, len(f), bool(frozenset()), 1 in f, 3 in f)
err(lambda: frozenset(1))
err(lambda: frozenset([[]]))
err(lambda: frozenset([1], [2]))
err(lambda: f.add(3))
err(lambda: f.remove(1))
err(lambda: f.update([3]))
err(lambda: f.pop())

# hashing: equal sets hash equal, whatever the insertion order
a = frozenset([1, 2, 3, 'x', (4, 5)])
b = frozenset([(4, 5), 'x', 3, 2, 1])
print(a == b, hash(a) == hash(b), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset([1])) == hash(frozenset([1.0])))
d = {a: 'a', frozenset(): 'empty'}
print(d[b], d[frozenset()], frozenset([1, 2, 3, 'x', (4, 5)]) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s), {1} in s, {3} in s)
nested = frozenset([frozenset([1]), frozenset()])
print(len(nested), frozenset() in nested, frozenset([1]) in nested)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), type(hash(f)).__name__)

print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), -1])))

# methods return frozensets
print(show(f.union([3])), show(f.intersection([2, 3])), show(f.difference([1])))
print(show(f.symmetric_difference([2, 3])), show(f.union()), show(f.intersection([1], (1, 2))))
print(f.isdisjoint([3]), f.issubset(range(5)), f.issuperset([2]))

# operators: the result has the left operand's type
s = {2, 3}
print(show(f | s), show(s | f), show(f & s), show(s & f))
print(show(f - s), show(s - f), show(f ^ s), show(s ^ f))
print(f == {1, 2}, {1, 2} == f, f != s, f < {1, 2, 3}, f <= f, f > frozenset([1]), f >= {3})

# in-place operators on a frozenset rebind the name to a new frozenset
g = f
g |= {9}
print(show(g), show(f), g is f)
g = f
g -= {1}
print(show(g), g is f)
g = f
g &= {1}
g ^= {7}
print(show(g), show(f))
err(lambda: f | [1])
err(lambda: f < [1])
