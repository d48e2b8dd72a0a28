# struct.unpack/unpack_from/pack_into/iter_unpack on every kind of buffer:
# bytes, bytearray, memoryview (whole, sliced, strided, read-only) and
# array.array, at offsets (negative too), with the out-of-range errors.
import struct
import array

FMT = '<HiQd'
SIZE = struct.calcsize(FMT)
VALUES = (513, -7, 2 ** 63 + 5, 2.5)
packed = struct.pack(FMT, *VALUES)
print(SIZE, len(packed))

# a big buffer with the record at a few offsets
big = bytearray(100000)
for off in (0, 1, 4097, len(big) - SIZE):
    big[off:off + SIZE] = packed
    print(off, struct.unpack_from(FMT, big, off) == VALUES)
print(len(big))

def kinds(raw):
    """Each kind of buffer over the same bytes."""
    ba = bytearray(raw)
    return [('bytes', bytes(raw)), ('bytearray', ba),
            ('memoryview', memoryview(ba)),
            ('memoryview-bytes', memoryview(bytes(raw))),
            ('memoryview-ro', memoryview(ba).toreadonly()),
            ('array', array.array('B', raw))]

raw = b'\x00' * 3 + packed + b'\xff' * 5
for name, buf in kinds(raw):
    print(name, struct.unpack_from(FMT, buf, 3),
          struct.unpack_from(FMT, buf, -SIZE - 5),
          struct.unpack_from('<B', buf, -1), struct.unpack_from('<2s', buf, 3))
    try:
        struct.unpack(FMT, buf)
    except Exception as e:
        print(' ', type(e).__name__)
    print(' ', struct.unpack('<%dB' % len(raw), buf)[:6])
    for off in (len(raw) - SIZE + 1, len(raw), len(raw) + 3, -len(raw) - 1,
                -SIZE + 1):
        try:
            print(' ', struct.unpack_from(FMT, buf, off))
        except Exception as e:
            print(' ', off, type(e).__name__, e)
    print(' ', struct.unpack_from('<0s', buf, len(raw)))

# memoryview slices are views: unpack through them, at offsets
ba = bytearray(raw)
mv = memoryview(ba)
sub = mv[3:3 + SIZE]
print(len(sub), struct.unpack(FMT, sub) == VALUES)
print(struct.unpack_from('<H', mv[2:], 1), struct.unpack_from('<H', mv[2:], -2))
print(struct.unpack_from('<i', mv[5:9]))
ba[5:9] = struct.pack('<i', 123456)
print(struct.unpack_from('<i', mv[5:9]), struct.unpack_from('<i', sub, 2))

# pack_into: bytearray, memoryview (whole, slice, strided), array
for name, buf in kinds(bytes(24)):
    try:
        struct.pack_into('<hI', buf, 2, -2, 0xdeadbeef)
        struct.pack_into('<b', buf, -1, -1)
        print(name, bytes(buf))
    except Exception as e:
        print(name, type(e).__name__)
    for off in (19, 24, -25, 100, -5):
        try:
            struct.pack_into('<hI', buf, off, 1, 2)
            print(' ', off, 'ok')
        except Exception as e:
            print(' ', off, type(e).__name__, e)
ba = bytearray(16)
mv = memoryview(ba)
struct.pack_into('<H', mv[4:8], 1, 0x1234)
print(ba)
a = array.array('h', [0, 0, 0, 0])
struct.pack_into('<hh', a, 2, 300, -300)
print(a)

print(struct.unpack_from('<I', memoryview(bytearray(16)), 12))

# iter_unpack on each kind
for name, buf in kinds(bytes(range(8))):
    print(name, list(struct.iter_unpack('<hB', buf[:6])))
