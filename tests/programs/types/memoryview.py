# memoryview over bytes and bytearray: views share memory


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


m = memoryview(b'hello')
print(len(m), m[0], m[-1], m.tobytes(), bytes(m), m.tolist(), list(m), m.readonly)
print(m[1:3].tobytes(), m[::-1].tobytes(), m[::2].tolist(), m[4:1].tobytes(), len(m[1:]))
print(m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.obj, m.hex(), m[1:4].hex(':'))
print(type(m).__name__, type(m[1:2]).__name__, isinstance(m, memoryview))
t(lambda: m[5])
t(lambda: m[-6])
t(lambda: m['a'])
print(m == b'hello', m == bytearray(b'hello'), m == memoryview(b'hello'), m != b'hellO', m == 'hello')
print(b'hello' == m, m[1:3] == b'el', m[::2] == b'hlo', m == m, m == 5)
t(lambda: m < b'z')
t(lambda: m + b'x')
print(b'x' + m, bytearray(b'y') + m, b'-'.join([m, m[1:2]]), b'ell' in b'hello', 104 in m, 0 in m)
print(hash(m) == hash(b'hello'), hash(m[1:3]) == hash(b'el'))


def set_ro():
    m[0] = 1


t(set_ro)


def del_item():
    del m[0]


t(del_item)
t(lambda: memoryview('str'))
t(lambda: memoryview(5))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview())

# writable views of a bytearray
ba = bytearray(b'hello world')
mv = memoryview(ba)
print(mv.readonly, mv.obj is ba)
mv[0] = 72
print(ba)
mv[1:3] = b'EL'
print(ba)
memoryview(ba)[1:3] = b'xy'
print(ba)
sub = mv[6:]
sub[0] = 87
sub[1:3] = bytearray(b'OR')
print(ba, sub.tobytes(), sub.obj is ba)
ev = mv[::2]
ev[0] = 95
ev[1:3] = b'##'
print(ba, ev.tobytes(), len(ev))
rv = mv[::-1]
rv[0] = 33
print(ba, rv[0], rv[-1])
ss = mv[2:9][1:6:2]
print(ss.tobytes(), ss.tolist(), len(ss))
ss[:] = b'123'
print(ba)
mv[2:5] = mv[5:8]
print(ba)
ba[0] = 0
print(mv[0], sub.obj[0])
t(lambda: hash(mv))


def setitem(view, i, v):
    def f():
        view[i] = v
    return f


t(setitem(mv, 0, 256))
t(setitem(mv, 0, -1))
t(setitem(mv, 0, b'a'))
t(setitem(mv, 0, 1.5))
t(setitem(mv, 20, 1))
t(setitem(mv, slice(0, 2), b'abc'))
t(setitem(mv, slice(0, 2), [1, 2]))
t(setitem(mv, slice(0, 2), 'ab'))
t(setitem(mv, slice(None, None, 2), b'x'))
print(ba)

# memoryview of a memoryview, of bytes
m2 = memoryview(mv[1:4])
m2[0] = 66
print(ba, m2.tobytes(), m2.obj is ba)
m3 = memoryview(memoryview(b'abc'))
print(m3.tobytes(), m3.readonly, m3.obj)
print(memoryview(b'').tobytes(), len(memoryview(b'')), memoryview(b'')[:].tolist(), memoryview(bytearray()).hex())

# release and with
r = memoryview(b'abc')
r.release()
t(lambda: r[0])
t(lambda: len(r))
t(lambda: r.tobytes())
t(lambda: bytes(r))
r.release()
with memoryview(bytearray(b'ctx')) as w:
    w[0] = 67
    print(w.tobytes())
t(lambda: w.tobytes())

# iteration
print([x for x in memoryview(b'\x00\x7f\xff')], sum(memoryview(b'\x01\x02')), sorted(memoryview(b'cab')))

# toreadonly
ro = memoryview(bytearray(b'abc')).toreadonly()
print(ro.readonly, ro.tobytes(), ro[1:].readonly, memoryview(ro).readonly)
t(setitem(ro, 0, 1))
t(setitem(ro[1:], 0, 1))
