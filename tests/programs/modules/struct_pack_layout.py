# struct.pack/unpack byte layouts: padding and native alignment, x/s/?/c,
# every integer size at its limits, half/single/double floats (NaN, -0.0,
# infinities), pack_into at offsets, iter_unpack, and the errors.
import struct

print(struct.pack('<d', float('nan')).hex(), struct.pack('<d', -0.0).hex(),
      struct.pack('>d', float('-inf')).hex())
# a NaN's sign: float('nan') is positive, float('-nan') and -nan negative
print(struct.pack('>d', float('-nan')).hex(), struct.pack('>d', -float('nan')).hex(),
      struct.pack('<f', float('nan')).hex(), struct.pack('>e', float('-nan')).hex())
print(struct.pack('@bi', 1, 2).hex(), struct.pack('@biq', 1, 2, 3).hex(),
      struct.pack('@b', 1).hex(), struct.pack('@hq?', 1, 2, True).hex())
print(struct.pack('3x2s?c', b'abc', 5, b'z').hex(), struct.pack('>5s', b'ab').hex(),
      struct.pack('<0s', b'abc'), struct.pack('2s', bytearray(b'xyz')))
print(struct.pack('>hHiIqQ', -2, 65535, -3, 7, -1, 2**64 - 1).hex())
print(struct.pack('<bBhHiIqQ', -128, 255, -32768, 0, -2**31, 2**32 - 1,
                  -2**63, 0).hex())
print(struct.pack('<efd', 1.5, 3.25, 1e300).hex(), struct.pack('>3e', 0.5, -2.0, 65504).hex())
print(struct.unpack('<efd', struct.pack('<efd', 1.5, 3.25, 1e300)))
print(struct.unpack('>d', bytes.fromhex('7ff0000000000000')), struct.unpack('<d', bytes(8)),
      struct.unpack('<2f', struct.pack('<2f', 0.1, -7.0)))
print(struct.unpack('<bBhHiIqQ', bytes(range(200, 230))))
print(struct.unpack('>bBhHiIqQ', bytes(range(200, 230))))
b = bytearray(12)
struct.pack_into('<hi', b, 2, 5, -6)
struct.pack_into('>H', b, -2, 0x1234)
print(b.hex())
print(struct.unpack('@biq', struct.pack('@biq', -1, -2, -3)), struct.calcsize('@biq'),
      struct.calcsize('<biq'), struct.calcsize('@hq?'))
print(list(struct.iter_unpack('<hh', b'\x01\x00\x02\x00\x03\x00\x04\x00')))
print(struct.unpack_from('<2H', b'xx\x01\x00\x02\x00', 2), struct.unpack_from('<H', b'\x05\x00\x07\x00', -2))
for i in range(2000):   # long enough for the JIT to compile the loop
    r = struct.unpack('<HiQd', struct.pack('<HiQd', i % 65536, -i, i * i, i / 4))
print(r)
for bad in [lambda: struct.pack('<h', 70000), lambda: struct.pack('<hh', 1),
            lambda: struct.pack('<f', 1e300), lambda: struct.pack('<i', 'x'),
            lambda: struct.pack('<s', 'x'), lambda: struct.pack('<Q', -1),
            lambda: struct.pack('<c', b'ab'), lambda: struct.unpack('<h', b'x'),
            lambda: struct.pack('<q', 2**63)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__)
