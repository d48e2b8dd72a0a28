"""The io module and the builtin open(): FileIO (binary files),
TextIOWrapper (text files), BytesIO, StringIO and IOBase.

All four stream types share W_Stream's reading code: a read buffer `buf`
(an RPython string of bytes) with a position `bpos`, which a file refills
from its descriptor (`fill`) and which is the whole contents for the memory
streams.  Files are unbuffered for writes (os.write at once, as
MicroPython's unix port), so nothing is lost when a program forgets to
close one.  Text streams hold UTF-8 (our str's form); a text file decodes
what it reads from its encoding (utf-8, ascii, latin-1) with its `errors`
handler, and read(n)/readline(n) count code points.  Positions (seek/tell)
are byte offsets, also for StringIO (as MicroPython; CPython's StringIO
counts code points).  No newline translation ('\\r\\n' reads as is).

Behaviour: CPython 3's io where MicroPython agrees; MicroPython's where it
deliberately differs: reading a write-only file or writing a read-only one
is OSError(EBADF) (CPython: io.UnsupportedOperation), OSErrors are plain
OSError with errno set, the closed-file ValueError says "I/O operation on
closed file", reprs are '<io.TextIOWrapper 3>' / '<io.FileIO 3>'.
IOBase is an empty class that programs can subclass; the file and memory
types are its subclasses (isinstance(f, io.IOBase) is True).
"""
from __future__ import absolute_import

import os

from rpython.rlib.rstring import assert_str0

from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject

CHUNK = 8192
EBADF = 9
EINTR = 4
EISDIR = 21


def oserror(space, code):
    from objspace.modules.errno import oserror as _oserror
    return _oserror(space, code)


def fspath(space, w_path):
    """The file-system path of a str or bytes argument (no NUL bytes)."""
    from objspace.strobject import W_StrObject
    from objspace.bytesobject import W_BytesObject
    if isinstance(w_path, W_StrObject):
        path = w_path.utf8
    elif isinstance(w_path, W_BytesObject):
        path = space.bytes_w(w_path)
    else:
        raise space.type_error("expected str, bytes or os.PathLike object, "
                               "not %s" % space.type_name(w_path))
    assert path is not None
    if '\x00' in path:
        raise space.value_error("embedded null byte")
    return assert_str0(path)


def _seq_len(c):
    """The length of the UTF-8 sequence led by byte c (1 for a stray
    continuation byte)."""
    if c < 0xC0:
        return 1
    if c < 0xE0:
        return 2
    if c < 0xF0:
        return 3
    return 4


def advance_chars(s, pos, n):
    """The index just after n UTF-8 code points of s from pos, or -1 if s
    ends before the n-th is complete."""
    i = pos
    count = 0
    end = len(s)
    while count < n:
        if i >= end:
            return -1
        i += _seq_len(ord(s[i]))
        if i > end:
            return -1
        count += 1
    return i


# ---------------------------------------------------------------- streams
class W_Stream(W_Root):
    """What every stream shares: the read buffer and the text/binary
    conversions.  Subclasses give fill, write_raw, seek_raw, tell_raw,
    truncate_raw, close_raw, check_readable/check_writable."""

    def __init__(self, binary):
        self.binary = binary
        self.closed = False
        self.buf = ''
        self.bpos = 0
        self.encoding = 'utf-8'
        self.errors = 'strict'

    # ---- hooks
    def fill(self, space):
        """Append more input to buf; False at end of input."""
        return False

    def read_all_raw(self, space):
        end = len(self.buf)
        return self.take(end)

    def write_raw(self, space, data):
        raise NotImplementedError

    def seek_raw(self, space, offset, whence):
        raise NotImplementedError

    def tell_raw(self, space):
        raise NotImplementedError

    def truncate_raw(self, space, size):
        raise NotImplementedError

    def close_raw(self, space):
        pass

    def check_readable(self, space):
        self.check_open(space)

    def check_writable(self, space):
        self.check_open(space)

    # ---- shared
    def check_open(self, space):
        if self.closed:
            raise space.value_error("I/O operation on closed file")

    def take(self, end):
        """buf[bpos:end], consumed."""
        start = self.bpos
        assert start >= 0 and end >= start
        data = self.buf[start:end]
        self.bpos = end
        return data

    def counts_chars(self):
        """True when sizes count UTF-8 code points (text, UTF-8)."""
        return not self.binary and self.encoding == 'utf-8'

    def advance(self, n):
        """The buf index after n units (bytes or characters) from bpos,
        -1 if buf doesn't hold them all yet."""
        if self.counts_chars():
            return advance_chars(self.buf, self.bpos, n)
        end = self.bpos + n
        if end > len(self.buf):
            return -1
        return end

    def read_raw(self, space, n):
        """Up to n units of input as raw bytes (everything when n < 0)."""
        self.check_readable(space)
        if n < 0:
            return self.read_all_raw(space)
        while True:
            end = self.advance(n)
            if end >= 0:
                break
            if not self.fill(space):
                end = len(self.buf)
                break
        return self.take(end)

    def read_bytes_raw(self, space, n):
        """Up to n bytes (readinto), whatever the mode."""
        self.check_readable(space)
        while len(self.buf) - self.bpos < n and self.fill(space):
            pass
        end = self.bpos + n
        if end > len(self.buf):
            end = len(self.buf)
        return self.take(end)

    def readline_raw(self, space, limit):
        """One line with its '\\n', at most limit units (limit < 0: no
        limit); '' at the end of input."""
        self.check_readable(space)
        while True:
            end = -1
            nl = self.buf.find('\n', self.bpos)
            if nl >= 0:
                end = nl + 1
            if limit >= 0:
                lim_end = self.advance(limit)
                if lim_end >= 0 and (end < 0 or lim_end < end):
                    end = lim_end
            if end >= 0:
                break
            if not self.fill(space):
                end = len(self.buf)
                break
        return self.take(end)

    def wrap(self, space, data):
        """The value a read gives for raw input `data`."""
        if self.binary:
            return space.newbytes(data)
        from objspace.bytesobject import decode
        errors = self.errors
        if isinstance(self, W_StringIO):
            errors = 'replace'
        return space.newtext(decode(space, data, self.encoding, errors))

    def unwrap_for_write(self, space, w_data):
        """The raw bytes a write of w_data writes."""
        if self.binary:
            from objspace.memoryviewobject import get_buffer
            buf = get_buffer(space, w_data)
            if buf is None:
                raise space.type_error("object with buffer protocol required")
            return buf.as_str()
        from objspace.strobject import W_StrObject
        if not isinstance(w_data, W_StrObject):
            raise space.type_error("write() argument must be str, not %s"
                                   % space.type_name(w_data))
        if self.encoding == 'utf-8':
            return w_data.utf8
        from objspace.bytesobject import encode
        return encode(space, w_data.utf8, self.encoding, self.errors)

    def written_count(self, space, w_data, data):
        from objspace.strobject import W_StrObject
        if not self.binary and isinstance(w_data, W_StrObject):
            return w_data.length()
        return len(data)

    def descr_iter(self, space):
        self.check_open(space)
        return self

    def descr_next(self, space):
        data = self.readline_raw(space, -1)
        if not data:
            return None
        return self.wrap(space, data)

    def getattr_builtin(self, space, name):
        if name == 'closed':
            return space.newbool(self.closed)
        return None


# ---------------------------------------------------------------- files
class W_FileIO(W_Stream):
    """A binary file on a descriptor (open(..., 'rb')); W_TextIOWrapper
    below is the same with text conversions."""

    def __init__(self, fd, w_name, mode, binary, readable, writable,
                 closefd):
        W_Stream.__init__(self, binary)
        self.fd = fd
        self.w_name = w_name
        self.mode = mode
        self.readable = readable
        self.writable = writable
        self.closefd = closefd

    def repr_w(self, space):
        return '<io.FileIO %d>' % self.fd

    def check_readable(self, space):
        self.check_open(space)
        if not self.readable:
            raise oserror(space, EBADF)

    def check_writable(self, space):
        self.check_open(space)
        if not self.writable:
            raise oserror(space, EBADF)

    def os_read(self, space, n):
        from interp import signals
        while True:
            try:
                return os.read(self.fd, n)
            except OSError as e:
                signals.check(space)
                if e.errno != EINTR:
                    raise oserror(space, e.errno)

    def fill(self, space):
        data = self.os_read(space, CHUNK)
        if not data:
            return False
        start = self.bpos
        if start >= len(self.buf):
            self.buf = data
        else:
            assert start >= 0
            self.buf = self.buf[start:] + data
        self.bpos = 0
        return True

    def read_all_raw(self, space):
        chunks = [self.take(len(self.buf))]
        self.drop_buffer()
        while True:
            data = self.os_read(space, 65536)
            if not data:
                break
            chunks.append(data)
        return ''.join(chunks)

    def take(self, end):
        data = W_Stream.take(self, end)
        if self.bpos >= len(self.buf):
            self.drop_buffer()
        return data

    def drop_buffer(self):
        self.buf = ''
        self.bpos = 0

    def unread(self, space):
        """Move the descriptor back over input read ahead, so that it is
        where the program thinks it is (before a write or a seek)."""
        ahead = len(self.buf) - self.bpos
        self.drop_buffer()
        if ahead > 0:
            try:
                os.lseek(self.fd, -ahead, 1)
            except OSError as e:
                raise oserror(space, e.errno)

    def write_raw(self, space, data):
        self.unread(space)
        from interp import signals
        pos = 0
        while pos < len(data):
            assert pos >= 0
            try:
                pos += os.write(self.fd, data[pos:])
            except OSError as e:
                signals.check(space)
                if e.errno != EINTR:
                    raise oserror(space, e.errno)

    def seek_raw(self, space, offset, whence):
        if whence == 1:
            offset -= len(self.buf) - self.bpos
        self.drop_buffer()
        try:
            return os.lseek(self.fd, offset, whence)
        except OSError as e:
            raise oserror(space, e.errno)

    def tell_raw(self, space):
        try:
            pos = os.lseek(self.fd, 0, 1)
        except OSError as e:
            raise oserror(space, e.errno)
        return pos - (len(self.buf) - self.bpos)

    def truncate_raw(self, space, size):
        self.unread(space)
        try:
            os.ftruncate(self.fd, size)
        except OSError as e:
            raise oserror(space, e.errno)

    def close_raw(self, space):
        self.drop_buffer()
        if self.closefd:
            try:
                os.close(self.fd)
            except OSError as e:
                raise oserror(space, e.errno)

    def getattr_builtin(self, space, name):
        if name == 'name':
            return self.w_name
        if name == 'mode':
            return space.newtext(self.mode)
        return W_Stream.getattr_builtin(self, space, name)


class W_TextIOWrapper(W_FileIO):
    """A text file (open(..., 'r')): str in and out."""

    def repr_w(self, space):
        return '<io.TextIOWrapper %d>' % self.fd

    def getattr_builtin(self, space, name):
        if name == 'encoding':
            return space.newtext(self.encoding)
        if name == 'errors':
            return space.newtext(self.errors)
        return W_FileIO.getattr_builtin(self, space, name)


# ---------------------------------------------------------------- memory
class W_BytesIO(W_Stream):
    """BytesIO: the contents are buf (plus `tail`, strings appended at the
    end and not yet joined to it, so that a run of writes costs linear
    time)."""

    def __init__(self, binary, data):
        W_Stream.__init__(self, binary)
        self.buf = data
        self.tail = []
        self.taillen = 0

    def repr_w(self, space):
        return '<io.BytesIO object>'

    def materialize(self):
        if self.taillen > 0:
            self.buf = self.buf + ''.join(self.tail)
            self.tail = []
            self.taillen = 0

    def size(self):
        return len(self.buf) + self.taillen

    def check_readable(self, space):
        self.check_open(space)
        self.materialize()

    def write_raw(self, space, data):
        pos = self.bpos
        if pos == self.size():
            self.tail.append(data)
            self.taillen += len(data)
            self.bpos = pos + len(data)
            return
        self.materialize()
        old = self.buf
        if pos > len(old):
            old = old + '\x00' * (pos - len(old))
        stop = pos + len(data)
        assert pos >= 0
        if stop < len(old):
            self.buf = old[:pos] + data + old[stop:]
        else:
            self.buf = old[:pos] + data
        self.bpos = stop

    def seek_raw(self, space, offset, whence):
        if whence == 0:
            if offset < 0:
                raise space.value_error("negative seek value %d" % offset)
            pos = offset
        elif whence == 1:
            pos = self.bpos + offset
        else:
            pos = self.size() + offset
        if pos < 0:
            pos = 0
        self.bpos = pos
        return pos

    def tell_raw(self, space):
        return self.bpos

    def truncate_raw(self, space, size):
        self.materialize()
        if size < len(self.buf):
            assert size >= 0
            self.buf = self.buf[:size]

    def close_raw(self, space):
        self.buf = ''
        self.tail = []
        self.taillen = 0
        self.bpos = 0

    def getvalue(self, space):
        self.check_open(space)
        self.materialize()
        return self.wrap(space, self.buf)


class W_StringIO(W_BytesIO):
    """StringIO: a BytesIO of UTF-8 text."""

    def repr_w(self, space):
        return '<io.StringIO object>'


# ---------------------------------------------------------------- methods
@unwrap_spec('read', W_Stream, opt('obj_or_none', None))
def stream_read(space, w_self, w_size):
    """read([size]): up to size bytes (characters for text), or all that is
    left; b''/'' at the end."""
    size = -1 if w_size is None else space.int_w(w_size)
    return w_self.wrap(space, w_self.read_raw(space, size))


@unwrap_spec('readline', W_Stream, opt('obj_or_none', None))
def stream_readline(space, w_self, w_size):
    size = -1 if w_size is None else space.int_w(w_size)
    return w_self.wrap(space, w_self.readline_raw(space, size))


@unwrap_spec('readlines', W_Stream, opt('obj_or_none', None))
def stream_readlines(space, w_self, w_hint):
    """readlines([hint]): the remaining lines; with hint > 0, stop once
    the lines read total hint or more."""
    hint = -1 if w_hint is None else space.int_w(w_hint)
    lines_w = []
    total = 0
    while True:
        data = w_self.readline_raw(space, -1)
        if not data:
            break
        lines_w.append(w_self.wrap(space, data))
        total += len(data)
        if hint > 0 and total >= hint:
            break
    return space.newlist(lines_w)


@unwrap_spec('readinto', W_Stream, 'obj')
def stream_readinto(space, w_self, w_buffer):
    """readinto(b): read up to len(b) bytes into the writable buffer b;
    the number read."""
    from objspace.memoryviewobject import get_buffer
    buf = get_buffer(space, w_buffer)
    if buf is None or buf.is_readonly():
        raise space.type_error("object with buffer protocol required")
    data = w_self.read_bytes_raw(space, buf.getlength())
    buf.setslice(0, data)
    return space.newint(len(data))


@unwrap_spec('write', W_Stream, 'obj')
def stream_write(space, w_self, w_data):
    """write(data): the number of characters (text) or bytes written."""
    w_self.check_writable(space)
    data = w_self.unwrap_for_write(space, w_data)
    w_self.write_raw(space, data)
    return space.newint(w_self.written_count(space, w_data, data))


@unwrap_spec('writelines', W_Stream, 'obj')
def stream_writelines(space, w_self, w_lines):
    w_self.check_writable(space)
    w_iter = space.iter(w_lines)
    while True:
        w_line = space.next(w_iter)
        if w_line is None:
            break
        w_self.check_writable(space)
        w_self.write_raw(space, w_self.unwrap_for_write(space, w_line))
    return space.w_None


def _check_whence(space, whence):
    if whence < 0 or whence > 2:
        raise space.value_error("invalid whence (%d, should be 0, 1 or 2)"
                                % whence)


@unwrap_spec('seek', W_Stream, 'int', opt('int', 0))
def stream_seek(space, w_self, offset, whence):
    """seek(offset, whence=0): the new position (0: from the start, 1: from
    the current position, 2: from the end)."""
    w_self.check_open(space)
    _check_whence(space, whence)
    return space.newint(w_self.seek_raw(space, offset, whence))


@unwrap_spec('tell', W_Stream)
def stream_tell(space, w_self):
    w_self.check_open(space)
    return space.newint(w_self.tell_raw(space))


@unwrap_spec('truncate', W_Stream, opt('obj_or_none', None))
def stream_truncate(space, w_self, w_size):
    """truncate(size=tell()): cut the stream to size bytes; the size."""
    w_self.check_writable(space)
    if w_size is None:
        size = w_self.tell_raw(space)
    else:
        size = space.int_w(w_size)
    if size < 0:
        raise space.value_error("negative size value %d" % size)
    w_self.truncate_raw(space, size)
    return space.newint(size)


@unwrap_spec('flush', W_Stream)
def stream_flush(space, w_self):
    w_self.check_open(space)
    return space.w_None


@unwrap_spec('close', W_Stream)
def stream_close(space, w_self):
    """close(): idempotent."""
    if not w_self.closed:
        w_self.closed = True
        w_self.close_raw(space)
    return space.w_None


@unwrap_spec('__enter__', W_Stream)
def stream_enter(space, w_self):
    w_self.check_open(space)
    return w_self


@unwrap_spec('__exit__', W_Stream, 'args')
def stream_exit(space, w_self, args_w):
    stream_close(space, w_self)
    return space.w_None


@unwrap_spec('readable', W_Stream)
def stream_readable(space, w_self):
    w_self.check_open(space)
    if isinstance(w_self, W_FileIO):
        return space.newbool(w_self.readable)
    return space.w_True


@unwrap_spec('writable', W_Stream)
def stream_writable(space, w_self):
    w_self.check_open(space)
    if isinstance(w_self, W_FileIO):
        return space.newbool(w_self.writable)
    return space.w_True


@unwrap_spec('seekable', W_Stream)
def stream_seekable(space, w_self):
    w_self.check_open(space)
    if isinstance(w_self, W_FileIO):
        try:
            os.lseek(w_self.fd, 0, 1)
        except OSError:
            return space.w_False
    return space.w_True


@unwrap_spec('fileno', W_FileIO)
def file_fileno(space, w_self):
    w_self.check_open(space)
    return space.newint(w_self.fd)


@unwrap_spec('getvalue', W_BytesIO)
def bytesio_getvalue(space, w_self):
    return w_self.getvalue(space)


STREAM_METHODS = [stream_read, stream_readline, stream_readlines,
                  stream_readinto, stream_write, stream_writelines,
                  stream_seek, stream_tell, stream_truncate, stream_flush,
                  stream_close, stream_enter, stream_exit, stream_readable,
                  stream_writable, stream_seekable]


def _methods(extra):
    methods = {}
    for func in STREAM_METHODS + extra:
        methods[func.w_builtin.name] = func.w_builtin
    return methods


# ---------------------------------------------------------------- open
def parse_mode(space, mode):
    """(flags for os.open, binary, readable, writable, the FileIO mode) of
    an open() mode string; ValueError for a bad one."""
    seen = ''
    for c in mode:
        if c not in 'rwaxbt+' or c in seen:
            raise space.value_error("invalid mode: '%s'" % mode)
        seen += c
    kinds = 0
    for c in 'rwax':
        if c in seen:
            kinds += 1
    if kinds != 1:
        raise space.value_error("must have exactly one of "
                                "create/read/write/append mode")
    binary = 'b' in seen
    if binary and 't' in seen:
        raise space.value_error("can't have text and binary mode at once")
    updating = '+' in seen
    readable = 'r' in seen or updating
    writable = 'r' not in seen or updating
    if 'r' in seen:
        flags = 0
        fmode = 'rb'
    elif 'w' in seen:
        flags = os.O_CREAT | os.O_TRUNC
        fmode = 'wb'
    elif 'a' in seen:
        flags = os.O_CREAT | os.O_APPEND
        fmode = 'ab'
    else:
        flags = os.O_CREAT | os.O_EXCL
        fmode = 'xb'
    if updating:
        flags |= os.O_RDWR
        if fmode == 'wb':
            fmode = 'rb'
        fmode += '+'
    elif readable:
        flags |= os.O_RDONLY
    else:
        flags |= os.O_WRONLY
    return flags, binary, readable, writable, fmode


def open_file(space, w_file, mode, buffering, encoding, errors, newline,
              closefd):
    """open() (see io_open); also what the builtins module's open is."""
    from objspace.intobject import W_IntObject
    flags, binary, readable, writable, fmode = parse_mode(space, mode)
    if binary:
        if encoding is not None:
            raise space.value_error("binary mode doesn't take an encoding "
                                    "argument")
        if errors is not None:
            raise space.value_error("binary mode doesn't take an errors "
                                    "argument")
        if newline is not None:
            raise space.value_error("binary mode doesn't take a newline "
                                    "argument")
    elif buffering == 0:
        raise space.value_error("can't have unbuffered text I/O")
    if newline is not None and not (newline == '' or newline == '\n' or
                                    newline == '\r' or newline == '\r\n'):
        raise space.value_error("illegal newline value: %s" % newline)
    enc = 'utf-8'
    if encoding is not None:
        from objspace.bytesobject import normalize_encoding
        enc = normalize_encoding(space, encoding)
    if isinstance(w_file, W_IntObject):
        fd = w_file.intval
        if fd < 0:
            raise space.value_error("negative file descriptor")
    else:
        if not closefd:
            raise space.value_error("Cannot use closefd=False with file "
                                    "name")
        path = fspath(space, w_file)
        try:
            fd = os.open(path, flags, 0666)
        except OSError as e:
            raise oserror(space, e.errno)
        try:
            st = os.fstat(fd)
            if (st.st_mode & 0170000) == 0040000:
                os.close(fd)
                raise oserror(space, EISDIR)
            if 'a' in mode:
                os.lseek(fd, 0, 2)
        except OSError as e:
            raise oserror(space, e.errno)
    if binary:
        w_stream = W_FileIO(fd, w_file, fmode, True, readable, writable,
                            closefd)
    else:
        w_stream = W_TextIOWrapper(fd, w_file, mode, False, readable,
                                   writable, closefd)
        w_stream.encoding = enc
        if errors is not None:
            w_stream.errors = errors
    return w_stream


@unwrap_spec('open', 'obj', opt('text', 'r'), opt('int', -1),
             opt('text_or_none', None), opt('text_or_none', None),
             opt('text_or_none', None), opt('bool', True), keywords=True)
def io_open(space, w_file, mode, buffering, encoding, errors, newline,
            closefd):
    """open(file, mode='r', buffering=-1, encoding=None, errors=None,
    newline=None, closefd=True): a TextIOWrapper, or a FileIO for a mode
    with 'b'.  file: a path (str or bytes) or a file descriptor (int).
    Modes: one of r/w/a/x, then optionally b or t, and +."""
    return open_file(space, w_file, mode, buffering, encoding, errors,
                     newline, closefd)


def _bytesio_new(space, w_type, args_w, kwnames):
    if kwnames is not None or len(args_w) > 1:
        raise space.type_error("function takes at most 1 argument")
    data = ''
    if args_w and not space.is_none(args_w[0]):
        from objspace.memoryviewobject import get_buffer
        buf = get_buffer(space, args_w[0])
        if buf is None:
            raise space.type_error("object with buffer protocol required")
        data = buf.as_str()
    return W_BytesIO(True, data)


def _stringio_new(space, w_type, args_w, kwnames):
    from objspace.strobject import W_StrObject
    if kwnames is not None or len(args_w) > 2:
        raise space.type_error("function takes at most 2 arguments")
    data = ''
    if args_w and not space.is_none(args_w[0]):
        w_init = args_w[0]
        if not isinstance(w_init, W_StrObject):
            raise space.type_error("initial_value must be str or None, not %s"
                                   % space.type_name(w_init))
        data = w_init.utf8
    return W_StringIO(False, data)


W_Stream.typedef = TypeDef('IOBase')      # its w_type: io.IOBase
W_FileIO.typedef = TypeDef('FileIO', methods=_methods([file_fileno]))
W_TextIOWrapper.typedef = TypeDef('TextIOWrapper',
                                  methods=_methods([file_fileno]))
W_BytesIO.typedef = TypeDef('BytesIO', methods=_methods([bytesio_getvalue]),
                            new=_bytesio_new)
W_StringIO.typedef = TypeDef('StringIO',
                             methods=_methods([bytesio_getvalue]),
                             new=_stringio_new)

STREAM_TYPES = [W_FileIO, W_TextIOWrapper, W_BytesIO, W_StringIO]


def _make_types(space):
    """The type objects (once: prebuilt at translation time), all
    subclasses of IOBase, an empty class as a `class` statement makes."""
    from objspace.typeobject import W_TypeObject, call_user_type
    if W_Stream.typedef.w_type is not None:
        return W_Stream.typedef.w_type
    w_iobase = W_TypeObject('IOBase', [space.w_object], {}, None,
                            call_user_type)
    w_iobase.is_user_type = True
    for cls in STREAM_TYPES:
        typedef = cls.typedef
        typedef.w_type = W_TypeObject(typedef.name, [w_iobase],
                                      dict(typedef.methods), typedef,
                                      typedef.new)
    W_Stream.typedef.w_type = w_iobase
    return w_iobase


def make_module(space):
    w_iobase = _make_types(space)
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('io'))
    set('open', io_open.w_builtin)
    set('IOBase', w_iobase)
    set('FileIO', W_FileIO.typedef.w_type)
    set('TextIOWrapper', W_TextIOWrapper.typedef.w_type)
    set('BytesIO', W_BytesIO.typedef.w_type)
    set('StringIO', W_StringIO.typedef.w_type)
    return W_ModuleObject('io', w_dict)
