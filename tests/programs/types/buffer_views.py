# memoryview slices are views of the exporter's memory (bytearray, bytes,
# array), their copies (tobytes, bytes(), hex, ==, hashlib/binascii input)
# see the current bytes; bytearray slice assignment, growth and bytearray(n).
import array

ba = bytearray(range(32))
mv = memoryview(ba)
s1 = mv[4:12]
s2 = s1[2:6]
s3 = mv[-8:]
print(s1.tobytes(), s2.tobytes(), s3.tobytes(), bytes(s2), s2.hex())
ba[6] = 200
ba[30] = 201
print(s1[2], s2[0], s3[6], s2.tobytes(), bytes(s3))
s2[1] = 77
print(ba[7], s1.tobytes())
s1[0:3] = b'xyz'
print(ba[:12])
s3[:] = bytes(8)
print(ba[-10:])
print(s1 == ba[4:12], s1 == bytes(ba[4:12]), s1 == b'nope')
print(len(mv[5:5]), mv[5:5].tobytes(), mv[40:50].tobytes(), mv[10:2].tobytes())
print(mv[::3].tobytes(), mv[::-5].tobytes(), mv[1:20:4][1:].tobytes())
print(mv[-3:-1].tolist(), list(mv[2:5]))
rv = mv[::-1]
print(rv[:4].tobytes(), rv[-4:].tobytes())

# views of bytes and of arrays
mb = memoryview(b'hello world')
print(mb[6:].tobytes(), mb[6:][1:3].tobytes(), bytes(mb[:5]), mb[:5] == b'hello',
      hash(mb[:5]) == hash(b'hello'))
a = array.array('B', [1, 2, 3, 4, 5])
ma = memoryview(a)
print(bytes(ma), ma[2:4].tobytes())
a[2] = 0xff
print(bytes(ma), ma[2:4].tobytes())

# the copies through other consumers
import binascii, hashlib
big = bytearray(b'abc' * 1000)
mbig = memoryview(big)
print(binascii.hexlify(mbig[3:9]), binascii.crc32(mbig[:300]) == binascii.crc32(bytes(big[:300])))
h = hashlib.sha256()
for i in range(0, len(big), 256):
    h.update(mbig[i:i + 256])
print(h.hexdigest() == hashlib.sha256(bytes(big)).hexdigest())
print(b'cab' in big, 99 in big, big.find(b'ca', 2000), big.find(b'ab', 2999),
      big.rfind(b'bc', 0, 100), big.count(b'a', 10, 20), big.index(b'c', 1500))

# bytearray slice assignment: same length in place, growing, shrinking
ba = bytearray(b'0123456789')
alias = ba
ba[2:5] = b'abc'
print(ba, alias is ba)
ba[2:5] = b'ABCDEF'
print(ba)
ba[2:8] = b'-'
print(ba)
ba[0:0] = b'<<'
ba[len(ba):] = b'>>'
print(ba)
ba[3:2] = b'!'
print(ba)
ba[:] = ba
print(ba)
ba[1:4] = memoryview(ba)[4:7]
print(ba)
ba[-2:] = bytearray(b'END')
print(ba, len(ba))
ba[1:3] = []
ba[0:1] = [65, 66]
print(ba)
try:
    ba[0:2] = 'xy'
except TypeError as e:
    print('TypeError')
mv = memoryview(ba)
ba[0:2] = b'ZZ'
print(mv[:4].tobytes())

# bytearray(n), growth
print(bytearray(0), bytearray(3), len(bytearray(100000)), bytearray(True))
for bad in (-1, -10):
    try:
        bytearray(bad)
    except ValueError as e:
        print('ValueError', e)
g = bytearray()
g += b'ab'
g += bytearray(b'cd')
g += memoryview(b'..ef')[2:]
g.extend(b'gh')
g.extend(memoryview(b'ij'))
g.extend(range(107, 110))
g.extend(array.array('B', [110, 111]))
print(g, len(g))
big = bytearray()
for i in range(1000):
    big += b'xyz'
big.extend(bytes(3000))
print(len(big), big[2997:3003], big.count(0))

# find/rfind/index/count/in on bytearray (one-byte needles searched in place)
t = bytearray(b'line one\nline two\n\nend')
pos = 0
lines = []
while True:
    j = t.find(b'\n', pos)
    if j < 0:
        lines.append(t[pos:])
        break
    lines.append(t[pos:j])
    pos = j + 1
print(lines)
for args in [(b'\n',), (10,), (b'\n', 9), (b'\n', -5), (b'\n', 0, 8), (b'\n', 0, 9),
             (b'\n', -100, -4), (b'\n', 30), (b'',), (b'', 5), (b'', 23), (b'', 24),
             (b'', 3, 1), (b'ne',), (b'ne', 2, 10), (b'ne', -4), (b'zz',), (110,),
             (b'end', 20), (b'end', 21), (memoryview(b'two'),), (bytearray(b'o'),)]:
    print(args[1:], t.find(*args), t.rfind(*args), t.count(*args))
for bad in (256, -1, 'x', 1.5):
    try:
        t.find(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    t.index(b'\t')
except ValueError:
    print('ValueError')
print(t.rindex(b'e'), t.index(b'e', 5), 10 in t, 0 in t, b'two' in t, True in bytearray(b'\x01'))
try:
    print(300 in t)
except ValueError as e:
    print('ValueError')
