# io behaviour where MicroPython differs from CPython by design (expected
# output recorded from MicroPython's unix port): OSError's str, reprs, the
# type names, EBADF when reading a write-only file or writing a read-only one,
# the closed-file message
import io
import os

TMP = '/tmp/micropy_io_mp_' + ''.join('%02x' % b for b in os.urandom(6))
os.mkdir(TMP)
P = TMP + '/f'


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e, e.args)


f = open(P, 'w')
print(repr(f).split()[0], type(f), type(f).__name__)
err(lambda: f.read())
err(lambda: f.readline())
f.write('abc\n')
f.close()
err(lambda: f.write('x'))
err(lambda: f.read())
f = open(P, 'rb')
print(repr(f).split()[0], type(f), type(f).__name__)
err(lambda: f.write(b'x'))
print(f.read())
f.close()
err(lambda: f.read())
err(lambda: open(TMP + '/none'))
err(lambda: open(TMP + '/none', 'rb'))
err(lambda: open(TMP + '/none/x', 'w'))
print(type(io.StringIO()), type(io.BytesIO()))
s = io.StringIO('x')
s.close()
err(lambda: s.read())
try:
    open(TMP + '/none')
except OSError as e:
    print(e.errno, e.args[0], str(e), repr(e.args))
print(OSError(2), OSError(17), OSError(13, 'denied'), OSError('text'))
os.remove(P)
os.rmdir(TMP)
