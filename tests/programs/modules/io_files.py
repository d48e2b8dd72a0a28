# open() on real files: text and binary modes, reading, writing, seeking,
# iteration, with, readinto, attributes, errors (checked against CPython)
import io
import os

TMP = '/tmp/micropy_io_files_' + ''.join('%02x' % b for b in os.urandom(6))
os.mkdir(TMP)
P = TMP + '/a.txt'


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except OSError as e:
        print('OSError', e.errno)
    except Exception as e:
        print(type(e).__name__)


# text write and read
f = open(P, 'w')
print(f.write('héllo\n'), f.write('wörld\nthird line\n'), f.write(''))
print(f.name == P, f.mode, f.closed, f.writable(), f.readable())
print(type(f.fileno()) is int)
f.writelines(['x\n', 'y', 'z\n'])
print(f.flush())
f.close()
print(f.closed)
f.close()       # twice is fine

f = open(P)
print(f.mode, f.read(3), f.tell(), f.read(1), f.readline(), f.readline(2))
print(repr(f.readline()), f.readlines())
print(repr(f.read()), repr(f.readline()), f.read(5) == '')
f.close()

with open(P, 'r') as f:
    print(f.read())
print(f.closed)
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    for line in f:
        print(repr(line))
with open(P) as f:
    print(list(f))
with open(P) as f:
    print(f.readlines(3), f.readline(0), f.readlines(-1))
with open(P) as f:
    print(next(f), next(f))

# reading and writing a closed file
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write('x'),
           lambda: f.tell(), lambda: f.seek(0), lambda: f.flush(),
           lambda: f.readlines(), lambda: f.fileno(), lambda: iter(f),
           lambda: f.__enter__()]:
    err(op)

# binary mode
with open(P, 'rb') as f:
    print(f.mode, f.read(4), f.read(0), f.tell())
    b = bytearray(5)
    print(f.readinto(b), b)
    m = memoryview(b)
    print(f.readinto(m[1:3]), b)
    print(f.readline(), f.readline(3), f.tell())
    print(f.seek(0), f.read(2), f.seek(3, 1), f.read(2), f.seek(-3, 2),
          f.read(), f.read())
    print(f.seek(100), f.read(), f.tell())
    err(lambda: f.readinto(b'xx'))
    err(lambda: f.seek(0, -1))
    err(lambda: f.seek(-1))

with open(P, 'wb') as f:
    print(f.mode, f.write(b'abc'), f.write(bytearray(b'de')),
          f.write(memoryview(b'fgh')[1:]), f.tell())
    err(lambda: f.write('str'))
    err(lambda: f.write(12))
with open(P, 'rb') as f:
    print(f.read())

# text writes need str
with open(P, 'w') as f:
    err(lambda: f.write(b'bytes'))
    err(lambda: f.write(None))
    print(f.write('1\n2\n3\n'))

# append, exclusive creation, update modes
with open(P, 'a') as f:
    print(f.mode, f.tell(), f.write('4\n'), f.tell())
with open(P, 'ab') as f:
    print(f.mode, f.write(b'5\n'))
with open(P) as f:
    print(repr(f.read()))
Q = TMP + '/new.bin'
with open(Q, 'xb') as f:
    print(f.mode, f.write(b'\x00\xff\x10'))
err(lambda: open(Q, 'x'))
with open(Q, 'r+b') as f:
    print(f.mode, f.read(1), f.write(b'AB'), f.tell())
    print(f.seek(0), f.read())
with open(Q, 'w+b') as f:
    print(f.mode, f.read(), f.write(b'hello world'), f.seek(6), f.read(),
          f.truncate(5), f.seek(0), f.read())
with open(Q, 'a+') as f:
    print(f.mode, f.write('!'), f.seek(0), f.read())
with open(Q, 'r+') as f:
    print(f.readline(), f.write('X'), f.seek(0), f.read())
with open(Q, 'w') as f:
    print(f.truncate(), f.tell())
print(os.stat(Q)[6])

# encodings and decode errors
with open(Q, 'wb') as f:
    f.write(b'caf\xe9 \xc3\xa9\n')
with open(Q, encoding='latin-1') as f:
    print(f.read(4), repr(f.read()))
with open(Q, errors='replace') as f:
    print(f.read())
with open(Q, errors='ignore') as f:
    print(f.read())
with open(Q) as f:
    try:
        f.read()
    except UnicodeError as e:
        print('UnicodeError')
with open(Q, 'w', encoding='latin-1') as f:
    print(f.write('é'))
with open(Q, 'rb') as f:
    print(f.read())
with open(Q, 'w', encoding='ascii') as f:
    err(lambda: f.write('é'))
with open(Q, 'w', encoding='ascii', errors='replace') as f:
    print(f.write('aé'))
with open(Q, 'rb') as f:
    print(f.read())

# bad arguments
for mode in ['', 'rw', 'rr', 'q', 'rbt', 'r+w', 'ab+x', 'bb']:
    err(lambda: open(P, mode))
err(lambda: open(P, 'rb', encoding='utf-8'))
err(lambda: open(P, 'rb', errors='strict'))
err(lambda: open(P, 'rb', newline=''))
err(lambda: open(P, 'r', newline='x'))
err(lambda: open(P, 'r', buffering=0))
err(lambda: open(P, 'r', encoding='no-such-codec'))
err(lambda: open(P, 'r', closefd=False))
err(lambda: open(3.5))
err(lambda: open('bad\x00name'))
with open(P, 'rb', buffering=0) as f:
    print(f.read(1))
with open(P, 'r', buffering=1, newline='') as f:
    print(f.read(1))

# missing files and directories: OSError with errno
err(lambda: open(TMP + '/missing'))
err(lambda: open(TMP + '/missing/x', 'w'))
err(lambda: open(TMP))
err(lambda: open(TMP, 'w'))
with open(TMP + '/missing', mode='w') as f:
    pass
print(os.stat(TMP + '/missing')[6])

# a file descriptor
fd_file = open(P, 'rb')
g = open(fd_file.fileno(), 'rb', closefd=False)
print(g.read(2))
g.close()
print(fd_file.read(2))
fd_file.close()

# cleanup
for name in sorted(os.listdir(TMP)):
    os.remove(TMP + '/' + name)
os.rmdir(TMP)
print('done')
