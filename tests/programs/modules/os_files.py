# os: directories, files, stat, environment, urandom, system (checked
# against CPython: errors print their errno only)
import os

START = os.getcwd()
TMP = '/tmp/micropy_os_files_' + ''.join('%02x' % b for b in os.urandom(6))


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except OSError as e:
        print('OSError', e.errno)
    except Exception as e:
        print(type(e).__name__)


print(os.sep, type(os.getcwd()) is str)
print(os.mkdir(TMP))
err(lambda: os.mkdir(TMP))
print(os.listdir(TMP))
print(os.chdir(TMP), os.getcwd() == TMP, os.listdir(), os.listdir('.'))
os.mkdir('sub')
os.mkdir(TMP + '/sub2', 0o755)
with open('file.txt', 'w') as f:
    f.write('twelve bytes')
with open('sub/inner', 'wb') as f:
    f.write(b'\x00' * 1000)
print(sorted(os.listdir()), os.listdir('sub'), os.listdir(TMP + '/sub2'))
print(sorted(os.listdir(TMP.encode())))

st = os.stat('file.txt')
print(len(tuple(st)), st[6], st[0] & 0o170000 == 0o100000, st[0] & 0o777 != 0)
print(os.stat('sub')[0] & 0o170000 == 0o040000, os.stat('sub/inner')[6])
print(all(type(x) is int for x in tuple(os.stat('sub'))[:7]))
print(os.stat('sub')[3] >= 2, os.stat('file.txt')[3])
err(lambda: os.stat('missing'))
err(lambda: os.stat('file.txt/x'))

print(os.rename('file.txt', 'renamed.txt'), sorted(os.listdir()))
err(lambda: os.rename('file.txt', 'x'))
print(os.rename('renamed.txt', 'sub/moved'), sorted(os.listdir('sub')))
err(lambda: os.rename('sub', 'sub/inner/deeper'))

err(lambda: os.rmdir('sub'))
err(lambda: os.rmdir('missing'))
err(lambda: os.rmdir('sub/inner'))
err(lambda: os.remove('sub'))
err(lambda: os.remove('missing'))
err(lambda: os.unlink('missing'))
err(lambda: os.listdir('missing'))
err(lambda: os.listdir('sub/inner'))
err(lambda: os.chdir('missing'))
err(lambda: os.chdir('sub/inner'))
err(lambda: os.mkdir('missing/deeper'))
err(lambda: os.mkdir(''))
err(lambda: os.stat('bad\x00name'))
err(lambda: os.stat(3.5))
err(lambda: os.mkdir(None))

print(os.remove('sub/inner'), os.unlink('sub/moved'), os.listdir('sub'))
print(os.rmdir('sub'), os.rmdir('sub2'), os.listdir())
os.chdir(START)
print(os.getcwd() == START)
print(os.rmdir(TMP))
err(lambda: os.stat(TMP))

sv = os.statvfs('/')
print(len(tuple(sv)), all(type(x) is int for x in tuple(sv)), sv[0] > 0)
err(lambda: os.statvfs('/no/such/dir'))

print(type(os.urandom(4)), len(os.urandom(0)), len(os.urandom(33)))
print(os.urandom(16) != os.urandom(16))
err(lambda: os.urandom(-1))
err(lambda: os.urandom('4'))

print(type(os.getenv('PATH')), os.getenv('MICROPY_NO_SUCH_VAR'),
      os.getenv('MICROPY_NO_SUCH_VAR', 'dflt'))
print(os.system('exit 0'), os.system('exit 3'), os.system('true'))
