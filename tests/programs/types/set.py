# set: displays, comprehensions, constructor, every method and operator.
# (set order differs from CPython's hash order: multi-element sets are
# shown sorted)


def show(s):
    return type(s).__name__ + str(sorted(s))


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


# displays, comprehensions, constructor
print(set(), {1}, {'a'}, repr({(1, 2)}))
print(show({3, 1, 2}), show({x % 4 for x in range(10)}), show({*[1, 2], 3, *(4, 1)}))
print(show(set([3, 3, 2])), show(set('abca')), show(set(range(5))), show(set({1: 2, 3: 4})))
print(show(set(x for x in 'hello')), show(set({5, 6})), show(set(frozenset([7]))))
print(len(set()), len({1, 1, 1.0, True}), {1, 1.0}, {1.0, 1})
print(bool(set()), bool({0}))
err(lambda: set(1))
err(lambda: set([1], [2]))
err(lambda: {[1, 2]})
err(lambda: {1, {2}})
err(lambda: set([[1]]))
err(lambda: {{}: 1})

# membership
s = {1, 2, 'x', (1, 2), None, frozenset([9])}
print(1 in s, 3 in s, 'x' in s, (1, 2) in s, None in s, 2.0 in s, {9} in s)
print(3 not in s, [1] in {1} if False else 'skip')
err(lambda: [1] in s)
err(lambda: {} in s)

# add, remove, discard, pop, clear
s = set()
s.add(1)
s.add(1)
s.add('b')
print(show(s) if False else sorted(s, key=str))
s.remove(1)
print(s)
err(lambda: s.remove(1))
err(lambda: s.remove([1]))
s.discard('b')
s.discard('zz')
print(s)
err(lambda: s.add([]))
s = {5}
print(s.pop(), s)
err(lambda: s.pop())
s = {1, 2, 3}
print(s.clear(), s)
s = {frozenset([1])}
s.remove({1})
print(s)
s = {frozenset([2])}
s.discard({2})
print(s, {frozenset()}.__contains__(set()) if False else frozenset() in {frozenset()})

# copy
a = {1, 2}
b = a.copy()
b.add(3)
print(show(a), show(b), a is b)

# union / update
a = {1, 2}
print(show(a.union()), show(a.union([3])), show(a.union([3], (4,), [0], {5: 0})), show(a))
print(show(a | {9}), show({9} | a), show(a | frozenset([0])))
a.update([7], {8}, range(2))
print(show(a))
a.update()
print(show(a))
err(lambda: a.update(5))
err(lambda: a | [1])
err(lambda: a.union(1))

# intersection
a = {1, 2, 3, 4}
print(show(a.intersection([2, 3, 9])), show(a.intersection([2, 3], (3, 4))), show(a.intersection()))
print(show(a & {3, 4, 5}), show(a & set()), show(a))
a.intersection_update([1, 2, 3], {2, 3})
print(show(a))
a.intersection_update()
print(show(a))
err(lambda: a & (1,))
err(lambda: a.intersection(None))

# difference
a = {1, 2, 3, 4}
print(show(a.difference([1])), show(a.difference([1], {2}, (3,))), show(a.difference()))
print(show(a - {4}), show({4} - a), show(a - a))
a.difference_update({1}, [2])
print(show(a))
a.difference_update(a)
print(show(a))
err(lambda: a - [1])

# symmetric difference
a = {1, 2, 3}
print(show(a.symmetric_difference([3, 4])), show(a ^ {3, 4}), show(a ^ a))
a.symmetric_difference_update((3, 4, 5))
print(show(a))
a.symmetric_difference_update(a)
print(show(a))
err(lambda: a.symmetric_difference([1], [2]))
err(lambda: a.symmetric_difference())
err(lambda: a ^ 1)

# in-place operators keep the object
a = {1, 2}
b = a
a |= {3}
a &= {1, 3, 5}
a -= {5}
a ^= {9}
print(show(a), a is b)
try:
    a |= [1]
except TypeError:
    print('TypeError |=')
try:
    a -= 1
except TypeError:
    print('TypeError -=')

# isdisjoint, issubset, issuperset and comparisons
a = {1, 2}
print(a.isdisjoint([3]), a.isdisjoint((2, 5)), set().isdisjoint([]))
print(a.issubset([1, 2, 3]), a.issubset({1}), a.issubset(a), set().issubset([]))
print(a.issuperset([1]), a.issuperset(range(3)), a.issuperset([]))
print(a <= {1, 2}, a < {1, 2}, a < {1, 2, 3}, a >= {1}, a > {1}, a > a, a >= a)
print(a == {2, 1}, a != {1}, a == frozenset([1, 2]), a == [1, 2], a != [1, 2])
print({1} < {2}, {1} > {2}, {1} <= {2}, set() < {0})
err(lambda: a < [1])
err(lambda: a <= 3)
err(lambda: a.issubset(3))
err(lambda: hash(a))

# iteration, mutation while iterating
print(sorted(x * 2 for x in {1, 2, 3}))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1}
for x in s:
    s.discard(x)
    s.add(x)
print(s)

# sets of mixed hashables; int/float/bool equality
s = {0, 0.0, False, 1, True, 'a', 'b', (), (0,)}
print(len(s), 0 in s, 1.0 in s, () in s)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


s = {Key(1), Key(1), Key(2)}
print(len(s), Key(2) in s, Key(3) in s)


class NoHash:
    __hash__ = None


err(lambda: {NoHash()})
