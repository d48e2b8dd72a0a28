"""The sys module, with the names and values of MicroPython's unix port:
argv, path, modules, exit, platform, byteorder, maxsize, version,
version_info, implementation, executable, ps1/ps2, stdin/stdout/stderr,
print_exception, exc_info and atexit (MicroPython's: one function, run at
exit; the previous one is returned).

sys.implementation describes micropy itself: name 'micropy', its version,
`_machine` (platform, toolchain, CPU) and `_build` (the flavour: 'micropy'
or 'micropy-jit'); there is no `_mpy` while .mpy files can't be imported.
"""
from __future__ import absolute_import

import os
import sys as host_sys
import time as host_time
import platform as host_platform

from rpython.rlib.rarithmetic import maxint

from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin
from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.tupleobject import W_TupleObject
from objspace.exceptions import W_BaseException

# ---------------------------------------------------------------- identity
# (computed at import time, i.e. when the binary is translated)

VERSION = (0, 1, 0)
VERSION_TEXT = '%d.%d.%d' % VERSION


def _flavour():
    """'micropy-jit' when this process is translating with -Ojit, else
    'micropy' (the -O2 flavour; also what untranslated runs call
    themselves)."""
    argv = host_sys.argv
    for i in range(len(argv)):
        a = argv[i]
        if a in ('-Ojit', '--opt=jit') or (a == '--opt' and i + 1 < len(argv)
                                          and argv[i + 1] == 'jit'):
            return 'micropy-jit'
    return 'micropy'


BUILD = _flavour()
BUILD_DATE = host_time.strftime('%Y-%m-%d')
MACHINE = 'linux [RPython 0.2.1] %s' % (host_platform.machine() or 'unknown')
# what --version and the REPL's banner print (MicroPython's shape:
# "MicroPython <version> on <date>; <machine>")
BANNER = 'micropy %s on %s; %s' % (VERSION_TEXT, BUILD_DATE, MACHINE)
# sys.version: the Python language version first, as MicroPython does
SYS_VERSION = '3.4.0; micropy %s' % VERSION_TEXT


# ---------------------------------------------------------------- attrtuple
class W_AttrTuple(W_TupleObject):
    """A tuple whose items also have names (MicroPython's attrtuple:
    sys.implementation): `t.name`, repr `(name='micropy', ...)`."""

    def __init__(self, names, items_w):
        W_TupleObject.__init__(self, items_w)
        self.names = names

    def getattr_builtin(self, space, name):
        for i in range(len(self.names)):
            if self.names[i] == name:
                return self.items_w[i]
        return None

    def repr_w(self, space):
        parts = []
        for i in range(len(self.names)):
            parts.append('%s=%s' % (self.names[i],
                                    space.repr_w(self.items_w[i])))
        return '(' + ', '.join(parts) + ')'

    def attr_names(self):
        return self.names


# ---------------------------------------------------------------- streams
class W_TextStream(W_Root):
    """sys.stdin / sys.stdout / sys.stderr: text streams on fds 0, 1, 2
    (MicroPython's io.TextIOWrapper).  Writes to stdout share the
    interpreter's output buffer with print(); reads are unbuffered (byte
    by byte for readline), so they never take input meant for others."""
    _immutable_fields_ = ['fd']

    def __init__(self, fd):
        self.fd = fd

    def repr_w(self, space):
        return '<io.TextIOWrapper %d>' % self.fd


def _stream_write(space, w_self, w_text):
    from objspace.strobject import W_StrObject
    if not isinstance(w_text, W_StrObject):
        raise space.type_error("object with buffer protocol required")
    assert isinstance(w_self, W_TextStream)
    if w_self.fd == 1:
        space.write_stdout(w_text.utf8)
    elif w_self.fd == 2:
        space.write_stderr(w_text.utf8)
    else:
        raise space.error(space.w_OSError, "[Errno 9] EBADF")
    return space.newint(w_text.length())


@unwrap_spec('write', W_TextStream, 'obj')
def stream_write(space, w_self, w_text):
    return _stream_write(space, w_self, w_text)


def read_byte(space, fd):
    """One byte from fd ('' at end of file); a signal (Ctrl-C) while
    waiting raises KeyboardInterrupt."""
    from interp import signals
    while True:
        try:
            return os.read(fd, 1)
        except OSError as e:
            signals.check(space)
            if e.errno != 4:     # EINTR
                raise space.error(space.w_OSError, "[Errno %d] %s"
                                  % (e.errno, os.strerror(e.errno)))


def _check_readable(space, w_self):
    assert isinstance(w_self, W_TextStream)
    if w_self.fd != 0:
        raise space.error(space.w_OSError, "[Errno 9] EBADF")
    space.flush_stdout()


@unwrap_spec('read', W_TextStream, opt('int', -1))
def stream_read(space, w_self, size):
    """read([size]): up to size bytes (all of it to end of file when
    size < 0)."""
    _check_readable(space, w_self)
    chunks = []
    n = 0
    while size < 0 or n < size:
        c = read_byte(space, 0)
        if not c:
            break
        chunks.append(c)
        n += 1
    return space.newtext(''.join(chunks))


@unwrap_spec('readline', W_TextStream, opt('int', -1))
def stream_readline(space, w_self, size):
    """readline([size]): one line, its '\\n' included ('' at end)."""
    _check_readable(space, w_self)
    chunks = []
    n = 0
    while size < 0 or n < size:
        c = read_byte(space, 0)
        if not c:
            break
        chunks.append(c)
        n += 1
        if c == '\n':
            break
    return space.newtext(''.join(chunks))


@unwrap_spec('flush', W_TextStream)
def stream_flush(space, w_self):
    if w_self.fd == 1:
        space.flush_stdout()
    return space.w_None


@unwrap_spec('fileno', W_TextStream)
def stream_fileno(space, w_self):
    return space.newint(w_self.fd)


W_TextStream.typedef = TypeDef('TextIOWrapper', methods={
    'write': stream_write.w_builtin,
    'read': stream_read.w_builtin,
    'readline': stream_readline.w_builtin,
    'flush': stream_flush.w_builtin,
    'fileno': stream_fileno.w_builtin,
})


# ---------------------------------------------------------------- functions
@builtin('exit', 0, 1)
def sys_exit(space, args_w, kwnames):
    """sys.exit([code]): raise SystemExit(code)."""
    raise OperationError(W_BaseException(space.w_SystemExit, args_w[:]))


@unwrap_spec('print_exception', 'obj', opt('obj_or_none', None))
def sys_print_exception(space, w_exc, w_file):
    """print_exception(exc, file=sys.stdout): the traceback and the
    exception as MicroPython prints an uncaught one."""
    from interp.main import format_exception
    text = format_exception(space, w_exc)
    if w_file is None:
        space.write_stdout(text)
    else:
        space.call_function(space.getattr(w_file, 'write'),
                            [space.newtext(text)])
    return space.w_None


@unwrap_spec('exc_info')
def sys_exc_info(space):
    """(type, value, None) of the exception being handled, or three
    Nones (MicroPython keeps no traceback objects)."""
    w_exc = space.w_exc_info
    if w_exc is None or w_exc is space.w_None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc, space.w_None])


@unwrap_spec('atexit', 'obj')
def sys_atexit(space, w_func):
    """atexit(func): run func (or nothing, for None) when the program
    ends; returns the function registered before."""
    w_prev = space.w_atexit
    if space.is_none(w_func):
        space.w_atexit = None
    else:
        space.w_atexit = w_func
    if w_prev is None:
        return space.w_None
    return w_prev


def make_module(space):
    from objspace.typeobject import W_TypeObject
    typedef = W_TextStream.typedef
    if typedef.w_type is None:
        typedef.w_type = W_TypeObject(typedef.name, [space.w_object],
                                      dict(typedef.methods), typedef, None)
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('sys'))
    set('argv', space.newlist([]))
    set('path', space.newlist([]))
    set('modules', space.w_modules)
    set('exit', sys_exit.w_builtin)
    set('platform', space.newtext('linux'))
    set('byteorder', space.newtext(host_sys.byteorder))
    set('maxsize', space.newint(maxint))
    set('version', space.newtext(SYS_VERSION))
    set('version_info', space.newtuple([space.newint(3), space.newint(4),
                                        space.newint(0)]))
    set('implementation', W_AttrTuple(
        ['name', 'version', '_machine', '_build'],
        [space.newtext('micropy'),
         space.newtuple([space.newint(VERSION[0]), space.newint(VERSION[1]),
                         space.newint(VERSION[2]), space.newtext('')]),
         space.newtext(MACHINE),
         space.newtext(BUILD)]))
    set('executable', space.newtext(''))
    set('ps1', space.newtext('>>> '))
    set('ps2', space.newtext('... '))
    set('stdin', W_TextStream(0))
    set('stdout', W_TextStream(1))
    set('stderr', W_TextStream(2))
    set('print_exception', sys_print_exception.w_builtin)
    set('exc_info', sys_exc_info.w_builtin)
    set('atexit', sys_atexit.w_builtin)
    return W_ModuleObject('sys', w_dict)


def reset(space, executable):
    """Start-of-program state: sys.executable, the prompts, no atexit
    function, no exception being handled."""
    w_sys = space.sys_module
    space.setattr(w_sys, 'executable', space.newtext(executable))
    space.setattr(w_sys, 'ps1', space.newtext('>>> '))
    space.setattr(w_sys, 'ps2', space.newtext('... '))
    space.w_atexit = None
    space.w_exc_info = None
