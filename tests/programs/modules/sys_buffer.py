# sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer: MicroPython's
# binary streams (expected output from MicroPython's unix port: write's
# optional lengths are MicroPython's, and CPython's buffers reorder output)
import sys

out = sys.stdout.buffer
print(out, sys.stdin.buffer, sys.stderr.buffer)
print(type(out).__name__, type(sys.stdout).__name__)
print(out is sys.stdout.buffer, out.fileno(), sys.stdin.buffer.fileno(),
      sys.stderr.buffer.fileno())

# interleaved with print, in program order
print('before')
print(out.write(b'bytes\n'))
print('between', end=' ')
out.write(b'ABC')
print('after')
for i in range(3):
    out.write(b'%d:' % i)
    print(i * 10, end=';')
    sys.stdout.write('t')
out.write(b'\n')

# write(buf[, max_len]) and write(buf, off, max_len)
print(out.write(b'abcdef', 3))
print(out.write(b'abcdef\n', 0))
print(out.write(b'abcdef\n', 100))
print(out.write(b'abcdef\n', -1))
print(out.write(b'abcdef\n', 2, 3))
print(out.write(b'abcdef\n', 5, 10))
print(out.write(b'abcdef\n', -1, 3))
print(out.write(b'abcdef\n', 8, 3))
print(out.write(bytearray(b'ba\n')), out.write(memoryview(b'xmv\n')[1:]))
print(out.write('a str\n'), out.write('é\n'))
print(out.write(b''))
print(out.flush(), sys.stdout.flush())

# the text stream takes the same arguments (and bytes)
print(sys.stdout.write('abcdef\n', 2, 3))
print(sys.stdout.write(b'b\n'))
print(sys.stdout.write('t\n'))

# stderr's buffer: the count (its text is not compared)
print(sys.stderr.buffer.write(b'to stderr\n'))
print(sys.stderr.buffer.write(b'to stderr\n', 3))

def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

check('stdout read', lambda: out.read(1))
check('stdout readinto', lambda: out.readinto(bytearray(2)))
check('stdout readline', lambda: out.readline())
check('stdin write', lambda: sys.stdin.buffer.write(b'x'))
check('write int', lambda: out.write(1))
check('write None', lambda: out.write(None))
check('write list', lambda: out.write([1]))
check('write len str', lambda: out.write(b'ab', 'x'))
# stdin is /dev/null here: end of file at once
check('stdin read', lambda: sys.stdin.buffer.read())
check('stdin read 5', lambda: sys.stdin.buffer.read(5))
check('stdin readline', lambda: sys.stdin.buffer.readline())
check('stdin readinto', lambda: sys.stdin.buffer.readinto(bytearray(4)))
check('stdin readinto bytes', lambda: sys.stdin.buffer.readinto(b'abc'))
print('end')
