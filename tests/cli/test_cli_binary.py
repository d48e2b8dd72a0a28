"""The command line of the translated binaries, run as subprocesses:
options, stdin piping, exit statuses, tracebacks, -m with a package,
MICROPYPATH, SIGINT, -X heapsize."""
import os
import signal
import subprocess
import time

import pytest

pytestmark = pytest.mark.binary


def run(binary_path, args, stdin=b'', env=None, cwd=None):
    proc = subprocess.Popen([binary_path] + args, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=cwd)
    out, err = proc.communicate(stdin)
    return proc.returncode, out, err


def test_dash_c_and_args(binary_path):
    assert run(binary_path, ['-c', 'import sys; print(sys.argv)', 'a']) == \
        (0, b"['-c', 'a']\n", b'')


def test_stdin_is_the_program(binary_path):
    st, out, err = run(binary_path, [], stdin=b'import sys\nprint(sys.argv, 6*7)\n')
    assert (st, out) == (0, b'[] 42\n')
    st, out, err = run(binary_path, ['-', 'x'], stdin=b'import sys\nprint(sys.argv)\n')
    assert (st, out) == (0, b"['-', 'x']\n")
    st, out, err = run(binary_path, [], stdin=b'print(1)\n1/0\n')
    assert st == 1 and out == b'1\n'
    assert err == (b'Traceback (most recent call last):\n'
                   b'  File "<stdin>", line 2, in <module>\n'
                   b'ZeroDivisionError: divide by zero\n')


def test_help_version_invalid(binary_path):
    st, out, err = run(binary_path, ['-h'])
    assert st == 0 and out.startswith(b'usage: ') and b'-X' in out
    st, out, err = run(binary_path, ['--version'])
    assert st == 0 and out.startswith(b'micropy 0.1.0 on ')
    st, out, err = run(binary_path, ['-q'])
    assert (st, out, err) == (
        1, b'', b'Invalid command line arguments. Use -h option for help.\n')


@pytest.mark.parametrize('source,status,err', [
    ('import sys; sys.exit(7)', 7, b''),
    ("import sys; sys.exit('msg')", 1, b'msg\n'),
    ('raise KeyboardInterrupt', 130, b'Traceback (most recent call last):\n'
     b'  File "<stdin>", line 1, in <module>\nKeyboardInterrupt: \n'),
    ('raise TypeError("t")', 1, b'Traceback (most recent call last):\n'
     b'  File "<stdin>", line 1, in <module>\nTypeError: t\n'),
])
def test_exit_statuses(binary_path, source, status, err):
    st, out, got = run(binary_path, ['-c', source])
    assert (st, got) == (status, err)


def test_file_script_dir_and_missing(binary_path, tmpdir):
    prog = tmpdir.join('p.py')
    prog.write('import sys\nprint(sys.argv, sys.path[0])\n')
    st, out, err = run(binary_path, ['p.py', '1'], cwd=str(tmpdir))
    assert out == ("['p.py', '1'] %s\n" % tmpdir).encode()
    st, out, err = run(binary_path, ['nope.py'], cwd=str(tmpdir))
    assert st == 2 and b"can't open file 'nope.py': [Errno 2]" in err


def test_module_package_and_micropypath(binary_path, tmpdir):
    lib = tmpdir.mkdir('lib')
    pkg = lib.mkdir('pkg')
    pkg.join('__init__.py').write('print("init", __name__)\n')
    pkg.join('__main__.py').write('import sys\nprint("main", __name__, sys.argv)\n')
    lib.join('m.py').write('print("m", __name__)\n')
    env = dict(os.environ, MICROPYPATH=str(lib))
    st, out, err = run(binary_path, ['-m', 'pkg', 'z'], env=env,
                       cwd=str(tmpdir))
    assert (st, out) == (0, b"init pkg\nmain __main__ ['pkg', 'z']\n")
    st, out, err = run(binary_path, ['-c', 'import m; import sys; print(sys.path)'],
                       env=env, cwd=str(tmpdir))
    assert out == ("m m\n['', '%s']\n" % lib).encode()


def test_inspect_with_piped_input(binary_path):
    st, out, err = run(binary_path, ['-i', '-c', 'y = 2'],
                       stdin=b'y * 3\nif y:\n    print("yes")\n\n')
    lines = out.split(b'\n')
    assert lines[0].startswith(b'micropy 0.1.0 on ')
    assert lines[2:] == [b'>>> y * 3', b'6', b'>>> if y:',
                         b'...     print("yes")', b'... ', b'yes', b'>>> ', b'']
    env = dict(os.environ, MICROPYINSPECT='1')
    st, out, err = run(binary_path, ['-c', 'y = 5'], stdin=b'y\n', env=env)
    assert b'>>> y\n5\n' in out


def test_sigint_raises_keyboard_interrupt(binary_path):
    src = ('import sys\nprint("ready")\nsys.stdout.flush()\ntry:\n    while True: pass\n'
           'except KeyboardInterrupt:\n    print("caught")\n'
           'sys.stdout.flush()\nwhile True: pass\n')
    proc = subprocess.Popen([binary_path, '-c', src], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    line = proc.stdout.readline()
    assert line == b'ready\n'
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate()
    assert out == b'caught\n'
    assert proc.returncode == 130
    assert err.endswith(b'KeyboardInterrupt: \n')


def test_heapsize_memory_error_repeats(binary_path):
    src = '\n'.join([
        'n = 0',
        'for i in range(3):',
        '    try:',
        '        x = [[0] * 1000 for j in range(100000)]',
        '    except MemoryError:',
        '        n += 1',
        '        x = None',
        'print(n)',
    ])
    st, out, err = run(binary_path, ['-X', 'heapsize=4M', '-c', src])
    assert (st, out) == (0, b'3\n'), err
