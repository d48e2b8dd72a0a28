# dict views: keys(), values(), items(): len, iteration, `in`, reversed,
# set operations and comparisons on keys and items views, liveness.


def show(s):
    return type(s).__name__ + str(sorted(s))


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), len(v), len(i), bool(k), bool({}.keys()))
print(list(k), list(v), list(i))
print(list(k.__reversed__()), list(v.__reversed__()), list(i.__reversed__()))
print({}.keys(), {}.values(), {}.items())

# views are live
d['d'] = 4
del d['a']
print(k, v, i, len(k))

# membership
print('b' in k, 'a' in k, 2 in v, 1 in v, ('b', 2) in i, ('b', 3) in i, ('zz', 2) in i)
print('b' in i, ('b', 2, 0) in i, ['b', 2] in i, 5 not in v)
err(lambda: [] in k)

# set operations on keys views: any iterable on either side; the result is a set
k = {'a': 1, 'b': 2, 'c': 3}.keys()
print(show(k & {'a', 'z'}), show(k | ['z']), show(k - ('a',)), show(k ^ {'a', 'q'}))
print(show({'a', 'z'} & k), show(['z'] | k), show(['a', 'y'] - k), show(('a', 'q') ^ k))
print(show(k & {'x': 0, 'b': 1}.keys()), show(k - k), show(k | set()), show(k & 'abz'))
err(lambda: k & 1)
err(lambda: 1 - k)

# items views work with pairs
it = {1: 'x', 2: 'y'}.items()
print(show(it & {(1, 'x'), (2, 'z')}), show(it - [(1, 'x')]), show(it | {(3, 'w')}))
print(show(it ^ [(2, 'y'), (5, 5)]))
err(lambda: {1: []}.items() & {1})

# comparisons: with sets, frozensets and other keys/items views
k = {1: 0, 2: 0}.keys()
print(k == {1, 2}, {1, 2} == k, k == frozenset([2, 1]), k != {1}, k == [1, 2], k != [1, 2])
print(k < {1, 2, 3}, k <= {1, 2}, k > {1}, k >= {1, 2, 3}, {1} < k, {1, 2, 3} > k)
print(k == {2: 'x', 1: 'y'}.keys(), k < {1: 0, 2: 0, 3: 0}.keys(), k == {1: 0}.keys())
it = {1: 'a'}.items()
print(it == {(1, 'a')}, it == {1: 'a'}.items(), it == {1: 'b'}.items(), it <= {(1, 'a'), 2})
err(lambda: k < [1, 2, 3])
err(lambda: k <= 5)

# values views compare by identity only
v = {1: 2}.values()
print(v == v, v == {1: 2}.values(), v != {1: 2}.values())

# isdisjoint
k = {1: 0, 2: 0}.keys()
print(k.isdisjoint([3, 4]), k.isdisjoint({2}), k.isdisjoint([]), {}.keys().isdisjoint([1]))
print({1: 'a'}.items().isdisjoint([(1, 'b')]), {1: 'a'}.items().isdisjoint([(1, 'a')]))

# iterating a view while the dict changes size
d = {1: 1, 2: 2}
for name, view in [('keys', d.keys()), ('values', d.values()), ('items', d.items())]:
    try:
        for x in view:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
d = {1: 1, 2: 2}
for key, value in d.items():
    d[key] = value + 100
print(d, sorted(d.values()), sum(d.values()))

# unpacking and building from views
d = {'x': 1, 'y': 2}
a, b = d.items()
print(a, b, dict(d.items()), list(zip_ for zip_ in d.values()), tuple(d.keys()))
print(sorted(d.items(), key=lambda kv: -kv[1]), set(d.keys()) == set('xy'))
