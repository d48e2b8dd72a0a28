# struct and bytes: packing records, unpacking them, bytearray building.
import struct
from _harness import run, size_arg


def work(n):
    buf = bytearray()
    for i in range(n):
        buf += struct.pack('<HiQd', i % 65536, -i, i * i, i / 4)
    total = 0
    fsum = 0.0
    size = struct.calcsize('<HiQd')
    for off in range(0, len(buf), size):
        a, b, c, d = struct.unpack_from('<HiQd', buf, off)
        total += a + b + c
        fsum += d
    return len(buf), total, fsum, bytes(buf[:4]).hex()


def check(n, r):
    total = sum(i % 65536 - i + i * i for i in range(n))
    return r[0] == 22 * n and r[1] == total and r[2] == sum(i / 4 for i in range(n))

run('struct_pack', work, size_arg(50000), check)
