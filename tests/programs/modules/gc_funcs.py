# gc: MicroPython's functions (expected output from MicroPython: types and bounds only)
import gc

print(type(gc.collect()).__name__)
print(gc.isenabled())
print(gc.disable(), gc.isenabled())
print(gc.enable(), gc.isenabled())
a = gc.mem_alloc()
f = gc.mem_free()
print(type(a).__name__, type(f).__name__, a > 0, f > 0 or f == -1)
junk = [[i] * 10 for i in range(1000)]
print(gc.mem_alloc() > 0)
junk = None
gc.collect()
print(gc.mem_alloc() > 0)
print(gc.threshold())
print(gc.threshold(100000))
t = gc.threshold()
print(type(t).__name__, 50000 < t <= 100000)
gc.threshold(-1)
print(gc.threshold())
try:
    gc.threshold('x')
except TypeError:
    print('TypeError')
try:
    gc.collect(1, 2, 3)
except TypeError:
    print('TypeError')
# threshold: rounded down to whole 32-byte blocks, -1 for negative values
print(gc.threshold(1000), gc.threshold())
print(gc.threshold(31), gc.threshold(), gc.threshold(32), gc.threshold())
print(gc.threshold(0), gc.threshold(), gc.threshold(True), gc.threshold())
gc.threshold(-5)
print(gc.threshold())
# disabled: collect() still works, the state stays until enable()
gc.disable()
print(type(gc.collect()).__name__, gc.isenabled())
junk = [[i] for i in range(100)]
print(gc.isenabled(), len(junk))
gc.enable()
print(gc.isenabled())
gc.disable()    # the next program starts enabled again
