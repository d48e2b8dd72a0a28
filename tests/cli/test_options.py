"""The command line untranslated: option parsing, and entry_point run
in-process (output captured at the fd level) for exit statuses,
tracebacks and the sys module's CLI-related parts."""
import os

import pytest

from interp.main import parse_args, parse_heapsize, entry_point, script_dir
from interp import signals


def test_parse_file_and_args():
    o = parse_args(['micropy', 'prog.py', 'a', '-c'])
    assert o.filename == 'prog.py' and o.args == ['prog.py', 'a', '-c']
    o = parse_args(['micropy', '-c', 'print(1)', 'x', '-i'])
    assert o.command == 'print(1)' and o.args == ['-c', 'x', '-i']
    assert not o.inspect
    o = parse_args(['micropy', '-m', 'pkg.mod', 'y'])
    assert o.module == 'pkg.mod' and o.args == ['pkg.mod', 'y']
    o = parse_args(['micropy', '-', 'z'])
    assert o.stdin and o.args == ['-', 'z']
    o = parse_args(['micropy'])
    assert o.command is None and o.filename is None and not o.invalid


def test_parse_flags():
    o = parse_args(['micropy', '-i', '-v', '-vv', '-O', '-X', 'compile-only',
                    '-X', 'emit=viper', '-X', 'heapsize=2M', 'f.py'])
    assert o.inspect and o.verbose == 3 and o.optimize == 1
    assert o.compile_only and o.emit == 'viper' and o.heapsize == 2 << 20
    assert o.filename == 'f.py'
    assert parse_args(['micropy', '-O3']).optimize == 3
    assert parse_args(['micropy', '-OO']).optimize == 2
    assert parse_args(['micropy', '-h']).help
    assert parse_args(['micropy', '--version']).version


@pytest.mark.parametrize('argv', [
    ['-z'], ['-c'], ['-m'], ['-X'], ['-X', 'foo'], ['-X', 'emit=asm'],
    ['-X', 'heapsize=10'], ['-X', 'heapsize=1Q'], ['-Ox'], ['--nope']])
def test_invalid(argv, capfd):
    assert parse_args(['micropy'] + argv).invalid
    assert entry_point(['micropy'] + argv) == 1
    out, err = capfd.readouterr()
    assert err == 'Invalid command line arguments. Use -h option for help.\n'


def test_heapsize_syntax():
    assert parse_heapsize('1024') == 1024
    assert parse_heapsize('100K') == 102400
    assert parse_heapsize('100k') == 102400
    assert parse_heapsize('3M') == 3 << 20
    assert parse_heapsize('1wK') == 2048          # 32-bit words on 64 bits
    assert parse_heapsize('699') == -1
    assert parse_heapsize('') == -1
    assert parse_heapsize('K') == -1
    assert parse_heapsize('1KB') == -1


def test_script_dir():
    assert script_dir('/a/b/c.py') == '/a/b'
    assert script_dir('/c.py') == '/'
    cwd = os.getcwd()
    assert script_dir('x.py') == cwd
    assert script_dir('../x.py') == os.path.dirname(cwd)


def run(argv, capfd):
    capfd.readouterr()
    status = entry_point(['micropy'] + argv)
    out, err = capfd.readouterr()
    return status, out, err


def test_help_and_version(capfd):
    status, out, err = run(['-h'], capfd)
    assert status == 0 and out.startswith('usage: micropy ')
    assert '-X <implopt>' in out and 'heapsize' in out
    status, out, err = run(['--version'], capfd)
    assert status == 0 and out.startswith('micropy 0.1.0 on ')
    assert out.endswith('\n') and out.count('\n') == 1


@pytest.mark.parametrize('source,status,err', [
    ('pass', 0, ''),
    ('raise ValueError', 1, 'Traceback (most recent call last):\n'
     '  File "<stdin>", line 1, in <module>\nValueError: \n'),
    ('raise ValueError(1, 2)', 1, 'Traceback (most recent call last):\n'
     '  File "<stdin>", line 1, in <module>\nValueError: (1, 2)\n'),
    ('raise KeyboardInterrupt', 130, 'Traceback (most recent call last):\n'
     '  File "<stdin>", line 1, in <module>\nKeyboardInterrupt: \n'),
    ('import sys; sys.exit()', 0, ''),
    ('import sys; sys.exit(None)', 0, ''),
    ('import sys; sys.exit(3)', 3, ''),
    ('import sys; sys.exit(300)', 44, ''),
    ('import sys; sys.exit(-1)', 255, ''),
    ('raise SystemExit(1, 2)', 1, ''),
    ("import sys; sys.exit('bye')", 1, 'bye\n'),
    ('import sys; sys.exit([1])', 1, '[1]\n'),
    ('import sys; sys.exit(True)', 1, 'True\n'),
    ('x = (', 1, 'Traceback (most recent call last):\n'
     '  File "<stdin>", line 1\nSyntaxError: '),
])
def test_exit_status(source, status, err, capfd):
    st, out, got_err = run(['-c', source], capfd)
    assert st == status
    assert got_err.startswith(err) if err.endswith(': ') else got_err == err


def test_file_errors(tmpdir, capfd):
    missing = str(tmpdir.join('missing.py'))
    status, out, err = run([missing], capfd)
    assert status == 2
    assert err == ("micropy: can't open file '%s': [Errno 2] No such file "
                   "or directory\n" % missing)


def test_traceback_through_functions(tmpdir, capfd):
    prog = tmpdir.join('t.py')
    prog.write('def f():\n    1/0\n\nf()\n')
    status, out, err = run([str(prog)], capfd)
    assert status == 1
    assert err == ('Traceback (most recent call last):\n'
                   '  File "%s", line 4, in <module>\n'
                   '  File "%s", line 2, in f\n'
                   'ZeroDivisionError: divide by zero\n' % (prog, prog))


def test_sys_argv_and_path(tmpdir, capfd, monkeypatch):
    prog = tmpdir.join('p.py')
    prog.write('import sys\nprint(sys.argv)\nprint(sys.path)\n')
    monkeypatch.setenv('HOME', '/home/u')
    monkeypatch.delenv('MICROPYPATH', raising=False)
    status, out, err = run([str(prog), 'a', 'b'], capfd)
    assert out == ("['%s', 'a', 'b']\n['%s', '.frozen', '/home/u/.micropython"
                   "/lib', '/usr/lib/micropython']\n" % (prog, tmpdir))
    monkeypatch.setenv('MICROPYPATH', '/x:~/y:')
    status, out, err = run(['-c', 'import sys; print(sys.argv, sys.path)',
                            'q'], capfd)
    assert out == "['-c', 'q'] ['', '/x', '/home/u/y', '']\n"
    monkeypatch.setenv('MICROPYPATH', '')
    status, out, err = run(['-c', 'import sys; print(sys.path)'], capfd)
    assert out == "['']\n"


def test_optimize(capfd):
    src = 'print(__debug__)\nassert 0, "no"\nprint("after")'
    status, out, err = run(['-c', src], capfd)
    assert status == 1 and out == 'True\n' and 'AssertionError: no' in err
    status, out, err = run(['-O', '-c', src], capfd)
    assert status == 0 and out == 'False\nafter\n'
    status, out, err = run(['-c', 'print(__debug__)'], capfd)
    assert out == 'True\n'        # the level is per run


def test_compile_only(capfd):
    status, out, err = run(['-X', 'compile-only', '-c', 'print(1)'], capfd)
    assert status == 0 and out == ''
    status, out, err = run(['-X', 'compile-only', '-c', 'print(1'], capfd)
    assert status == 1 and 'SyntaxError' in err
    status, out, err = run(['-X', 'emit=native', '-c', 'print(2)'], capfd)
    assert out == '2\n'


def test_module(tmpdir, capfd, monkeypatch):
    tmpdir.join('mod.py').write(
        'import sys\nprint("mod", __name__, sys.argv)\n')
    pkg = tmpdir.mkdir('pkg')
    pkg.join('__init__.py').write('print("init", __name__)\n')
    pkg.join('__main__.py').write('print("main", __name__)\n')
    pkg.join('sub.py').write('from . import helper\nprint("sub", __name__)\n')
    pkg.join('helper.py').write('print("helper", __name__)\n')
    monkeypatch.chdir(tmpdir)
    status, out, err = run(['-m', 'mod', 'a'], capfd)
    assert (status, out) == (0, "mod __main__ ['mod', 'a']\n")
    status, out, err = run(['-m', 'pkg'], capfd)
    assert (status, out) == (0, 'init pkg\nmain __main__\n')
    status, out, err = run(['-m', 'pkg.sub'], capfd)
    assert out == 'init pkg\nhelper pkg.helper\nsub __main__\n'
    status, out, err = run(['-m', 'nope'], capfd)
    assert status == 1 and err == "ImportError: no module named 'nope'\n"


def test_sys_module_parts(capfd):
    src = '\n'.join([
        'import sys',
        'i = sys.implementation',
        'print(i.name, i.version[:3], i._build, i[0], len(i))',
        'print(type(sys.executable).__name__, sys.ps1, sys.ps2)',
        'print(sys.exc_info())',
        'try:',
        '    1/0',
        'except ZeroDivisionError:',
        '    t, v, tb = sys.exc_info()',
        '    print(t.__name__, v, tb)',
        'print(sys.exc_info())',
        'print(sys.stdout.write("abc\\n"))',
        'print("to err", file=sys.stderr)',
        'sys.stderr.write("E\\n")',
        'sys.print_exception(ValueError("x"))',
        'def f():',
        '    raise KeyError(5)',
        'try:',
        '    f()',
        'except Exception as e:',
        '    sys.print_exception(e, sys.stderr)',
        'print(sys.atexit(lambda: print("bye")))',
        'print(sys.atexit(lambda: print("bye2")) is not None)',
        'print(sys.stdout, sys.stdin.fileno())',
    ])
    status, out, err = run(['-c', src], capfd)
    assert status == 0
    assert out == ("micropy (0, 1, 0) micropy micropy 4\n"
                   "str >>>  ... \n"
                   "(None, None, None)\n"
                   "ZeroDivisionError divide by zero None\n"
                   "(None, None, None)\n"
                   "abc\n4\n"
                   "ValueError: x\n"
                   "None\nTrue\n"
                   "<io.TextIOWrapper 1> 0\n"
                   "bye2\n")
    assert err == ('to err\nE\nTraceback (most recent call last):\n'
                   '  File "<stdin>", line 19, in <module>\n'
                   '  File "<stdin>", line 17, in f\n'
                   'KeyError: 5\n')


def test_exc_info_across_calls(capfd):
    src = '\n'.join([
        'import sys',
        'def inner():',
        '    try:',
        '        raise KeyError(1)',
        '    except KeyError:',
        '        pass',
        '    return sys.exc_info()[0]',
        'try:',
        '    raise ValueError(2)',
        'except ValueError:',
        '    print(inner().__name__)',
    ])
    status, out, err = run(['-c', src], capfd)
    assert out == 'ValueError\n'


def test_keyboard_interrupt_is_catchable(capfd):
    src = ('n = 0\ntry:\n    while True:\n        n += 1\n'
           'except KeyboardInterrupt as e:\n    print("caught", repr(e))\n')
    signals.simulate_interrupt()
    status, out, err = run(['-c', src], capfd)
    assert (status, out) == (0, 'caught KeyboardInterrupt()\n')
    signals.simulate_interrupt()
    status, out, err = run(['-c', 'while True: pass'], capfd)
    assert status == 130 and err.endswith('KeyboardInterrupt: \n')
    assert not signals.pending()
