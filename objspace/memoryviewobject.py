"""memoryview, and the buffer interface it is built on.

The buffer interface: a value that exports its raw bytes (bytes, bytearray,
memoryview; later array.array) has a method `buffer_w(space)` returning a
`Buffer`, and `get_buffer(space, w_obj)` below is the one place that asks
for it (None for values without a buffer).  A Buffer is a sequence of
`getlength()` bytes (RPython chars) with `getitem(i)`, `setitem(i, c)` when
`is_readonly()` is False, `getslice(start, length)` for a copy of a range
(O(length), never O(getlength())), `setslice(start, s)`, and `as_str()`
for a copy of the whole.  Consumers that need a few bytes at an offset
(struct.unpack_from, memoryview slices) use getslice, so that their cost
doesn't grow with the size of the buffer.

W_MemoryView: a view of format 'B' (one byte per item) of `length` items of
an exporter's Buffer, starting at `start` and `step` apart; slicing gives a
new view of the same memory.  A bytearray may shrink under a view (there is
no export lock as in CPython): every access checks the view still fits.
Behaviour: CPython 3's memoryview for one-dimensional byte buffers.
"""
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder

from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec, opt


class Buffer(object):
    """The raw bytes a value exports; see the module docstring."""

    def getlength(self):
        raise NotImplementedError

    def getitem(self, i):
        """The byte (a char) at 0 <= i < getlength()."""
        raise NotImplementedError

    def setitem(self, i, c):
        raise NotImplementedError

    def is_readonly(self):
        return True

    def getslice(self, start, length):
        """The `length` bytes from `start` as a str (the caller checks
        0 <= start and start + length <= getlength())."""
        if length <= 0:
            return ''
        builder = StringBuilder(length)
        for i in range(start, start + length):
            builder.append(self.getitem(i))
        return builder.build()

    def setslice(self, start, s):
        """Overwrite the bytes from `start` with s (the caller checks that
        they fit and that the buffer is writable)."""
        for i in range(len(s)):
            self.setitem(start + i, s[i])

    def as_str(self):
        return self.getslice(0, self.getlength())


class CharListBuffer(Buffer):
    """The buffer of a value whose bytes are a resizable RPython list of
    chars (bytearray, array.array): writable, following its current length
    (bytes beyond it read as zero and ignore writes, for views that outlived
    a shrink; memoryview checks this before use)."""

    def chars(self):
        """The exporter's current list of chars."""
        raise NotImplementedError

    def getlength(self):
        return len(self.chars())

    def getitem(self, i):
        data = self.chars()
        if 0 <= i < len(data):
            return data[i]
        return '\x00'

    def setitem(self, i, c):
        data = self.chars()
        if 0 <= i < len(data):
            data[i] = c

    def is_readonly(self):
        return False

    def getslice(self, start, length):
        data = self.chars()
        stop = start + length
        if start == 0 and stop == len(data):
            return ''.join(data)
        if start < 0 or stop > len(data) or length <= 0:
            return Buffer.getslice(self, start, length)
        return chars_slice(data, start, stop)

    def setslice(self, start, s):
        data = self.chars()
        if start < 0 or start + len(s) > len(data):
            Buffer.setslice(self, start, s)
            return
        for i in range(len(s)):
            data[start + i] = s[i]

    def as_str(self):
        return ''.join(self.chars())


def chars_slice(data, start, stop):
    """data[start:stop] (a list of chars, 0 <= start <= stop <= len(data))
    as a str."""
    assert start >= 0 and stop >= start
    builder = StringBuilder(stop - start)
    for i in range(start, stop):
        builder.append(data[i])
    return builder.build()


class StringBuffer(Buffer):
    """The buffer of an immutable string (bytes)."""
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getlength(self):
        return len(self.value)

    def getitem(self, i):
        return self.value[i]

    def getslice(self, start, length):
        value = self.value
        if start == 0 and length == len(value):
            return value
        stop = start + length
        assert start >= 0 and stop >= start
        return value[start:stop]

    def as_str(self):
        return self.value


class SubBuffer(Buffer):
    """`length` bytes of `base` from `start`, `step` apart (a memoryview)."""

    def __init__(self, base, start, step, length, readonly=False):
        self.base = base
        self.start = start
        self.step = step
        self.length = length
        self.readonly = readonly     # True: read-only even if base isn't

    def getlength(self):
        return self.length

    def getitem(self, i):
        return self.base.getitem(self.start + i * self.step)

    def setitem(self, i, c):
        self.base.setitem(self.start + i * self.step, c)

    def getslice(self, start, length):
        if self.step == 1:
            return self.base.getslice(self.start + start, length)
        return Buffer.getslice(self, start, length)

    def setslice(self, start, s):
        if self.step == 1:
            self.base.setslice(self.start + start, s)
        else:
            Buffer.setslice(self, start, s)

    def is_readonly(self):
        return self.readonly or self.base.is_readonly()

    def fits(self):
        """True while every byte of the view exists in base."""
        if self.length == 0:
            return True
        last = self.start + (self.length - 1) * self.step
        n = self.base.getlength()
        return 0 <= self.start < n and 0 <= last < n

    def as_str(self):
        return self.getslice(0, self.length)


def get_buffer(space, w_obj):
    """The Buffer of a value that exports one, else None."""
    from objspace.bytesobject import W_BytesObject
    from objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_obj, W_BytesObject):
        return w_obj.buffer_w(space)
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.buffer_w(space)
    if isinstance(w_obj, W_MemoryView):
        return w_obj.buffer_w(space)
    from objspace.modules.array import W_ArrayObject
    if isinstance(w_obj, W_ArrayObject):
        return w_obj.buffer_w(space)
    return None


class W_MemoryView(W_Root):
    """memoryview(obj): `view` is a SubBuffer of obj's buffer."""

    def __init__(self, w_obj, view):
        self.w_obj = w_obj
        self.view = view
        self.released = False

    def check(self, space):
        """The view, after checking it is usable (not released, fits)."""
        if self.released:
            raise space.value_error("operation forbidden on released "
                                    "memoryview object")
        if not self.view.fits():
            raise space.index_error("memoryview: underlying buffer shrank")
        return self.view

    def buffer_w(self, space):
        return self.check(space)

    def getattr_builtin(self, space, name):
        if name == 'obj':
            self.check(space)
            return self.w_obj
        if name == 'readonly':
            return space.newbool(self.check(space).is_readonly())
        if name == 'nbytes':
            return space.newint(self.check(space).length)
        if name == 'itemsize':
            self.check(space)
            return space.newint(1)
        if name == 'ndim':
            self.check(space)
            return space.newint(1)
        if name == 'format':
            self.check(space)
            return space.newtext('B')
        if name == 'strides':
            return space.newtuple([space.newint(self.check(space).step)])
        if name == 'shape':
            return space.newtuple([space.newint(self.check(space).length)])
        return None

    def repr_w(self, space):
        if self.released:
            return "<released memory at 0x%x>" % space.id_of(self)
        return "<memory at 0x%x>" % space.id_of(self)

    def len_w(self, space):
        return self.check(space).length

    def hash_w(self, space):
        view = self.check(space)
        if not view.is_readonly():
            raise space.value_error("cannot hash writable memoryview object")
        return _bytes_hash(view.as_str())

    def descr_eq(self, space, w_other):
        if self.released:
            return space.newbool(self is w_other)
        buf = get_buffer(space, w_other)
        if buf is None:
            return None
        return space.newbool(self.check(space).as_str() == buf.as_str())

    def descr_ne(self, space, w_other):
        w_res = self.descr_eq(space, w_other)
        if w_res is None:
            return None
        return space.newbool(not space.is_true(w_res))

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        view = self.check(space)
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, view.length)
            sub = SubBuffer(view.base, view.start + start * view.step,
                            view.step * step, count, view.readonly)
            return W_MemoryView(self.w_obj, sub)
        i = space.getindex(w_index, view.length, "memoryview")
        return space.newint(ord(view.getitem(i)))

    def descr_setitem(self, space, w_index, w_value):
        from objspace.sliceobject import W_SliceObject
        view = self.check(space)
        if view.is_readonly():
            raise space.type_error("cannot modify read-only memory")
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, view.length)
            buf = get_buffer(space, w_value)
            if buf is None:
                raise space.type_error("a bytes-like object is required, "
                                       "not '%s'" % space.type_name(w_value))
            data = buf.as_str()     # a copy: the source may overlap
            if len(data) != count:
                raise space.value_error("memoryview assignment: lvalue and "
                                        "rvalue have different structures")
            if step == 1:
                view.setslice(start, data)
                return
            i = start
            for k in range(count):
                view.setitem(i, data[k])
                i += step
            return
        i = space.getindex(w_index, view.length, "memoryview")
        from objspace.intobject import W_IntObject
        from objspace.boolobject import W_BoolObject
        if (not isinstance(w_value, W_IntObject)
                or isinstance(w_value, W_BoolObject)):
            raise space.type_error("memoryview: invalid type for format 'B'")
        v = w_value.intval
        if v < 0 or v > 255:
            raise space.value_error("memoryview: invalid value for "
                                    "format 'B'")
        view.setitem(i, chr(v))

    def descr_delitem(self, space, w_index):
        self.check(space)
        raise space.type_error("cannot delete memory")

    def descr_iter(self, space):
        return W_BufferIterator(self.check(space))


def _bytes_hash(s):
    """hash() of bytes (and of read-only memoryviews, as CPython)."""
    h = compute_hash(s)
    if h == -1:
        h = -2
    return h


class W_BufferIterator(W_Root):
    """Iterates over a Buffer's bytes as ints (bytes, bytearray, memoryview;
    a bytearray's buffer follows its length as it changes)."""

    def __init__(self, buf):
        self.buf = buf
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        i = self.index
        if i >= self.buf.getlength():
            return None
        self.index = i + 1
        return space.newint(ord(self.buf.getitem(i)))


def _memoryview_new(space, w_type, args_w, kwnames):
    from objspace.functionobject import get_keyword
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if kwnames is not None:
        for name in kwnames:
            if name != 'object':
                raise space.type_error("unexpected keyword argument '%s'"
                                       % name)
    if npos > 1:
        raise space.type_error("memoryview() takes at most 1 argument")
    if npos == 1:
        w_obj = args_w[0]
    else:
        w_obj = get_keyword(args_w, kwnames, 'object')
        if w_obj is None:
            raise space.type_error("function missing 1 required positional "
                                   "arguments")
    return make_memoryview(space, w_obj)


def make_memoryview(space, w_obj):
    buf = get_buffer(space, w_obj)
    if buf is None:
        raise space.type_error("memoryview: a bytes-like object is required, "
                               "not '%s'" % space.type_name(w_obj))
    if isinstance(buf, SubBuffer):
        assert isinstance(w_obj, W_MemoryView)
        return W_MemoryView(w_obj.w_obj, SubBuffer(buf.base, buf.start,
                                                   buf.step, buf.length,
                                                   buf.readonly))
    return W_MemoryView(w_obj, SubBuffer(buf, 0, 1, buf.getlength()))


@unwrap_spec('tobytes', W_MemoryView)
def memoryview_tobytes(space, w_self):
    return space.newbytes(w_self.check(space).as_str())


@unwrap_spec('tolist', W_MemoryView)
def memoryview_tolist(space, w_self):
    view = w_self.check(space)
    return space.newlist([space.newint(ord(view.getitem(i)))
                          for i in range(view.length)])


@unwrap_spec('hex', W_MemoryView, opt('obj', None), opt('int', 1),
             keywords=True)
def memoryview_hex(space, w_self, w_sep, bytes_per_sep):
    from objspace.bytesobject import hex_of
    return hex_of(space, w_self.check(space).as_str(), w_sep, bytes_per_sep)


@unwrap_spec('toreadonly', W_MemoryView)
def memoryview_toreadonly(space, w_self):
    view = w_self.check(space)
    return W_MemoryView(w_self.w_obj, SubBuffer(view.base, view.start,
                                                view.step, view.length, True))


@unwrap_spec('release', W_MemoryView)
def memoryview_release(space, w_self):
    w_self.released = True
    return space.w_None


@unwrap_spec('__enter__', W_MemoryView)
def memoryview_enter(space, w_self):
    w_self.check(space)
    return w_self


@unwrap_spec('__exit__', W_MemoryView, 'args')
def memoryview_exit(space, w_self, args_w):
    w_self.released = True
    return space.w_None


W_MemoryView.typedef = TypeDef('memoryview', methods={
    'tobytes': memoryview_tobytes.w_builtin,
    'tolist': memoryview_tolist.w_builtin,
    'hex': memoryview_hex.w_builtin,
    'release': memoryview_release.w_builtin,
    'toreadonly': memoryview_toreadonly.w_builtin,
    '__enter__': memoryview_enter.w_builtin,
    '__exit__': memoryview_exit.w_builtin,
}, new=_memoryview_new)
W_BufferIterator.typedef = TypeDef('bytes_iterator')
