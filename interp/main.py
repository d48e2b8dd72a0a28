"""The micropy command line, as MicroPython's unix port has it:

    micropy [options] [-c command | -m module | file | -] [args...]

Options: --version, -h, -i (the REPL after running), -v (verbose; may
repeat), -O[N] (optimisation level: __debug__ False and asserts dropped),
-X compile-only, -X emit=bytecode|native|viper (accepted: the JIT flavour
is micropy's native code), -X heapsize=<n>[w][K|M] (the GC heap limit).
Anything else: "Invalid command line arguments" and status 1.  With
nothing to run, a terminal on stdin gets the REPL (interp/repl.py) and
any other stdin is read as the whole program; MICROPYINSPECT acts as -i.

Exit status: 0; 1 after an uncaught exception (its traceback on stderr,
as MicroPython prints it); 130 after an uncaught KeyboardInterrupt
(Ctrl-C); SystemExit's code (an int, & 0xFF; None: 0; anything else is
printed on stderr and gives 1); 2 when the file can't be opened.  The
same function is the RPython entry point (targetmicropy.py) and runs
untranslated (`python -m interp.main file.py`).
"""
import os

from rpython.rlib import rstack
from rpython.rlib import rstackovf
from rpython.rlib.rstackovf import StackOverflow

from interp.error import OperationError, CompileError
from interp.parser import parse
from interp.compiler import compile_ast
from interp.frame import Frame
from interp import signals, heaplimit
from objspace.space import ObjSpace
from objspace.exceptions import W_BaseException
from objspace.moduleobject import W_ModuleObject
from objspace.listobject import W_ListObject
from objspace.intobject import W_IntObject
from objspace.modules import sys as sysmodule

USAGE = """usage: %s [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [<arg> ...]
Options:
--version : show version information
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={bytecode,native,viper} -- accepted (micropy-jit compiles hot loops itself)
  heapsize=<n>[w][K|M] -- limit the GC heap (default: no limit)
"""

INVALID_ARGS = "Invalid command line arguments. Use -h option for help.\n"

# the status of "nothing ran yet" (then the REPL or stdin runs)
NOTHING_EXECUTED = -2
KEYBOARD_INTERRUPT_STATUS = 130

space = ObjSpace()
Frame.space = space     # a constant for translated code (see Frame.space)


# ---------------------------------------------------------------- options
class Options(object):
    """The parsed command line."""

    def __init__(self):
        self.invalid = False
        self.help = False
        self.version = False
        self.inspect = False
        self.verbose = 0
        self.optimize = 0
        self.compile_only = False
        self.emit = 'bytecode'
        self.heapsize = 0
        self.command = None      # -c
        self.module = None       # -m
        self.filename = None     # a file
        self.stdin = False       # '-'
        self.args = []           # sys.argv


def parse_heapsize(text):
    """MicroPython's heapsize syntax: <n>[w][K|M] ('w' scales from 32-bit
    words to this machine's); -1 when invalid (or under 700 bytes)."""
    i = 0
    n = len(text)
    value = 0
    while i < n and '0' <= text[i] <= '9':
        value = value * 10 + (ord(text[i]) - ord('0'))
        if value > (1 << 40):
            return -1
        i += 1
    if i == 0:
        return -1
    word_adjust = False
    if i < n and text[i] in 'wW':
        word_adjust = True
        i += 1
    if i < n and text[i] in 'kK':
        value *= 1024
        i += 1
    elif i < n and text[i] in 'mM':
        value *= 1024 * 1024
        i += 1
    if i != n:
        return -1
    if word_adjust:
        value = value * 8 // 4
    if value < 700:
        return -1
    return value


def parse_args(argv):
    """argv (argv[0] is the program name) -> Options."""
    opts = Options()
    a = 1
    n = len(argv)
    while a < n:
        arg = argv[a]
        if arg == '-' or not arg.startswith('-'):
            if arg == '-':
                opts.stdin = True
            else:
                opts.filename = arg
            opts.args = [argv[k] for k in range(a, n)]
            return opts
        if arg == '-c' or arg == '-m':
            if a + 1 >= n:
                opts.invalid = True
                return opts
            if arg == '-c':
                opts.command = argv[a + 1]
                opts.args = ['-c'] + [argv[k] for k in range(a + 2, n)]
            else:
                opts.module = argv[a + 1]
                opts.args = [argv[k] for k in range(a + 1, n)]
            return opts
        elif arg == '-h' or arg == '--help':
            opts.help = True
            return opts
        elif arg == '--version':
            opts.version = True
            return opts
        elif arg == '-i':
            opts.inspect = True
        elif len(arg) >= 2 and arg[1] == 'v' and arg == '-' + 'v' * (len(arg) - 1):
            opts.verbose += len(arg) - 1
        elif arg.startswith('-O'):
            rest = arg[2:]
            if len(rest) == 1 and '0' <= rest[0] <= '9':
                opts.optimize = ord(rest[0]) - ord('0')
            elif rest == 'O' * len(rest):
                opts.optimize = len(rest) + 1
            else:
                opts.invalid = True
                return opts
        elif arg == '-X':
            if a + 1 >= n:
                opts.invalid = True
                return opts
            a += 1
            x = argv[a]
            if x == 'compile-only':
                opts.compile_only = True
            elif x.startswith('emit='):
                emit = x[len('emit='):]
                if emit != 'bytecode' and emit != 'native' and emit != 'viper':
                    opts.invalid = True
                    return opts
                opts.emit = emit
            elif x.startswith('heapsize='):
                size = parse_heapsize(x[len('heapsize='):])
                if size < 0:
                    opts.invalid = True
                    return opts
                opts.heapsize = size
            else:
                opts.invalid = True
                return opts
        else:
            opts.invalid = True
            return opts
        a += 1
    return opts


# ---------------------------------------------------------------- compiling
def compile_source(space, source, filename, mode):
    """Source text -> the module's W_Code (at the -O level of the
    command line); bad source raises an OperationError holding a
    SyntaxError/IndentationError."""
    try:
        tree = parse(source, mode)
        return compile_ast(space, tree, filename, mode, space.optimize)
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


def main_globals(space):
    """The globals of __main__ (made, and registered in sys.modules, on
    first use)."""
    w_main = space.sys_modules_get('__main__')
    if isinstance(w_main, W_ModuleObject):
        return w_main.w_dict
    w_globals = space.newdict()
    w_globals.enable_versioning()
    w_globals.setitem(space.newtext('__name__'), space.newtext('__main__'))
    space.sys_modules_set('__main__', W_ModuleObject('__main__', w_globals))
    return w_globals


def run_module_code(space, code, name):
    """Run a module's code in a fresh globals dict named `name`."""
    w_globals = space.newdict()
    w_globals.enable_versioning()
    w_globals.setitem(space.newtext('__name__'), space.newtext(name))
    if code.filename != '<stdin>' and code.filename != '<string>':
        w_globals.setitem(space.newtext('__file__'),
                          space.newtext(code.filename))
    space.sys_modules_set(name, W_ModuleObject(name, w_globals))
    frame = Frame(space, code, w_globals, None)
    return frame.run()


def run_code_in(space, code, w_globals):
    """Run code (a module's or a REPL statement's) in w_globals."""
    frame = Frame(space, code, w_globals, None)
    return frame.run()


# ---------------------------------------------------------------- errors
def format_entries(tb, filename):
    """The "File ..." lines of a traceback, outermost call first."""
    lines = []
    while tb is not None:
        if tb.code is None:
            lines.append('  File "%s", line %d\n' % (filename, tb.lineno))
        else:
            lines.append('  File "%s", line %d, in %s\n'
                         % (tb.code.filename, tb.lineno, tb.code.name))
        tb = tb.next
    return ''.join(lines)


def exception_line(space, w_exc):
    """'Name: message' as MicroPython prints an exception (the ': ' even
    without a message)."""
    try:
        msg = space.str_w(w_exc)
    except OperationError:
        msg = '<exception str() failed>'
    return '%s: %s\n' % (space.type_name(w_exc), msg)


def format_traceback(space, operr, filename):
    """The text MicroPython prints for an uncaught exception."""
    return ('Traceback (most recent call last):\n'
            + format_entries(operr.traceback, filename)
            + exception_line(space, operr.w_value))


def format_exception(space, w_exc):
    """sys.print_exception's text: the traceback the exception carries
    (none if it was never raised), then 'Name: message'."""
    tb = space.last_traceback_of(w_exc)
    if tb is None:
        return exception_line(space, w_exc)
    return ('Traceback (most recent call last):\n'
            + format_entries(tb, '<stdin>') + exception_line(space, w_exc))


def exit_status_of(space, w_exc):
    """The exit status SystemExit asks for; its text, if any, goes to
    stderr (MicroPython: None is 0, an int its low byte, else 1)."""
    assert isinstance(w_exc, W_BaseException)
    if not w_exc.args_w:
        return 0
    w_code = w_exc.args_w[0]
    if space.is_none(w_code):
        return 0
    if isinstance(w_code, W_IntObject) and not space.isinstance_w(
            w_code, space.w_bool):
        return w_code.intval & 0xFF
    try:
        text = space.str_w(w_code)
    except OperationError:
        text = ''
    space.write_stderr(text + '\n')
    return 1


def handle_uncaught(space, operr, filename):
    """Report an exception that left the program; return the exit status."""
    w_exc = operr.w_value
    if space.isinstance_w(w_exc, space.w_SystemExit):
        return exit_status_of(space, w_exc)
    space.write_stderr(format_traceback(space, operr, filename))
    if space.isinstance_w(w_exc, space.w_KeyboardInterrupt):
        return KEYBOARD_INTERRUPT_STATUS
    return 1


# ---------------------------------------------------------------- running
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


def read_stdin(space):
    chunks = []
    while True:
        try:
            data = os.read(0, 65536)
        except OSError as e:
            if e.errno == 4 and not signals.pending():     # EINTR
                continue
            break
        if not data:
            break
        chunks.append(data)
    return ''.join(chunks)


def run_source(space, source, filename, compile_only):
    """Compile and run a whole program as __main__; return the exit
    status."""
    try:
        try:
            code = compile_source(space, source, filename, 'exec')
            if not compile_only:
                run_module_code(space, code, '__main__')
        except MemoryError:
            raise space.memory_error()
    except OperationError as e:
        run_pending(space)
        space.flush_stdout()
        return handle_uncaught(space, e, filename)
    run_pending(space)
    space.flush_stdout()
    return 0


def run_pending(space):
    """The micropython.schedule() callbacks still queued when a program
    ends run before its traceback and sys.atexit (MicroPython's unix port
    calls mp_handle_pending there; it runs one, micropy the whole queue)."""
    if space.sched_pending:
        try:
            space.run_scheduled()
        except MemoryError:
            space.memory_error()


def run_main_module(space, name):
    """-m name: import the module (a package's __main__ submodule) with
    __name__ '__main__'; return the exit status."""
    from objspace import importing
    try:
        try:
            # the packages on the way are imported as themselves
            dot = name.rfind('.')
            if dot > 0:
                assert dot > 0
                importing.import_dotted(space, name[:dot])
            w_module = import_as_main(space, name)
            if w_module.w_dict.getitem(space.newtext('__path__')) is not None:
                # a package: run its __main__ (MicroPython's -m)
                importing.import_dotted(space, name)
                import_as_main(space, name + '.__main__')
        except MemoryError:
            raise space.memory_error()
    except OperationError as e:
        space.flush_stdout()
        if space.isinstance_w(e.w_value, space.w_ImportError) and \
                e.traceback is None:
            space.write_stderr(exception_line(space, e.w_value))
            return 1
        run_pending(space)
        return handle_uncaught(space, e, '<stdin>')
    run_pending(space)
    space.flush_stdout()
    return 0


def import_as_main(space, fullname):
    """Find module `fullname` and run it as __main__ (a package is only
    imported, under its own name)."""
    from objspace import importing
    dot = fullname.rfind('.')
    package = ''
    if dot >= 0:
        assert dot >= 0
        package = fullname[:dot]
        w_parent = space.sys_modules_get(package)
        w_path = space.findattr(w_parent, '__path__') if w_parent else None
        if w_path is None:
            raise space.error(space.w_ImportError, "no module named '%s'"
                              % fullname)
        dirs = importing.path_entries(space, w_path)
        shortname = fullname[dot + 1:]
    else:
        dirs = importing.path_entries(space,
                                      space.getattr(space.sys_module, 'path'))
        shortname = fullname
    for directory in dirs:
        base = directory + '/' + shortname if directory else shortname
        if importing.is_file(base + '/__init__.py'):
            w_module = importing.import_dotted(space, fullname)
            assert isinstance(w_module, W_ModuleObject)
            return w_module
        if importing.is_file(base + '.py'):
            filename = base + '.py'
            try:
                source = read_file(filename)
            except OSError:
                break
            w_globals = space.newdict()
            w_globals.enable_versioning()
            w_globals.setitem(space.newtext('__name__'),
                              space.newtext('__main__'))
            w_globals.setitem(space.newtext('__file__'),
                              space.newtext(filename))
            if package:
                # relative imports resolve in the module's own package
                w_globals.setitem(space.newtext('__package__'),
                                  space.newtext(package))
            w_module = W_ModuleObject('__main__', w_globals)
            space.sys_modules_set('__main__', w_module)
            code = compile_source(space, source, filename, 'exec')
            run_code_in(space, code, w_globals)
            return w_module
    w_module = space.builtin_module(fullname)
    if w_module is not None:
        return w_module
    raise space.error(space.w_ImportError, "no module named '%s'" % fullname)


def run_atexit(space, status):
    """Call sys.atexit's function; an exception in it is reported."""
    w_func = space.w_atexit
    if w_func is None:
        return status
    space.w_atexit = None
    try:
        space.call_function(w_func, [])
    except OperationError as e:
        space.flush_stdout()
        return handle_uncaught(space, e, '<stdin>')
    space.flush_stdout()
    return status


def verbose_report(space):
    """-v: what MicroPython's mem_info line says, from /proc (the peak
    and current resident memory)."""
    try:
        fd = os.open('/proc/self/status', os.O_RDONLY, 0)
    except OSError:
        return
    try:
        data = os.read(fd, 8192)
    except OSError:
        data = ''
    os.close(fd)
    peak = ''
    current = ''
    for line in data.split('\n'):
        if line.startswith('VmHWM:'):
            peak = line[len('VmHWM:'):].strip()
        elif line.startswith('VmRSS:'):
            current = line[len('VmRSS:'):].strip()
    space.write_stderr('mem: current=%s, peak=%s\n' % (current, peak))


def executable_path(argv0):
    """sys.executable: the binary's full path (/proc/self/exe), else
    argv[0] as given."""
    from rpython.rlib.objectmodel import we_are_translated
    if not we_are_translated():
        return argv0
    try:
        return os.readlink('/proc/self/exe')
    except OSError:
        return argv0


def entry_point(argv):
    """Run micropy with argv (argv[0] is the program name); return the
    exit status."""
    # the interpreter recurses on the C stack: allow 8 times RPython's
    # default 768 KB (the main thread's stack is 8 MB on Linux)
    rstack._stack_set_length_fraction(8.0)
    space.call_depth = 0
    space.reset_modules()
    opts = parse_args(argv)
    if opts.invalid:
        os.write(2, INVALID_ARGS)
        return 1
    if opts.help:
        os.write(1, USAGE % argv[0])
        return 0
    if opts.version:
        os.write(1, sysmodule.BANNER + '\n')
        return 0
    space.optimize = opts.optimize
    sysmodule.reset(space, executable_path(argv[0]))
    signals.install()
    space.heap_limit = opts.heapsize if opts.heapsize > 0 else 0
    if opts.heapsize > 0:
        heaplimit.set_limit(opts.heapsize)
    status = run(space, argv[0], opts)
    status = run_atexit(space, status)
    if opts.verbose:
        verbose_report(space)
    space.flush_stdout()
    return status & 0xFF


def run(space, progname, opts):
    """Run what the options say; return the exit status."""
    status = NOTHING_EXECUTED
    if opts.command is not None:
        init_sys(space, opts.args, '')
        status = run_source(space, opts.command, '<stdin>', opts.compile_only)
    elif opts.module is not None:
        init_sys(space, opts.args, '')
        status = run_main_module(space, opts.module)
    elif opts.filename is not None:
        filename = opts.filename
        try:
            source = read_file(filename)
        except OSError as e:
            os.write(2, "%s: can't open file '%s': [Errno %d] %s\n"
                     % (progname, filename, e.errno, os.strerror(e.errno)))
            status = 2
        else:
            init_sys(space, opts.args, script_dir(filename))
            status = run_source(space, source, filename, opts.compile_only)
    elif opts.stdin:
        init_sys(space, opts.args, '')
        status = run_source(space, read_stdin(space), '<stdin>',
                            opts.compile_only)
    inspect = opts.inspect
    env = os.environ.get('MICROPYINSPECT')
    if env is not None and env:
        inspect = True
    if status == NOTHING_EXECUTED or inspect:
        tty = os.isatty(0)
        if status == NOTHING_EXECUTED:
            init_sys(space, [], '')
        if tty or inspect:
            from interp import repl
            status = repl.run_repl(space, main_globals(space), tty)
        else:
            status = run_source(space, read_stdin(space), '<stdin>',
                                opts.compile_only)
    return status


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


def script_dir(filename):
    """sys.path[0] for a script: its directory as an absolute path
    (MicroPython takes it from realpath; symlinks are not resolved
    here)."""
    if filename.startswith('/'):
        path = filename
    else:
        try:
            cwd = os.getcwd()
        except OSError:
            return dirname(filename)
        path = cwd + '/' + filename
    parts = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    if parts:
        parts.pop()     # the file's own name
    return '/' + '/'.join(parts)


def init_sys(space, args, first_path):
    """sys.argv and sys.path as MicroPython's unix port sets them: the
    script's directory (or '') first, then MICROPYPATH's entries
    (':'-separated, '~' as $HOME) or by default '.frozen',
    ~/.micropython/lib and /usr/lib/micropython."""
    w_argv = space.getattr(space.sys_module, 'argv')
    w_path = space.getattr(space.sys_module, 'path')
    assert isinstance(w_argv, W_ListObject) and isinstance(w_path, W_ListObject)
    w_argv.items_w = [space.newtext(a) for a in args]
    env = os.environ.get('MICROPYPATH')
    if env is None:
        env = '.frozen:~/.micropython/lib:/usr/lib/micropython'
    entries = [first_path]
    if env:
        home = os.environ.get('HOME')
        for e in env.split(':'):
            if e.startswith('~') and home is not None:
                e = home + e[1:]
            entries.append(e)
    w_path.items_w = [space.newtext(e) for e in entries]


if __name__ == '__main__':
    import sys
    sys.setrecursionlimit(20000)
    sys.exit(entry_point(sys.argv))
