# os behaviour where MicroPython differs from CPython by design (expected
# output recorded from MicroPython's unix port): ilistdir, stat as a plain
# tuple, putenv/unsetenv changing what getenv sees, OSError's str
import os

TMP = '/tmp/micropy_os_mp_' + ''.join('%02x' % b for b in os.urandom(6))


def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e, e.args)


os.mkdir(TMP)
os.mkdir(TMP + '/d')
with open(TMP + '/f', 'w') as f:
    f.write('1234')
entries = sorted(os.ilistdir(TMP))
print(len(entries), [(e[0], e[1], len(e), type(e[2])) for e in entries])
st = os.stat(TMP + '/f')
print(type(st), len(st), st[6], entries[1][2] == st[1])
print(list(os.ilistdir(TMP + '/d')))
cwd = os.getcwd()
os.chdir(TMP)
print(sorted(e[0] for e in os.ilistdir()))
os.chdir(cwd)
print(type(os.statvfs('/')), len(os.statvfs('/')))
err(lambda: os.ilistdir(TMP + '/missing'))
err(lambda: os.stat(TMP + '/missing'))
err(lambda: os.mkdir(TMP))
err(lambda: os.remove(TMP + '/d'))
err(lambda: os.remove(TMP + '/missing'))
err(lambda: os.rename(TMP + '/missing', TMP + '/x'))
err(lambda: os.chdir(TMP + '/missing'))
err(lambda: os.rmdir(TMP + '/missing'))

print(os.getenv('MICROPY_TEST_VAR'))
print(os.putenv('MICROPY_TEST_VAR', 'value 1'))
print(os.getenv('MICROPY_TEST_VAR'))
print(os.system('test "$MICROPY_TEST_VAR" = "value 1"'))
print(os.putenv('MICROPY_TEST_VAR', ''))
print(repr(os.getenv('MICROPY_TEST_VAR')))
print(os.unsetenv('MICROPY_TEST_VAR'))
print(os.getenv('MICROPY_TEST_VAR'), os.getenv('MICROPY_TEST_VAR', 0))
print(os.unsetenv('MICROPY_TEST_VAR'))

os.remove(TMP + '/f')
os.rmdir(TMP + '/d')
os.rmdir(TMP)
print(sorted(n for n in dir(os) if not n.startswith('_') and n in
             ['chdir', 'getcwd', 'getenv', 'ilistdir', 'listdir', 'mkdir',
              'putenv', 'remove', 'rename', 'rmdir', 'sep', 'stat', 'statvfs',
              'system', 'unlink', 'unsetenv', 'urandom']))
import uos
import uio
import io
print(uos is os, uio is io)
