# collections.deque: both ends, maxlen, indexing, rotate, iteration, errors
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[4], 3 in d, 10 in d, bool(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), list(d))
d.extend([10, 11])
d.extendleft('ab')
print(d)
d[0] = 'first'
d[-1] = 'last'
print(d, d.count(0), d.index(10))
del d[1]
print(d)
d.remove(10)
print(d)
d.insert(1, 'ins')
d.reverse()
print(d, d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))

# many items: the ring buffer grows and wraps
q = deque()
total = 0
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1], sum(q))
for i in range(50):
    q.appendleft(q.pop())
print(q[0], q[-1], len(q))

# maxlen
b = deque([1, 2, 3], 3)
b.append(4)
print(b, b.maxlen)
b.appendleft(0)
print(b)
b.extend([7, 8, 9, 10])
print(b, list(b))
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, len(z))
print(deque(range(10), maxlen=4), deque('abc', None))

# rotate
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(13)
print(r)
r.rotate(0)
e = deque()
e.rotate(3)
print(r, e)

# iteration and comparisons
print([x * 2 for x in deque([1, 2, 3])])
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([2, 1]),
      deque([1]) != deque([1]), deque([1, 2]) == [1, 2])
a, b2, c = deque('xyz')
print(a, b2, c)
it = deque([1, 2, 3])
it += [4, 5]
print(it)
n = deque([1])
n.append(n)
print(n)

def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)

empty = deque()
check('pop empty', empty.pop)
check('popleft empty', empty.popleft)
check('index out of range', lambda: deque([1])[5])
check('index negative', lambda: deque([1])[-2])
check('index str', lambda: deque([1])['a'])
check('maxlen negative', lambda: deque([], -1))
check('remove missing', lambda: deque([1]).remove(2))
check('hash', lambda: hash(deque()))
check('insert full', lambda: deque([1, 2], 2).insert(0, 5))
check('maxlen set', lambda: setattr(deque(), 'maxlen', 3))
mut = deque([1, 2, 3])
try:
    for x in mut:
        mut.append(x)
except RuntimeError:
    print('RuntimeError', len(mut))
