"""The micropy command line: `micropy [-c cmd | file | -] [args...]`.

Runs a program the way MicroPython's unix port does: the uncaught exception
is printed as a traceback on stderr and the exit status is 1; SystemExit's
code becomes the exit status.  The same function is the RPython entry point
(targetmicropy.py) and runs untranslated (`python -m interp.main file.py`).
"""
import os

from rpython.rlib import rstack
from rpython.rlib import rstackovf
from rpython.rlib.rstackovf import StackOverflow

from interp.error import OperationError, CompileError
from interp.parser import parse
from interp.compiler import compile_ast
from interp.frame import Frame
from objspace.space import ObjSpace
from objspace.exceptions import W_BaseException
from objspace.moduleobject import W_ModuleObject
from objspace.listobject import W_ListObject
from objspace.intobject import W_IntObject

USAGE = """usage: micropy [option] [-c cmd | file | -] [arg ...]
Options:
-h : print this help message
-c cmd : program passed in as string (terminates option list)
"""

space = ObjSpace()


def compile_source(space, source, filename, mode):
    """Source text -> the module's W_Code; bad source raises an
    OperationError holding a SyntaxError/IndentationError."""
    try:
        tree = parse(source, mode)
        return compile_ast(space, tree, filename, mode)
    except StackOverflow:
        rstackovf.check_stack_overflow()
        # a left-deep chain (1+1+...+1) too long for the compiler's recursion
        raise space.error(space.w_RecursionError,
                          "maximum recursion depth exceeded during compilation")
    except CompileError as e:
        w_type = space.w_SyntaxError
        if e.kind == 'IndentationError':
            w_type = space.w_IndentationError
        w_exc = W_BaseException(w_type, [space.newtext(e.msg)])
        operr = OperationError(w_exc)
        operr.record_frame(None, e.lineno)
        raise operr


def run_module_code(space, code, name):
    """Run a module's code in a fresh globals dict named `name`."""
    w_globals = space.newdict()
    w_globals.setitem(space.newtext('__name__'), space.newtext(name))
    if code.filename != '<stdin>' and code.filename != '<string>':
        w_globals.setitem(space.newtext('__file__'),
                          space.newtext(code.filename))
    space.sys_modules_set(name, W_ModuleObject(name, w_globals))
    frame = Frame(space, code, w_globals, None)
    return frame.run()


def format_traceback(space, operr, filename):
    """The text MicroPython prints for an uncaught exception."""
    lines = ['Traceback (most recent call last):\n']
    entries = []
    tb = operr.traceback
    while tb is not None:
        entries.append(tb)
        tb = tb.next
    for tb in entries:
        if tb.code is None:
            lines.append('  File "%s", line %d\n' % (filename, tb.lineno))
        else:
            lines.append('  File "%s", line %d, in %s\n'
                         % (tb.code.filename, tb.lineno, tb.code.name))
    w_exc = operr.w_value
    msg = space.str_w(w_exc)
    name = space.type_name(w_exc)
    if msg:
        lines.append('%s: %s\n' % (name, msg))
    else:
        lines.append('%s\n' % name)
    return ''.join(lines)


def handle_uncaught(space, operr, filename):
    """Report an exception that left the program; return the exit status."""
    w_exc = operr.w_value
    if space.isinstance_w(w_exc, space.w_SystemExit):
        assert isinstance(w_exc, W_BaseException)
        if not w_exc.args_w:
            return 0
        w_code = w_exc.args_w[0]
        if space.is_none(w_code):
            return 0
        if isinstance(w_code, W_IntObject):
            return w_code.intval & 0xFF
        space.write_stderr(space.str_w(w_code) + '\n')
        return 1
    space.write_stderr(format_traceback(space, operr, filename))
    return 1


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        chunks = []
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
        return ''.join(chunks)
    finally:
        os.close(fd)


def run_source(space, source, filename):
    """Compile and run a whole program; return the exit status."""
    try:
        code = compile_source(space, source, filename, 'exec')
        run_module_code(space, code, '__main__')
    except OperationError as e:
        space.flush_stdout()
        return handle_uncaught(space, e, filename)
    space.flush_stdout()
    return 0


def entry_point(argv):
    """Run micropy with argv (argv[0] is the program name); return the
    exit status."""
    # the interpreter recurses on the C stack: allow 8 times RPython's
    # default 768 KB (the main thread's stack is 8 MB on Linux)
    rstack._stack_set_length_fraction(8.0)
    space.call_depth = 0
    space.reset_modules()
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == '-c':
            if i + 1 >= len(argv):
                os.write(2, "micropy: -c requires an argument\n" + USAGE)
                return 1
            init_sys(space, ['-c'] + argv[i + 2:], '')
            return run_source(space, argv[i + 1], '<stdin>')
        elif arg == '-h' or arg == '--help':
            os.write(1, USAGE)
            return 0
        elif arg == '-':
            init_sys(space, argv[i:], '')
            return run_source(space, read_stdin(), '<stdin>')
        elif arg.startswith('-') and len(arg) > 1:
            os.write(2, "micropy: unknown option %s\n%s" % (arg, USAGE))
            return 1
        else:
            try:
                source = read_file(arg)
            except OSError as e:
                os.write(2, "micropy: can't open file '%s': [Errno %d] %s\n"
                         % (arg, e.errno, os.strerror(e.errno)))
                return 2
            script_dir = dirname(arg)
            init_sys(space, argv[i:], script_dir)
            return run_source(space, source, arg)
        i += 1
    init_sys(space, [''], '')
    return run_source(space, read_stdin(), '<stdin>')


def dirname(path):
    """The directory part of a path ('' for a bare file name), like
    os.path.dirname (which isn't RPython)."""
    i = path.rfind('/')
    if i < 0:
        return ''
    if i == 0:
        return '/'
    assert i > 0
    return path[:i]


def init_sys(space, args, first_path):
    """sys.argv and sys.path as MicroPython's unix port sets them: the
    script's directory (or '') first, then '.frozen', then MICROPYPATH's
    entries (':'-separated) or ~/.micropython/lib and /usr/lib/micropython."""
    w_argv = space.getattr(space.sys_module, 'argv')
    w_path = space.getattr(space.sys_module, 'path')
    assert isinstance(w_argv, W_ListObject) and isinstance(w_path, W_ListObject)
    w_argv.items_w = [space.newtext(a) for a in args]
    entries = [first_path, '.frozen']
    env = os.environ.get('MICROPYPATH')
    if env is not None:
        entries += [e for e in env.split(':')]
    else:
        home = os.environ.get('HOME')
        if home is not None:
            entries.append(home + '/.micropython/lib')
        entries.append('/usr/lib/micropython')
    w_path.items_w = [space.newtext(e) for e in entries]


def read_stdin():
    chunks = []
    while True:
        data = os.read(0, 65536)
        if not data:
            break
        chunks.append(data)
    return ''.join(chunks)


if __name__ == '__main__':
    import sys
    sys.setrecursionlimit(20000)
    sys.exit(entry_point(sys.argv))
