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
    _immutable_fields_ = ['fd', 'w_buffer']

    def __init__(self, fd, w_buffer):
        self.fd = fd
        self.w_buffer = w_buffer    # the W_BinaryStream on the same fd

    def repr_w(self, space):
        return '<io.TextIOWrapper %d>' % self.fd

    def getattr_builtin(self, space, name):
        if name == 'buffer':
            return self.w_buffer
        return None


def write_fd(space, fd, data):
    """Write data to fd 1 (through the output buffer print() uses) or 2."""
    if fd == 1:
        space.write_stdout(data)
    elif fd == 2:
        space.write_stderr(data)
    else:
        raise space.error(space.w_OSError, "[Errno 9] EBADF")


@unwrap_spec('write', W_TextStream, 'obj', opt('obj', None), opt('obj', None))
def stream_write(space, w_self, w_data, w_a, w_b):
    """write(s): the characters written.  As MicroPython's streams, it also
    takes bytes-like values and write(buf, max_len) / write(buf, off,
    max_len) (see micropython.stream_write_data); those return the bytes
    written."""
    from objspace.strobject import W_StrObject
    from objspace.modules.micropython import stream_write_data
    if isinstance(w_data, W_StrObject) and w_a is None:
        write_fd(space, w_self.fd, w_data.utf8)
        return space.newint(w_data.length())
    data = stream_write_data(space, w_data, w_a, w_b)
    write_fd(space, w_self.fd, data)
    return space.newint(len(data))


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
    return space.newtext(read_upto(space, 0, size))


@unwrap_spec('readline', W_TextStream, opt('int', -1))
def stream_readline(space, w_self, size):
    """readline([size]): one line, its '\\n' included ('' at end)."""
    _check_readable(space, w_self)
    return space.newtext(read_line(space, size))


def read_line(space, size):
    """A line from fd 0, its '\\n' included, at most size bytes (size < 0:
    no limit); read byte by byte so that nothing after it is taken."""
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
    return ''.join(chunks)


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


class W_BinaryStream(W_Root):
    """sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer: the byte
    streams under the text streams (MicroPython's io.FileIO on fds 0, 1,
    2).  Writes to fd 1 go through the output buffer print() uses, so
    the two interleave in program order; reads take exactly the bytes
    asked for (whole reads with os.read, readline byte by byte), so the
    text stream can go on reading after them."""
    _immutable_fields_ = ['fd']

    def __init__(self, fd):
        self.fd = fd

    def repr_w(self, space):
        return '<io.FileIO %d>' % self.fd


def read_upto(space, fd, n):
    """Up to n bytes from fd (n < 0: until end of file); fewer only at
    end of file."""
    from interp import signals
    chunks = []
    got = 0
    while n < 0 or got < n:
        want = 4096 if n < 0 else n - got
        try:
            data = os.read(fd, want)
        except OSError as e:
            signals.check(space)
            if e.errno == 4:     # EINTR
                continue
            raise space.error(space.w_OSError, "[Errno %d] %s"
                              % (e.errno, os.strerror(e.errno)))
        if not data:
            break
        chunks.append(data)
        got += len(data)
    return ''.join(chunks)


def _check_binary_readable(space, w_self):
    if w_self.fd != 0:
        raise space.error(space.w_OSError, "[Errno 9] EBADF")
    space.flush_stdout()


@unwrap_spec('write', W_BinaryStream, 'obj', opt('obj', None),
             opt('obj', None))
def binary_write(space, w_self, w_data, w_a, w_b):
    """write(buf[, max_len]) / write(buf, off, max_len): the bytes
    written (see micropython.stream_write_data)."""
    from objspace.modules.micropython import stream_write_data
    if w_self.fd == 0:
        raise space.error(space.w_OSError, "[Errno 9] EBADF")
    data = stream_write_data(space, w_data, w_a, w_b)
    write_fd(space, w_self.fd, data)
    return space.newint(len(data))


@unwrap_spec('read', W_BinaryStream, opt('int', -1))
def binary_read(space, w_self, size):
    """read([n]): n bytes (fewer at end of file), or all to the end."""
    _check_binary_readable(space, w_self)
    return space.newbytes(read_upto(space, 0, size))


@unwrap_spec('readinto', W_BinaryStream, 'obj', opt('int', -1))
def binary_readinto(space, w_self, w_buffer, n):
    """readinto(buf[, n]): read up to len(buf) (or n) bytes into buf;
    the number read (0 at end of file)."""
    from objspace.modules.micropython import writable_buffer, clamp_length
    buf = writable_buffer(space, w_buffer)
    _check_binary_readable(space, w_self)
    data = read_upto(space, 0, clamp_length(buf.getlength(), n))
    for i in range(len(data)):
        buf.setitem(i, data[i])
    return space.newint(len(data))


@unwrap_spec('readline', W_BinaryStream, opt('int', -1))
def binary_readline(space, w_self, size):
    """readline([n]): one line, its b'\\n' included, at most n bytes."""
    _check_binary_readable(space, w_self)
    return space.newbytes(read_line(space, size))


@unwrap_spec('readlines', W_BinaryStream)
def binary_readlines(space, w_self):
    _check_binary_readable(space, w_self)
    lines_w = []
    while True:
        line = read_line(space, -1)
        if not line:
            break
        lines_w.append(space.newbytes(line))
    return space.newlist(lines_w)


@unwrap_spec('flush', W_BinaryStream)
def binary_flush(space, w_self):
    if w_self.fd == 1:
        space.flush_stdout()
    return space.w_None


@unwrap_spec('fileno', W_BinaryStream)
def binary_fileno(space, w_self):
    return space.newint(w_self.fd)


W_BinaryStream.typedef = TypeDef('FileIO', methods={
    'write': binary_write.w_builtin,
    'read': binary_read.w_builtin,
    'readinto': binary_readinto.w_builtin,
    'readline': binary_readline.w_builtin,
    'readlines': binary_readlines.w_builtin,
    'flush': binary_flush.w_builtin,
    'fileno': binary_fileno.w_builtin,
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
    for typedef in [W_TextStream.typedef, W_BinaryStream.typedef]:
        if typedef.w_type is None:
            typedef.w_type = W_TypeObject(typedef.name, [space.w_object],
                                          dict(typedef.methods), typedef,
                                          None)
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
    set('stdin', W_TextStream(0, W_BinaryStream(0)))
    set('stdout', W_TextStream(1, W_BinaryStream(1)))
    set('stderr', W_TextStream(2, W_BinaryStream(2)))
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
