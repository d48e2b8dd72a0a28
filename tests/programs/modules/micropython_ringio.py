# micropython.RingIO: MicroPython's ring-buffer stream (expected output from
# MicroPython's unix port: CPython has no RingIO)
import micropython

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)

# an int size: a ring holding `size` bytes
r = micropython.RingIO(16)
print(r, type(r).__name__, micropython.RingIO.__name__)
print(r.any(), r.read(), r.read(0), r.write(b''))
print(r.write(b'hello world'), r.any())
print(r.read(5), r.any())
print(r.write(b'0123456789abcdef'), r.any())   # only what fits
print(r.read(), r.any(), r.read())
print(r.write(b'0123456789abcdefXYZ'), r.read(100))

# readline: up to and including b'\n', or n bytes, or what there is
r.write(b'line1\nline2\nli')
print(r.readline(), r.readline(3), r.readline(), r.readline(), r.readline())
r.write(b'ab\ncd')
print(r.readline(-1), r.readline(0), r.readline(1), r.readline(), r.readline())

# wrapping around the end of the buffer
r = micropython.RingIO(5)
r.write(b'abc'); r.read(2); print(r.write(b'defg'), r.any(), r.read())
for i in range(7):
    r.write(bytes([65 + i, 66 + i, 10]))
    print(r.readline(), end=' ')
print()
r.write(b'abc'); r.read(2); r.write(b'\nxyz'); print(r.readline(), r.read())

# readinto(buf[, n])
r = micropython.RingIO(16)
buf = bytearray(10)
r.write(b'abcdefg')
print(r.readinto(buf), buf)
r.write(b'XYZW')
print(r.readinto(buf, 2), buf)
print(r.readinto(buf), buf)
print(r.readinto(buf), buf)
r.write(b'abcdef')
b3 = bytearray(3)
print(r.readinto(b3, -1), b3)
print(r.readinto(b3, 2), b3, r.any())
print(r.readinto(b3, 0), r.readinto(b3, 50), b3, r.any())
b4 = bytearray(4)
r.write(b'pq')
print(r.readinto(memoryview(b4)[1:]), b4)

# write(buf[, max_len]) and write(buf, off, max_len); str, bytearray, memoryview
print(r.write(b'abcdef', 2), r.read())
print(r.write(b'abcdef', 2, 3), r.read())
print(r.write(b'abcdef', 4, 30), r.read())
print(r.write(b'abcdef', -1), r.read())
print(r.write(b'abcdef', 10, 1), r.read())
print(r.write(b'abcdef', -1, 3), r.read())
print(r.write('str'), r.write(bytearray(b'ba')), r.write(memoryview(b'mv')), r.read())
print(r.write('é'), r.read())

# close() keeps the data; the ring stays usable
r.write(b'abcdef')
print(r.close(), r.any(), r.read())
print(r.close(), r.write(b'ok'), r.read())

# a caller's buffer: written in place, holds len(buffer) - 1 bytes
b = bytearray(8)
r2 = micropython.RingIO(b)
print(r2.write(b'123456789'), b, r2.read())
print(r2.write(b'ab'), b, r2.read())
r3 = micropython.RingIO(bytearray(2))
print(r3.write(b'xyz'), r3.read())
r4 = micropython.RingIO(memoryview(bytearray(5)))
print(r4.write(b'xyzuvw'), r4.read())
print(micropython.RingIO(1).write(b'abc'), micropython.RingIO(True).write(b'abc'))

# errors
for bad in [0, -1, bytearray(1), bytearray(0), 'x', b'abc', None, 1.5, 10**30]:
    check('RingIO(%r)' % (bad,), lambda: micropython.RingIO(bad))
check('RingIO()', lambda: micropython.RingIO())
check('RingIO(1, 2)', lambda: micropython.RingIO(1, 2))
r.write(b'ab')
check('write(1)', lambda: r.write(1))
check('write(None)', lambda: r.write(None))
check('write([1])', lambda: r.write([1, 2]))
check('write 5 args', lambda: r.write(b'a', 1, 2, 3))
check('read(str)', lambda: r.read('x'))
check('read(None)', lambda: r.read(None))
check('read(2.0)', lambda: r.read(2.0))
check('read 2 args', lambda: r.read(1, 2))
check('readinto()', lambda: r.readinto())
check('readinto(bytes)', lambda: r.readinto(b'xyz'))
check('any(1)', lambda: r.any(1))
check('iter', lambda: [x for x in r])
print(r.read(True), r.read())
print(r == r, hash(r) == hash(r), isinstance(r, micropython.RingIO))
