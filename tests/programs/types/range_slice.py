# range: negative steps, len, `in`, indexing, slicing, count, index,
# equality, hashing, repr, attributes; slice: indices(), attributes, repr,
# equality.


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


for r in [range(5), range(2, 8), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 2),
          range(-3, 3), range(3, -3, -1), range(0, 10, 100), range(-5, -20, -7)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step)
err(lambda: range())
err(lambda: range(1, 2, 0))
err(lambda: range(1.5))
err(lambda: range(1, 2, 3, 4))
err(lambda: range('a'))

# in: O(1) for ints, == for others
r = range(0, 100, 7)
print(0 in r, 7 in r, 98 in r, 99 in r, 100 in r, -7 in r, 14.0 in r, 'a' in r, True in range(2))
r = range(20, -20, -5)
print(20 in r, -15 in r, -20 in r, 0 in r, 3 in r, 2**80 in r, -2**80 in r)
print(10**9 in range(10**12), 10**12 in range(10**12), 5 not in range(5))

# indexing and slicing (a slice of a range is a range)
r = range(3, 30, 3)
print(r[0], r[-1], r[4], r[-9], r[True])
err(lambda: r[9])
err(lambda: r[-10])
err(lambda: r['a'])
err(lambda: r[2**70])
print(r[2:5], r[::-1], r[::2], r[-2:], r[5:1], r[::-3], r[100:], r[1:8:-1])
print(list(r[2:5]), list(r[::-1]), range(10)[3:100:4], range(10, 0, -1)[::-2])
print(range(0)[::-1], len(range(10)[::-1]), range(5)[:-100], range(5)[2**70:])
err(lambda: r[::0])

# count and index
r = range(-10, 10, 3)
print(r.count(-4), r.count(-3), r.count(2.0), r.count('x'), r.index(-10), r.index(8), r.index(5.0))
err(lambda: r.index(9))
err(lambda: r.index('x'))
err(lambda: range(3).index())

# equality and hashing: equal ranges are the same sequence
print(range(0) == range(5, 1), range(1, 2) == range(1, 3, 7), range(0, 3) == range(3))
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 10, 3), range(3) != range(3))
print(range(3) == [0, 1, 2], range(3) != (0, 1, 2))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(9, 3)))
print(hash(range(1, 2)) == hash(range(1, 9, 100)), {range(3): 'r'}[range(0, 3)])
err(lambda: range(3) < range(4))

# reversed and iteration
print(list(range(5).__reversed__()), list(range(10, 0, -3).__reversed__()), list(range(0).__reversed__()))
print(sum(range(101)), [x * x for x in range(-2, 3)], tuple(range(3)), sorted(range(3), key=lambda v: -v))
it = iter(range(2))
print(next(it), next(it), next(it, 'done'))

# slice objects
s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 2), slice(1, 2, 3), slice(None, None, -1), slice('a', [1], None))
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(10), slice(-3, -1).indices(10), slice(10, -10, -3).indices(7))
print(slice(2**70, -2**70, -1).indices(3), slice(0, 0).indices(0), slice(5, 1).indices(10))
err(lambda: slice(1, 2, 0).indices(5))
err(lambda: slice(1, 2).indices(-1))
err(lambda: slice('a').indices(3))
err(lambda: slice())
err(lambda: slice(1, 2, 3, 4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2, 3) == (1, 2, 3), slice(1) < slice(2), slice(1, 2) <= slice(1, 2), slice(0, 5) > slice(0, 4))
err(lambda: hash(slice(1)))
err(lambda: slice(1, 'a') < slice(1, 2))

# slices used with sequences
a = list(range(10))
sl = slice(1, None, 3)
print(a[sl], tuple(a)[sl], range(10)[sl], 'abcdefghij'[sl])
a[sl] = ['x'] * 3
print(a)
del a[slice(None, None, 2)]
print(a)
