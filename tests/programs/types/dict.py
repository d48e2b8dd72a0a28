# dict: constructor forms, every method, operators, KeyError, iteration.


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


# constructors
print(dict(), {}, dict(a=1, b=2), dict([(1, 2), [3, 4], 'xy']))
print(dict({1: 2}, c=3), dict(((i, i * i) for i in range(4))), dict(zip_=1))
print(dict({'a': 1}, a=2), dict([(1, 'a'), (1, 'b')]), {1: 'a', 1.0: 'b', True: 'c'})
print({k: v for k, v in [(1, 2), (3, 4)]}, {**{1: 2}, 3: 4, **{1: 5}})


class Mapping:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, k):
        return k * 2


print(dict(Mapping()), dict(Mapping(), r=0))
err(lambda: dict(1))
err(lambda: dict([1]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: dict([(1,)]))
err(lambda: dict({}, {}))
err(lambda: {[]: 1})

# item access, KeyError carries the key
d = {'a': 1, 2: 'b', (3,): None}
print(d['a'], d[2], d[(3,)], len(d), 'a' in d, 'z' in d, (3,) in d)
for key in ['x', 5, (1, 2), None]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e, repr(e), e.args)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', e)
err(lambda: d[[1]])
err(lambda: [] in d)
d['a'] = 10
del d[2]
print(d)

# get, setdefault
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get('a', 0))
print(d.setdefault('a', 5), d.setdefault('b', 6), d.setdefault('c'), d)
err(lambda: d.get())
err(lambda: d.get([], 1))

# pop, popitem (LIFO)
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'dflt'), d.pop('zz', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
d['d'] = 4
print(d.popitem(), d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)

# update
d = {1: 1}
d.update({2: 2})
d.update([(3, 3)], four=4)
d.update(five=5)
d.update(Mapping())
d.update()
d.update(((6, 6),))
print(d)
err(lambda: d.update(1))
err(lambda: d.update([1, 2]))
err(lambda: d.update({}, {}))

# copy, clear, fromkeys
d = {'x': [1]}
c = d.copy()
c['y'] = 2
c['x'].append(2)
print(d, c, c is d)
c.clear()
print(c, len(c), bool(c), bool(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'v'), dict.fromkeys([]))
err(lambda: dict.fromkeys(1))
err(lambda: dict.fromkeys([[]]))

# | and |= (3.9)
a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, c is a)
c |= [(9, 9)]
print(c)
err(lambda: a | [(1, 2)])
err(lambda: a | None)

# equality, no ordering
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == {}, {1: 2} == [(1, 2)])
print({1: [1]} == {1: [1]}, {1: 1} == {1.0: 1.0}, {1: 2} == {2: 2})
err(lambda: {} < {})
err(lambda: hash({}))

# iteration: insertion order, changing size is a RuntimeError
d = {'z': 1, 'a': 2, 'm': 3}
print(list(d), [k for k in d], sorted(d), list(d.__reversed__()))
del d['a']
d['a'] = 4
print(list(d))
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = d[k] * 10
print(d)

# repr, recursion
d = {}
d['self'] = d
print(d, {'s': 'x', 1.5: None, (1, 2): [3]})
