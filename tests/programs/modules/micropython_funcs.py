# micropython: opt_level, heap lock, schedule, kbd_intr, memory and stack figures
# (expected output from MicroPython's unix port)
import micropython

print(micropython.opt_level())
print(micropython.opt_level(2), micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())

X = micropython.const(42)
print(X, micropython.const('s'))

# the heap lock: allocations raise MemoryError until unlocked
got1 = got2 = l = d = a = b = None
print(micropython.heap_lock())
try:
    l = [1, 2, 3]
    got1 = 'allocated'
except MemoryError:
    got1 = 'MemoryError'
try:
    d = {'a': 1}
    got2 = 'allocated'
except MemoryError:
    got2 = 'MemoryError'
print(micropython.heap_unlock())
print(got1, got2)
l = [1, 2, 3]
print(l)
micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_unlock()
b = micropython.heap_unlock()
print(a, b)
print(len([1, 2]))

# schedule: callbacks run soon (by the end of a loop), in order
results = []
def cb(arg):
    results.append(arg)
micropython.schedule(cb, 'a')
micropython.schedule(cb, 'b')
for i in range(5):
    pass
print(results)
def fill():
    n = 0
    try:
        micropython.schedule(cb, 0); n += 1
        micropython.schedule(cb, 1); n += 1
        micropython.schedule(cb, 2); n += 1
        micropython.schedule(cb, 3); n += 1
        micropython.schedule(cb, 4); n += 1
        micropython.schedule(cb, 5); n += 1
        micropython.schedule(cb, 6); n += 1
        micropython.schedule(cb, 7); n += 1
    except RuntimeError as e:
        print('RuntimeError', e)
results.clear() if hasattr(results, 'clear') else None
del results[:]
fill()
for i in range(3):
    pass
print(sorted(results)[:4], len(results) >= 4)
def nested(arg):
    results.append(arg)
    micropython.schedule(cb, arg + '-again')
del results[:]
micropython.schedule(nested, 'n')
for i in range(10):
    pass
print(results)

# keyboard interrupt character, stack and memory figures
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
s = micropython.stack_use()
print(type(s).__name__, s > 0)
for name in ['mem_current', 'mem_peak', 'mem_total']:
    v = getattr(micropython, name)()
    print(name, type(v).__name__, v > 0)
current = micropython.mem_current()
print(micropython.mem_peak() >= current)

# code emitters: native and viper keep the function working
@micropython.native
def add1(x):
    return x + 1
@micropython.viper
def add2(x: int) -> int:
    return x + 2
print(add1(1), add2(1))

def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)
check('opt_level str', lambda: micropython.opt_level('x'))
check('schedule 1 arg', lambda: micropython.schedule(cb))
check('kbd_intr str', lambda: micropython.kbd_intr('x'))
check('mem_info 2 args', lambda: micropython.mem_info(1, 2))
