# io.StringIO and io.BytesIO (checked against CPython; ASCII positions)
import io


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__)


s = io.StringIO()
print(repr(s.getvalue()), s.tell(), repr(s.read()), s.write('hello'),
      s.write(' world\n'), s.tell(), s.getvalue())
print(s.seek(0), s.read(5), s.read(1), s.tell(), s.readline(), repr(s.readline()))
print(s.seek(6), s.write('W'), s.getvalue(), s.tell())
print(s.seek(0, 2), s.write('more\nlines\n'), s.seek(0), s.readlines())
print(s.seek(0), list(s))
print(s.seek(0), s.readline(3), s.readline(100), s.readlines(1), s.read())
print(s.truncate(5), s.getvalue(), s.tell(), s.seek(0), s.read())
s.writelines(['a', 'b', 'c'])
print(s.getvalue(), s.readable(), s.writable(), s.seekable(), s.closed)
print(s.flush())
s.close()
s.close()
print(s.closed)
for op in [lambda: s.read(), lambda: s.write('x'), lambda: s.getvalue(),
           lambda: s.seek(0), lambda: s.tell(), lambda: s.readline(),
           lambda: iter(s)]:
    err(op)

s = io.StringIO('line 1\nline 2\nlast')
print(s.tell(), s.read(4), s.write('XY'), s.getvalue(), s.tell())
for line in s:
    print(repr(line))
print(repr(s.read()))
s = io.StringIO('héllo wörld')
print(s.read(2), s.read(3), s.read(), s.getvalue())
s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO('abc')
s.write('Z')
print(s.getvalue())
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
err(lambda: io.StringIO(b'bytes'))
err(lambda: io.StringIO(5))
err(lambda: io.StringIO().write(b'bytes'))
err(lambda: io.StringIO().write(5))
err(lambda: io.StringIO().seek(-1))
err(lambda: io.StringIO().seek(0, 7))

b = io.BytesIO(b'abcdef')
print(b.read(2), b.tell(), b.write(b'XY'), b.getvalue(), b.read())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read(), b.seek(-100, 1), b.tell())
print(b.seek(10), b.write(b'!'), b.getvalue(), len(b.getvalue()))
print(b.seek(0), b.readline(), b.truncate(3), b.getvalue(), b.tell())
b = io.BytesIO()
for i in range(100):
    b.write(bytes([i % 26 + 97]) * 3)
print(len(b.getvalue()), b.getvalue()[:12], b.tell())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[2:]), buf)
print(b.write(bytearray(b'@@')), b.write(memoryview(b'#$%')), b.tell())
b.seek(0)
print(b.read(12))
b = io.BytesIO(b'one\ntwo\nthree')
print(list(b), b.read())
b.seek(0)
print(b.readlines(), b.readline())
b = io.BytesIO(bytearray(b'ba'))
print(b.getvalue())
b = io.BytesIO(memoryview(b'mv'))
print(b.getvalue())
print(io.BytesIO(None).getvalue())
err(lambda: io.BytesIO('str'))
err(lambda: io.BytesIO().write('str'))
err(lambda: io.BytesIO(b'x').readinto(b'ro'))
with io.BytesIO(b'q') as b:
    print(b.read())
err(lambda: b.read())
err(lambda: b.getvalue())

print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


k = Sink()
print(k.write('ab'), k.write('c'), k.parts, isinstance(k, io.IOBase))
