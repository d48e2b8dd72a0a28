# tuple: count, index, comparisons, hashing, + *, slicing with steps.


def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


t = (1, 2, 3, 2, 1)
print(t, (), (1,), ((),), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
u = (4, 5)
print(tuple(u) is u, len(t), bool(()), bool((0,)))
err(lambda: tuple(1))
err(lambda: tuple([1], [2]))

# count, index
print(t.count(1), t.count(9), (1, 1.0, True).count(1), ([1], [1]).count([1]))
print(t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, -100, 100), t.index(1, 1, 5))
err(lambda: t.index(9))
err(lambda: t.index(3, 0, 2))
err(lambda: t.index())
err(lambda: t.index(1, 'a'))
err(lambda: t.append(1))

# indexing and slicing
t = tuple(range(10))
print(t[0], t[-1], t[3:6], t[::2], t[::-1], t[7:2:-2], t[-3:], t[:100], t[100:], t[::-4])
print(t[2**70:], t[:-2**70], t[::2**70], t[1:8:3])
err(lambda: t[10])
err(lambda: t[-11])
err(lambda: t['a'])
err(lambda: t[::0])


def assign():
    t[0] = 1


def delete():
    del t[0]


err(assign)
err(delete)

# + *
print((1, 2) + (3,), () + (), (1,) * 3, 3 * (1,), (1, 2) * 0, (1,) * -5, ((),) * 2)
x = (1, 2)
y = x
y += (3,)
print(x, y, x is y)
y *= 2
print(y)
print(x * 1 is x or x * 1 == x)
err(lambda: (1,) + [2])
err(lambda: (1,) * 1.0)
err(lambda: (1,) * (2,))
err(lambda: (1,) * 2**70)

# comparisons
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) <= (1, 2), (1,) >= (1, 0))
print((1, 2) == (1, 2), (1, 2) != (1, 2.0), (1,) == [1], ((1,), 'a') < ((1,), 'b'), (1, 'a') < (2, 0))
err(lambda: (1,) < [1])
err(lambda: (1, 'a') < (1, 2))
n = float('nan')
print((n,) == (n,), n in (n,), (1, n) < (2, n))

# hashing: equal tuples hash equal; unhashable contents
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a', (2.5, None))) == hash((1, 'a', (2.5, None))))
print(hash((1, 2)), hash(()), hash(((1,), -1, (), (None, 0))) == hash(((1,), -1, (), (None, 0))), hash((-2, (3, 4))))
print(hash(()) == hash(()), hash((1,)) == hash((1.0,)), hash((1, 2)) != hash((2, 1)))
d = {(1, 2): 'a', (): 'empty', ((1,),): 'nested'}
print(d[(1, 2)], d[()], d[((1,),)], (1, 2) in {(1, 2)}, (2, 1) in d)
err(lambda: hash(([],)))
err(lambda: hash((1, {})))
err(lambda: {(1, [2]): 3})
err(lambda: {(1, {2}) if False else (1, set())})

# in, iteration, unpacking
print(2 in t, 20 in t, None in (None,), [1] in ([1],), 'a' not in ())
a, b, *c = (1, 2, 3, 4)
print(a, b, c, [v * 2 for v in (1, 2)], list(t[::-3]))

# repr of tuples holding self-containing lists
lst = []
tt = (lst,)
lst.append(tt)
print(tt, lst)
