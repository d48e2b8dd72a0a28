# micropython.heap_lock(): while locked, allocations raise MemoryError
# (expected output from MicroPython's unix port)
import micropython

class C:
    pass

class D:
    def __init__(self):
        self.a = 1

def gen():
    yield 1

x = 1.5
z = 1j
s = 'abc'
b = b'ab'
pre = [0] * 4
l2 = [1, 2]
d = {'k': 1}

def t(label, f):
    micropython.heap_lock()
    try:
        f()
        res = 'allocated'
    except MemoryError:
        res = 'MemoryError'
    micropython.heap_unlock()
    print(label, res)

# refused
t('float add', lambda: x + 1.0)
t('float mul', lambda: x * 2)
t('float neg', lambda: -x)
t('float div', lambda: 3 / len(s))
t('float()', lambda: float(3))
t('complex', lambda: z * 2)
t('instance', lambda: C())
t('instance init', lambda: D())
t('object()', lambda: object())
t('list', lambda: [1])
t('list comp', lambda: [i for i in range(2)])
t('tuple', lambda: (x, x))
t('dict', lambda: {1: 2})
t('set', lambda: {1})
t('str concat', lambda: s + str(len(s)))
t('str repeat', lambda: s * 3)
t('bytes concat', lambda: b + b)
t('bytes repeat', lambda: b * 5)
t('bytearray', lambda: bytearray(3))
t('closure', lambda: (lambda: 1))
t('generator', lambda: (i for i in s))
t('gen func', lambda: gen())
t('star args', lambda: max(*l2))
t('range', lambda: range(3))
t('iter', lambda: iter(l2))
t('enumerate', lambda: enumerate(l2))
t('zip', lambda: zip(l2, l2))
t('map', lambda: map(abs, l2))

# allowed: nothing new on the heap
t('small int', lambda: len(s) + 3)
t('int(str)', lambda: int('12'))
t('str index', lambda: s[1])
t('getattr', lambda: getattr(C, '__name__'))
def store():
    pre[1] = 5
t('list store', store)
t('dict lookup', lambda: d['k'])
t('exception', lambda: ValueError('x'))
def loop():
    n = 0
    for v in pre:
        n += v
    return n
t('for loop', loop)

# the message, and the lock depth
def f():
    micropython.heap_lock()
    try:
        [1, 2]
    except MemoryError as e:
        micropython.heap_unlock()
        print(type(e).__name__, e)
f()
def depth():
    micropython.heap_lock()
    micropython.heap_lock()
    micropython.heap_unlock()
    try:
        x * 3
        r = 'allocated'
    except MemoryError:
        r = 'MemoryError'
    print(micropython.heap_unlock(), r, x * 3)
    print(micropython.heap_locked() if hasattr(micropython, "heap_locked") else 0)
depth()
