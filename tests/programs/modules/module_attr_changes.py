# Module attribute reads in hot loops (folded by the JIT behind the module
# dict's version) see every change: rebinding, new and deleted names.
import math
import struct

total = 0.0
seen = []
for i in range(3000):
    if i == 1500:
        math.pi = 3
    if i == 2000:
        math.tau_half = 1.5
    if i == 2500:
        del math.pi
    try:
        total += math.pi
    except AttributeError as e:
        seen.append(i)
    if i >= 2000:
        total += math.tau_half
print(total, len(seen), seen[:2])

orig = struct.pack
calls = 0
out = []
for i in range(2000):
    if i == 1000:
        def pack(fmt, *args):
            global calls
            calls += 1
            return orig(fmt, *args)
        struct.pack = pack
    out.append(struct.pack('<h', i))
struct.pack = orig
print(calls, out[999], out[1000], out[-1], struct.pack('<h', -1))

def f():
    return sum(struct.unpack('<3b', b'\x01\x02\xff'))
print([f() for _ in range(3)])
