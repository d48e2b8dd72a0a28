# heapq: heap invariants, user comparisons, errors
import heapq

def is_heap(h):
    for i in range(1, len(h)):
        if h[(i - 1) // 2] > h[i]:
            return False
    return True

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    assert is_heap(h)
print(h[0], is_heap(h), len(h))
print([heapq.heappop(h) for i in range(len(h))])

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5]
heapq.heapify(data)
print(is_heap(data), data[0])
out = []
while data:
    out.append(heapq.heappop(data))
print(out)

h = [1, 4, 2]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 3), h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop([], 5))

# tuples and strings
h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for i in range(4)])
words = ['pear', 'apple', 'fig', 'banana']
heapq.heapify(words)
print(heapq.heappop(words), words[0])

# user objects compared with __lt__
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
tasks = []
for p, n in [(5, 'write'), (1, 'plan'), (3, 'test'), (2, 'design')]:
    heapq.heappush(tasks, Task(p, n))
print([heapq.heappop(tasks).name for i in range(4)])

print(heapq.nlargest(3, [1, 8, 2, 9, 3, 7]), heapq.nsmallest(3, [1, 8, 2, 9, 3, 7]))
print(heapq.nlargest(2, ['a', 'ccc', 'bb'], key=len), heapq.nsmallest(1, []))
print(heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(0, [3, 1, 2]))
print(heapq.nlargest(3, [(1, 'x'), (2, 'y'), (1, 'z')], key=lambda t: t[0]))

for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                (heapq.heappush, ((1, 2), 3)), (heapq.heapify, ('abc',)),
                (heapq.heappush, ([1, 'a'], 2))]:
    try:
        f(*args)
        print('ok')
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
h = [1, 2]
try:
    heapq.heappush(h, 'x')
except TypeError:
    print('TypeError', len(h))
