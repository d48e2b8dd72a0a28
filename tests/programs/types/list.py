# list: every method, slicing with steps (get, set, delete), operators,
# comparisons, sort, reversal, self-containing repr.


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


# append, extend, insert
a = []
a.append(1)
a.append([2])
a.extend((3, 4))
a.extend('ab')
a.extend(range(2))
a.extend({9: 0})
a.extend(a)
print(a, len(a))
a = [1, 2, 3]
a.insert(0, 'first')
a.insert(-1, 'before-last')
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
err(lambda: a.extend(5))
err(lambda: a.insert('x', 1))
err(lambda: a.append())

# pop, remove, index, count
a = [10, 20, 30, 20, 40]
print(a.pop(), a.pop(0), a.pop(-2), a)
err(lambda: a.pop(10))
err(lambda: a.pop(-10))
err(lambda: [].pop())
err(lambda: a.pop('x'))
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
err(lambda: a.remove(99))
print(a.index(1), a.index(1, 1), a.index(2, -3), a.index(1, 0, 10), a.index(3, -100, 100))
err(lambda: a.index(1, 1, 3))
err(lambda: a.index(99))
err(lambda: a.index(1, 'x'))
print(a.count(1), a.count(99), [1, 1.0, True].count(1), [[1], [1]].count([1]))

# clear, copy, reverse
a = [1, [2]]
b = a.copy()
b.append(3)
b[1].append(4)
print(a, b, a is b)
a.reverse()
print(a)
b.clear()
print(b, [].copy(), [1, 2, 3, 4][::-1])

# sort: stable, key=, reverse=
words = ['pear', 'Fig', 'apple', 'fig', 'Kiwi', 'date']
w = words[:]
w.sort()
print(w)
w.sort(key=len)
print(w)
w.sort(key=str.lower, reverse=True) if False else w.sort(key=lambda s: s.lower(), reverse=True)
print(w)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [3, -1, 2.5, 0, -7, 10]
nums.sort(reverse=True)
print(nums, sorted(nums), sorted(nums, key=abs))
e = []
e.sort()
print(e, [5].sort())
err(lambda: [1, 'a'].sort())
err(lambda: [3, 2].sort(1))
err(lambda: [3, 2].sort(cmp=None))
lst = [3, 1, 2]


def bad_key(x):
    lst.append(x)
    return x


err(lambda: lst.sort(key=bad_key))

# indexing and slicing
a = list(range(10))
print(a[0], a[-1], a[-10], a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[::-100], a[::100], a[1:9:-1], a[None:None:None])
print(a[2**70:], a[:-2**70], a[::2**70], a[::-2**70])
err(lambda: a[10])
err(lambda: a[-11])
err(lambda: a['1'])
err(lambda: a[1.0])
err(lambda: a[::0])
err(lambda: a[2**70])

# slice assignment and deletion
a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = (98, 99)
print(a)
a[2:5] = []
print(a)
a[5:2] = 'ab'
print(a)
a[:] = a
print(a)
a = list(range(8))
a[::2] = 'abcd'
print(a)
a[::-3] = [None] * 3
print(a)
a[1:2:1] = [1, 1, 1]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a[::-1] = []
except ValueError as e:
    print('ValueError', e)


def assign_int():
    a[0:1] = 5


err(assign_int)
a = list(range(10))
del a[::3]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::-2]
print(a)
del a[100:]
del a[:]
print(a)
try:
    del a[0]
except IndexError:
    print('IndexError')
a = [1, 2]
a[-1] = 'last'
print(a)
try:
    a[2] = 0
except IndexError:
    print('IndexError')

# + * += *=
a = [1, 2]
print(a + [3], a + [], [] + [], a * 2, 2 * a, a * 0, a * -1, [[]] * 3, a * True)
b = a
b += (3,)
b += 'x'
print(a, b is a)
b *= 2
print(a, b is a)
b *= 0
print(a)
err(lambda: [1] + (1,))
err(lambda: [1] * 1.5)
err(lambda: [1] * 'a')
c = [0]
try:
    c += 5
except TypeError:
    print('TypeError +=')
print([1, 2] * (2**70 - 2**70), [1] * -2**60)
err(lambda: [1] * -2**70)
err(lambda: [1] * 2**70)

# comparisons: lexicographic, all six
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1] >= [1, 0])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1] == (1,), [1] != (1,), [[1]] < [[2]], ['a'] < ['b'])
print([1, 'a'] < [2, 'b'], [1, 'a'] == [1, 'a'])
err(lambda: [1] < (1,))
err(lambda: [1, 'a'] < [1, 2])
err(lambda: [] < None)
n = float('nan')
print([n] == [n], n in [n], [1, 2, 3] != [1, 2])

# in
print(1 in [1, 2], 3 in [1, 2], [1] in [[1]], 'a' not in [], None in [None])

# iteration sees changes; reversal
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out)
print(list(a.__reversed__()), list([].__reversed__()))
it = a.__reversed__()
print(next(it))
a.pop()
a.pop()
print(list(it))

# bool, len, constructor
print(bool([]), bool([0]), len([[], []]), list(), list('ab'), list((1, 2)), list({1: 2}), list(range(3)))
err(lambda: list(1))
err(lambda: list([1], [2]))
err(lambda: hash([]))

# repr of self-containing lists
a = [1]
a.append(a)
print(a, [a, a])
b = [a, (a,)]
print(b)
