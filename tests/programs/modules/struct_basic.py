import struct
print([struct.calcsize(f) for f in ("<l","bh","bd","<bd", "=l", "!h", ">q", "<q", "@q", "<e", "<?", "i", "3s", "2x", "P", "bhq", "<bhq", "c")])
print(struct.pack('<hHiIlLqQ', -1, 2, -3, 4, -5, 6, -7, 8))
print(struct.pack('>hHiIlLqQ', -1, 2, -3, 4, -5, 6, -7, 8))
print(struct.unpack('>hHiIlLqQ', struct.pack('>hHiIlLqQ', -1, 2, -3, 4, -5, 6, -7, 8)))
print(struct.pack('bhq', 1, 2, 3), struct.unpack('bhq', struct.pack('bhq', 1, -2, 3)))
print(struct.pack('<Q', 2**64-1), struct.unpack('<Q', b'\xff'*8), struct.unpack('<q', b'\xff'*8))
print(struct.pack('<fde', 1.5, -2.25, 0.5), struct.unpack('<fde', struct.pack('<fde', 1.5, -2.25, 0.5)))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('3s5s0s', b'abcdef', b'ab', b'x'), struct.unpack('3s2s', b'abcde'))
print(struct.pack('<?c2x?', 5, b'z', 0), struct.unpack('<?c2x?', b'\x01z\x00\x00\x00'))
print(struct.pack('!h', 258), struct.pack('=h', 258))
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), struct.unpack_from('<h', b'\x00\x01\x02', offset=-2))
ba = bytearray(8); struct.pack_into('<hh', ba, 2, 5, 6); print(ba)
struct.pack_into('<h', ba, -2, -1); print(ba)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
print(struct.unpack(b'<h', memoryview(b'\x05\x00')))
for f, args in [('<H', (-1,)), ('<b', (128,)), ('<B', (256,)), ('<Q', (2**64,)), ('<q', (2**63,)), ('<i', ('a',)),
                ('<i', ()), ('<s', (1,)), ('<i', (1.5,)), ('z', (1,)), ('3', ()), ('<P', (1,)), ('<c', (b'ab',)),
                ('<f', (1e300,)), ('<i', (1, 2))]:
    try:
        print(struct.pack(f, *args))
    except Exception as e:
        print(f, isinstance(e, (ValueError, TypeError, struct.error, OverflowError)))
for f, data in [('<h', b'\x01'), ('<h', b'\x01\x02\x03'), ('<h', 'ab'), ('<h', 5)]:
    try:
        print(struct.unpack(f, data))
    except Exception as e:
        print(f, isinstance(e, (ValueError, TypeError, struct.error)))
try:
    struct.unpack_from('<h', b'\x00\x01\x02', 2)
except Exception as e:
    print('error')
try:
    struct.pack_into('<hh', ba, 6, 5, 6)
except Exception as e:
    print('error')
try:
    struct.pack_into('<h', b'abcd', 0, 1)
except Exception as e:
    print(type(e).__name__)
try:
    struct.pack('<h', 70000)
except struct.error as e:
    print('struct.error')
try:
    struct.unpack('<h', b'\x01')
except struct.error as e:
    print('struct.error', e)
