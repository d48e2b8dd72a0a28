from array import array

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a[::2], 2 in a, 5 in a, list(a))
print(a == array('i', [1, 2, 3]), a != array('i', [1, 2]), a < array('i', [1, 3]), a >= array('i', [1, 2, 3]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('B', [1, 2]) == b'\x01\x02', array('i', [1]) == [1])
a.append(4); a.extend([5]); a.extend(array('i', [6])); a.extend(range(7, 9)); print(a)
a[0] = 10; a[-1] = -8; print(a)
a[1:3] = array('i', [7, 8, 9]); print(a)
a[::2] = array('i', [0] * 5); print(a)
del a[0]; del a[1:3]; del a[::2]; print(a)
a += array('i', [100]); print(a)
a *= 2; print(a, a * 0, 2 * array('b', [1, 2]), array('h', [3]) + array('h', [4]))
a.insert(0, 55); a.insert(-1, 66); a.insert(100, 77); a.insert(-100, 88); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(a[1]); print(a, a.index(100), a.count(100), a.count(12345))
a.reverse(); print(a)
print(a.tolist(), a.typecode, a.itemsize)
print(bool(array('i')), bool(array('i', [0])))

# every typecode: itemsize, limits and round trips through bytes
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc in 'bBhHiIlLqQ':
    lo, hi = limits[tc]
    x = array(tc, [lo, 0, hi])
    b = x.tobytes()
    y = array(tc)
    y.frombytes(b)
    print(tc, x.itemsize, x, len(b), y == x, array(tc, b) == x)
    for bad in [lo - 1, hi + 1]:
        try:
            array(tc, [bad])
        except OverflowError:
            print('OverflowError')
        try:
            x[0] = bad
        except OverflowError:
            print('OverflowError')
        try:
            x.append(bad)
        except OverflowError:
            print('OverflowError')
    print(x)
for tc in 'fd':
    x = array(tc, [1.5, -2, 0.1, 1e10])
    print(tc, x.itemsize, x[0], x[1], x[3], x[2] == 0.1, len(x.tobytes()), array(tc, x.tobytes()) == x)
print(array('f', [0.1]), array('d', [0.1]), array('f', [1e300, -1e300]))

# buffer protocol
x = array('h', [1, -1, 256])
print(bytes(x), bytearray(x), memoryview(x).nbytes, memoryview(x).tobytes(), bytes(memoryview(array('B', [1, 2, 3]))[1:]))
m = memoryview(array('B', [1, 2, 3]))
m[0] = 9
print(m.obj, b'ab' + array('B', [99]), x.tobytes() == bytes(x))
import struct
buf = array('b', [0] * 4)
struct.pack_into('<h', buf, 1, -2)
print(buf, struct.unpack('<hh', array('h', [5, 6])))
y = array('I', [1, 2])
y.byteswap()
print(y)
y.fromlist([7, 8])
print(y, y.buffer_info()[1])

# errors
for args in [('z',), ('ii',), (1,), ('i', 'abc'), ('i', [1.5]), ('i', ['a']), ('f', ['a']), ('i', 5), (), ('i', [], 3)]:
    try:
        print(array(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
a = array('i', [1, 2])
for f in [lambda: a[2], lambda: a[-3], lambda: a.pop(5), lambda: array('i').pop(),
          lambda: a.remove(9), lambda: a.index(9)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
def set_slice_list():
    a[0:1] = [1]
def set_str():
    a[0] = 'x'
def set_float():
    a[0] = 1.0
for f in [set_slice_list, lambda: a + [1], lambda: a + array('h'),
          lambda: a.extend(array('h', [1])), lambda: a.frombytes('ab'), lambda: a.fromlist((1,)),
          lambda: hash(a), set_str, set_float]:
    try:
        f()
    except TypeError as e:
        print('TypeError')
try:
    a.frombytes(b'abc')
except ValueError as e:
    print('ValueError', e)
try:
    a[::2] = array('i', [1, 2, 3])
except ValueError as e:
    print('ValueError')
