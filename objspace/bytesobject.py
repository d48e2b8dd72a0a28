"""bytes: an immutable sequence of bytes, W_BytesObject (an RPython str).

Also here, because bytes is where they meet: the methods bytes shares with
bytearray (written once over the raw bytes and registered on both types by
`make_methods`), the codecs (bytes.decode, str.encode: utf-8, ascii,
latin-1 with errors strict/ignore/replace/backslashreplace), and
int.to_bytes/int.from_bytes.  Behaviour: CPython 3's bytes; error messages:
MicroPython's where it has the feature, else CPython's.
"""
from rpython.rlib.rstring import StringBuilder, split as rsplit, \
    rsplit as rrsplit, replace as rreplace

from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec, opt
from objspace.memoryviewobject import (StringBuffer, W_BufferIterator,
                                       get_buffer, _bytes_hash)


class W_BytesObject(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value
        self._hash = 0

    def buffer_w(self, space):
        return StringBuffer(self.value)

    def is_true(self, space):
        return len(self.value) != 0

    def hash_w(self, space):
        h = self._hash
        if h == 0:
            h = _bytes_hash(self.value)
            self._hash = h
        return h

    def repr_w(self, space):
        return bytes_repr(self.value)

    def len_w(self, space):
        return len(self.value)

    def descr_eq(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value == other)

    def descr_ne(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value != other)

    def descr_lt(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value < other)

    def descr_le(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value <= other)

    def descr_gt(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value > other)

    def descr_ge(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.value >= other)

    def descr_add(self, space, w_other):
        buf = get_buffer(space, w_other)
        if buf is None:
            return None
        if space.heap_locked:
            raise space.heap_locked_error()
        return W_BytesObject(self.value + buf.as_str())

    def descr_mul(self, space, w_other):
        n = repeat_count(space, w_other)
        if n < 0:
            return None
        if space.heap_locked:
            raise space.heap_locked_error()
        return W_BytesObject(self.value * n)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_mod(self, space, w_other):
        return W_BytesObject(percent_format_bytes(space, self.value, w_other))

    def descr_contains(self, space, w_item):
        return bytes_contains(space, self.value, w_item)

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return W_BytesObject(slice_bytes(space, self.value, w_index))
        i = space.getindex(w_index, len(self.value), "bytes")
        return space.newint(ord(self.value[i]))

    def descr_iter(self, space):
        return W_BufferIterator(StringBuffer(self.value))


# ---------------------------------------------------------------- helpers

HEX_DIGITS = '0123456789abcdef'


def bytes_repr(s, always_escape_quote=False):
    """The b'...' text of repr(bytes) as CPython 3 writes it (bytearray's
    repr escapes ' even inside double quotes)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    builder = StringBuilder(len(s) + 3)
    builder.append('b')
    builder.append(quote)
    for c in s:
        if c == quote or c == '\\' or (c == "'" and always_escape_quote):
            builder.append('\\')
            builder.append(c)
        elif c == '\n':
            builder.append('\\n')
        elif c == '\r':
            builder.append('\\r')
        elif c == '\t':
            builder.append('\\t')
        elif ord(c) < 0x20 or ord(c) >= 0x7f:
            builder.append('\\x')
            builder.append(HEX_DIGITS[ord(c) >> 4])
            builder.append(HEX_DIGITS[ord(c) & 15])
        else:
            builder.append(c)
    builder.append(quote)
    return builder.build()


def _compare_arg(w_other):
    """The bytes of a bytes or bytearray operand of a comparison, or None
    (NotImplemented: memoryview answers == itself, and orders nothing)."""
    from objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_other, W_BytesObject):
        return w_other.value
    if isinstance(w_other, W_BytearrayObject):
        return w_other.as_str()
    return None


def repeat_count(space, w_count):
    """The repeat count of `bytes * n` (negative counts as 0), or -1 when
    w_count isn't an int (NotImplemented)."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if isinstance(w_count, W_IntObject):
        n = w_count.intval
        return n if n > 0 else 0
    if isinstance(w_count, W_LongObject):
        if w_count.num.sign < 0:
            return 0
        raise space.overflow_error("repeated bytes are too long")
    return -1


def slice_bytes(space, s, w_slice):
    start, stop, step, count = w_slice.indices(space, len(s))
    if step == 1:
        if count <= 0:
            return ''
        assert start >= 0 and stop >= 0
        return s[start:stop]
    builder = StringBuilder(count)
    i = start
    for k in range(count):
        builder.append(s[i])
        i += step
    return builder.build()


def bytes_w(space, w_obj):
    """The raw bytes of a bytes-like value (bytes, bytearray, memoryview);
    TypeError for anything else."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    buf = get_buffer(space, w_obj)
    if buf is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_obj))
    return buf.as_str()


def _arg_bytes(space, w_obj):
    """A bytes-like method argument's bytes (MicroPython's TypeError)."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    buf = get_buffer(space, w_obj)
    if buf is None:
        raise space.type_error("can't convert '%s' object to bytes "
                               "implicitly" % space.type_name(w_obj))
    return buf.as_str()


def byte_value(space, w_obj, message):
    """The int 0..255 of w_obj: ValueError(message) outside that range,
    TypeError for non-integers."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.floatobject import W_FloatObject
    from objspace.strobject import W_StrObject
    if isinstance(w_obj, W_IntObject):
        v = w_obj.intval
    elif isinstance(w_obj, W_LongObject):
        raise space.value_error(message)
    elif isinstance(w_obj, W_FloatObject) or isinstance(w_obj, W_StrObject):
        raise space.type_error("'%s' object cannot be interpreted as an "
                               "integer" % space.type_name(w_obj))
    else:
        v = space.int_w(w_obj)
    if v < 0 or v > 255:
        raise space.value_error(message)
    return v


def bytes_contains(space, s, w_item):
    """`w_item in s`: an int byte value or a bytes-like subsequence."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if isinstance(w_item, W_IntObject) or isinstance(w_item, W_LongObject):
        v = byte_value(space, w_item, "byte must be in range(0, 256)")
        return s.find(chr(v)) >= 0
    buf = get_buffer(space, w_item)
    if buf is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_item))
    return s.find(buf.as_str()) >= 0


def _self_bytes(space, w_self):
    """The raw bytes of a bytes or bytearray `self`."""
    from objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_self, W_BytesObject):
        return w_self.value
    if isinstance(w_self, W_BytearrayObject):
        return w_self.as_str()
    raise space.type_error("descriptor requires a 'bytes' object")


def _new_like(space, w_self, s):
    """A new value of self's type (bytes or bytearray) holding s."""
    from objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_self, W_BytearrayObject):
        return W_BytearrayObject.from_str(s)
    return W_BytesObject(s)


def _is_bytearray_type(space, w_type):
    from objspace.bytearrayobject import W_BytearrayObject
    return w_type is W_BytearrayObject.typedef.w_type


def _new_of_type(space, w_type, s):
    from objspace.bytearrayobject import W_BytearrayObject
    if _is_bytearray_type(space, w_type):
        return W_BytearrayObject.from_str(s)
    return W_BytesObject(s)


# ------------------------------------------------- methods shared with bytearray

_SHARED = []


def shared(name, *spec, **options):
    """Declare a method of both bytes and bytearray: like gateway's
    unwrap_spec, without the entry for self (which make_methods adds)."""
    def decorate(func):
        _SHARED.append((name, func, list(spec), options))
        return func
    return decorate


def make_methods(cls):
    """The {name: builtin} table of the shared methods for type cls."""
    methods = {}
    for name, func, spec, options in _SHARED:
        unwrap_spec(name, cls, *spec, **options)(func)
        methods[name] = func.w_builtin
    return methods


def _adjust(space, w_start, w_end, n):
    """start/end arguments of find, count, startswith... as CPython's
    ADJUST_INDICES: negative counts from the end; end clamped to n."""
    if w_start is None:
        start = 0
    else:
        start = space.int_w(w_start)
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if w_end is None:
        end = n
    else:
        end = space.int_w(w_end)
        if end > n:
            end = n
        elif end < 0:
            end += n
            if end < 0:
                end = 0
    return start, end


def _sub_arg(space, w_sub):
    """The needle of find/count/index: bytes-like or an int byte value."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if isinstance(w_sub, W_IntObject) or isinstance(w_sub, W_LongObject):
        return chr(byte_value(space, w_sub, "byte must be in range(0, 256)"))
    buf = get_buffer(space, w_sub)
    if buf is None:
        raise space.type_error("argument should be integer or bytes-like "
                               "object, not '%s'" % space.type_name(w_sub))
    return buf.as_str()


def _find(s, sub, start, end, reverse):
    n = len(s)
    if start > n or end - start < len(sub):
        return -1
    if not sub:
        return end if reverse else start
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def _find_common(space, w_self, w_sub, w_start, w_end, reverse):
    from objspace.bytearrayobject import W_BytearrayObject
    if isinstance(w_self, W_BytearrayObject):
        return _find_in_chars(space, w_self.data, w_sub, w_start, w_end,
                              reverse)
    s = _self_bytes(space, w_self)
    sub = _sub_arg(space, w_sub)
    start, end = _adjust(space, w_start, w_end, len(s))
    return _find(s, sub, start, end, reverse)


def _find_in_chars(space, data, w_sub, w_start, w_end, reverse):
    """find/rfind in a bytearray's list of chars, without copying it all:
    a one-byte needle is searched in place (O(distance to the match), so
    that `buf.find(b'\\n', pos)` loops stay linear), a longer one in a copy
    of data[start:end] only."""
    from objspace.memoryviewobject import chars_slice
    sub = _sub_arg(space, w_sub)
    n = len(data)
    start, end = _adjust(space, w_start, w_end, n)
    if start > n or end - start < len(sub):
        return -1
    if not sub:
        return end if reverse else start
    if len(sub) == 1:
        c = sub[0]
        if reverse:
            i = end - 1
            while i >= start:
                if data[i] == c:
                    return i
                i -= 1
        else:
            for i in range(start, end):
                if data[i] == c:
                    return i
        return -1
    window = chars_slice(data, start, end)
    if reverse:
        i = window.rfind(sub)
    else:
        i = window.find(sub)
    if i < 0:
        return -1
    return start + i


@shared('find', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_find(space, w_self, w_sub, w_start, w_end):
    return space.newint(_find_common(space, w_self, w_sub, w_start, w_end,
                                     False))


@shared('rfind', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_rfind(space, w_self, w_sub, w_start, w_end):
    return space.newint(_find_common(space, w_self, w_sub, w_start, w_end,
                                     True))


@shared('index', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_index(space, w_self, w_sub, w_start, w_end):
    i = _find_common(space, w_self, w_sub, w_start, w_end, False)
    if i < 0:
        raise space.value_error("substring not found")
    return space.newint(i)


@shared('rindex', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_rindex(space, w_self, w_sub, w_start, w_end):
    i = _find_common(space, w_self, w_sub, w_start, w_end, True)
    if i < 0:
        raise space.value_error("substring not found")
    return space.newint(i)


@shared('count', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_count(space, w_self, w_sub, w_start, w_end):
    from objspace.bytearrayobject import W_BytearrayObject
    from objspace.memoryviewobject import chars_slice
    if isinstance(w_self, W_BytearrayObject):
        # count in a copy of data[start:end] only
        data = w_self.data
        sub = _sub_arg(space, w_sub)
        start, end = _adjust(space, w_start, w_end, len(data))
        if start > len(data) or end < start:
            return space.newint(0)
        s = chars_slice(data, start, end)
        end -= start
        start = 0
    else:
        s = _self_bytes(space, w_self)
        sub = _sub_arg(space, w_sub)
        start, end = _adjust(space, w_start, w_end, len(s))
    if start > len(s) or end < start:
        return space.newint(0)
    if not sub:
        return space.newint(end - start + 1)
    count = 0
    i = start
    while True:
        i = s.find(sub, i, end)
        if i < 0:
            break
        count += 1
        i += len(sub)
    return space.newint(count)


def _match_at(s, affix, pos):
    for k in range(len(affix)):
        if s[pos + k] != affix[k]:
            return False
    return True


def _starts_ends(space, w_self, w_affix, w_start, w_end, name, at_end):
    from objspace.tupleobject import W_TupleObject
    s = _self_bytes(space, w_self)
    start, end = _adjust(space, w_start, w_end, len(s))
    if isinstance(w_affix, W_TupleObject):
        # CPython checks each item only when it gets to it
        for w_x in w_affix.items_w:
            buf = get_buffer(space, w_x)
            if buf is None:
                raise space.type_error("a bytes-like object is required, "
                                       "not '%s'" % space.type_name(w_x))
            if _has_affix(s, buf.as_str(), start, end, at_end):
                return space.w_True
        return space.w_False
    buf = get_buffer(space, w_affix)
    if buf is None:
        raise space.type_error("%s first arg must be bytes or a tuple of "
                               "bytes, not %s"
                               % (name, space.type_name(w_affix)))
    return space.newbool(_has_affix(s, buf.as_str(), start, end, at_end))


def _has_affix(s, affix, start, end, at_end):
    if start > len(s) or end - start < len(affix):
        return False
    if at_end:
        return _match_at(s, affix, end - len(affix))
    return _match_at(s, affix, start)


@shared('startswith', 'obj', opt('obj_or_none', None),
        opt('obj_or_none', None))
def bytes_startswith(space, w_self, w_prefix, w_start, w_end):
    return _starts_ends(space, w_self, w_prefix, w_start, w_end,
                        'startswith', False)


@shared('endswith', 'obj', opt('obj_or_none', None), opt('obj_or_none', None))
def bytes_endswith(space, w_self, w_suffix, w_start, w_end):
    return _starts_ends(space, w_self, w_suffix, w_start, w_end,
                        'endswith', True)


@shared('join', 'obj')
def bytes_join(space, w_self, w_iterable):
    sep = _self_bytes(space, w_self)
    items_w = space.unpackiterable(w_iterable)
    builder = StringBuilder()
    for i in range(len(items_w)):
        buf = get_buffer(space, items_w[i])
        if buf is None:
            raise space.type_error("sequence item %d: expected a bytes-like "
                                   "object, %s found"
                                   % (i, space.type_name(items_w[i])))
        if i > 0:
            builder.append(sep)
        builder.append(buf.as_str())
    return _new_like(space, w_self, builder.build())


def _is_space(c):
    return c == ' ' or ('\t' <= c <= '\r')


def _is_lower(c):
    return 'a' <= c <= 'z'


def _is_upper(c):
    return 'A' <= c <= 'Z'


def _is_alpha(c):
    return _is_lower(c) or _is_upper(c)


def _is_digit(c):
    return '0' <= c <= '9'


def _split_whitespace(s, maxsplit):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n and _is_space(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            assert i >= 0
            parts.append(s[i:])      # the rest, trailing whitespace kept
            break
        j = i
        while j < n and not _is_space(s[j]):
            j += 1
        assert i >= 0 and j >= 0
        parts.append(s[i:j])
        i = j
    return parts


def _rsplit_whitespace(s, maxsplit):
    parts = []
    j = len(s)
    while True:
        while j > 0 and _is_space(s[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            assert j >= 0
            parts.append(s[:j])      # the rest, leading whitespace kept
            break
        i = j
        while i > 0 and not _is_space(s[i - 1]):
            i -= 1
        assert i >= 0 and j >= 0
        parts.append(s[i:j])
        j = i
    parts.reverse()
    return parts


def _split(space, w_self, w_sep, maxsplit, reverse):
    s = _self_bytes(space, w_self)
    if w_sep is None:
        if reverse:
            parts = _rsplit_whitespace(s, maxsplit)
        else:
            parts = _split_whitespace(s, maxsplit)
    else:
        sep = _arg_bytes(space, w_sep)
        if not sep:
            raise space.value_error("empty separator")
        if reverse:
            parts = rrsplit(s, sep, maxsplit)
        else:
            parts = rsplit(s, sep, maxsplit)
    return space.newlist([_new_like(space, w_self, p) for p in parts])


@shared('split', opt('obj_or_none', None), opt('int', -1), keywords=True)
def bytes_split(space, w_self, w_sep, maxsplit):
    return _split(space, w_self, w_sep, maxsplit, False)


@shared('rsplit', opt('obj_or_none', None), opt('int', -1), keywords=True)
def bytes_rsplit(space, w_self, w_sep, maxsplit):
    return _split(space, w_self, w_sep, maxsplit, True)


def _strip(space, w_self, w_chars, left, right):
    s = _self_bytes(space, w_self)
    chars = None
    if w_chars is not None:
        chars = _arg_bytes(space, w_chars)
    start = 0
    end = len(s)
    if left:
        while start < end and (_is_space(s[start]) if chars is None
                               else s[start] in chars):
            start += 1
    if right:
        while end > start and (_is_space(s[end - 1]) if chars is None
                               else s[end - 1] in chars):
            end -= 1
    assert end >= 0
    return _new_like(space, w_self, s[start:end])


@shared('strip', opt('obj_or_none', None))
def bytes_strip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, True)


@shared('lstrip', opt('obj_or_none', None))
def bytes_lstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, False)


@shared('rstrip', opt('obj_or_none', None))
def bytes_rstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, False, True)


@shared('replace', 'obj', 'obj', opt('int', -1))
def bytes_replace(space, w_self, w_old, w_new, count):
    s = _self_bytes(space, w_self)
    old = _arg_bytes(space, w_old)
    new = _arg_bytes(space, w_new)
    if count == 0:
        return _new_like(space, w_self, s)
    return _new_like(space, w_self, rreplace(s, old, new, count))


def _partition(space, w_self, w_sep, reverse):
    s = _self_bytes(space, w_self)
    sep = _arg_bytes(space, w_sep)
    if not sep:
        raise space.value_error("empty separator")
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            parts = ['', '', s]
        else:
            parts = [s, '', '']
    else:
        j = i + len(sep)
        assert i >= 0 and j >= 0
        parts = [s[:i], sep, s[j:]]
    return space.newtuple([_new_like(space, w_self, p) for p in parts])


@shared('partition', 'obj')
def bytes_partition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, False)


@shared('rpartition', 'obj')
def bytes_rpartition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, True)


def _swap(c):
    if _is_lower(c):
        return chr(ord(c) - 32)
    if _is_upper(c):
        return chr(ord(c) + 32)
    return c


def _map_case(s, mode):
    """ASCII case mapping: mode 'l'ower, 'u'pper, 's'wapcase, 'c'apitalize,
    't'itle."""
    builder = StringBuilder(len(s))
    prev_cased = False
    for i in range(len(s)):
        c = s[i]
        if mode == 'l':
            up = False
        elif mode == 'u':
            up = True
        elif mode == 's':
            up = _is_lower(c)
        elif mode == 'c':
            up = i == 0
        else:
            up = not prev_cased
        prev_cased = _is_alpha(c)
        if up and _is_lower(c):
            c = chr(ord(c) - 32)
        elif not up and _is_upper(c):
            c = chr(ord(c) + 32)
        builder.append(c)
    return builder.build()


@shared('removeprefix', 'obj')
def bytes_removeprefix(space, w_self, w_prefix):
    s = _self_bytes(space, w_self)
    prefix = _arg_bytes(space, w_prefix)
    if prefix and len(prefix) <= len(s) and _match_at(s, prefix, 0):
        s = s[len(prefix):]
    return _new_like(space, w_self, s)


@shared('removesuffix', 'obj')
def bytes_removesuffix(space, w_self, w_suffix):
    s = _self_bytes(space, w_self)
    suffix = _arg_bytes(space, w_suffix)
    if suffix and len(suffix) <= len(s):
        stop = len(s) - len(suffix)
        assert stop >= 0
        if _match_at(s, suffix, stop):
            s = s[:stop]
    return _new_like(space, w_self, s)


@shared('translate', 'obj_or_none', opt('obj', None), keywords=True)
def bytes_translate(space, w_self, w_table, w_delete):
    """translate(table, delete=b''): table is None or 256 bytes."""
    s = _self_bytes(space, w_self)
    table = None
    if w_table is not None:
        table = _arg_bytes(space, w_table)
        if len(table) != 256:
            raise space.value_error("translation table must be 256 "
                                    "characters long")
    delete = ''
    if w_delete is not None:
        delete = _arg_bytes(space, w_delete)
    builder = StringBuilder(len(s))
    for c in s:
        if delete and c in delete:
            continue
        if table is not None:
            c = table[ord(c)]
        builder.append(c)
    return _new_like(space, w_self, builder.build())


@unwrap_spec('maketrans', 'obj', 'obj')
def bytes_maketrans(space, w_from, w_to):
    """bytes.maketrans(from, to), a static method: the 256-byte table."""
    frm = _arg_bytes(space, w_from)
    to = _arg_bytes(space, w_to)
    if len(frm) != len(to):
        raise space.value_error("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(frm)):
        table[ord(frm[i])] = to[i]
    return W_BytesObject(''.join(table))


@shared('lower')
def bytes_lower(space, w_self):
    return _new_like(space, w_self, _map_case(_self_bytes(space, w_self), 'l'))


@shared('upper')
def bytes_upper(space, w_self):
    return _new_like(space, w_self, _map_case(_self_bytes(space, w_self), 'u'))


@shared('swapcase')
def bytes_swapcase(space, w_self):
    return _new_like(space, w_self, _map_case(_self_bytes(space, w_self), 's'))


@shared('capitalize')
def bytes_capitalize(space, w_self):
    return _new_like(space, w_self, _map_case(_self_bytes(space, w_self), 'c'))


@shared('title')
def bytes_title(space, w_self):
    return _new_like(space, w_self, _map_case(_self_bytes(space, w_self), 't'))


def _all_of(s, kind):
    if not s:
        return False
    for c in s:
        if kind == 'a':
            ok = _is_alpha(c)
        elif kind == 'd':
            ok = _is_digit(c)
        elif kind == 'n':
            ok = _is_alpha(c) or _is_digit(c)
        else:
            ok = _is_space(c)
        if not ok:
            return False
    return True


@shared('isalpha')
def bytes_isalpha(space, w_self):
    return space.newbool(_all_of(_self_bytes(space, w_self), 'a'))


@shared('isdigit')
def bytes_isdigit(space, w_self):
    return space.newbool(_all_of(_self_bytes(space, w_self), 'd'))


@shared('isalnum')
def bytes_isalnum(space, w_self):
    return space.newbool(_all_of(_self_bytes(space, w_self), 'n'))


@shared('isspace')
def bytes_isspace(space, w_self):
    return space.newbool(_all_of(_self_bytes(space, w_self), 's'))


@shared('isascii')
def bytes_isascii(space, w_self):
    for c in _self_bytes(space, w_self):
        if ord(c) >= 0x80:
            return space.w_False
    return space.w_True


def _has_case(s, upper):
    """isupper/islower: some cased byte, and none of the other case."""
    cased = False
    for c in s:
        if _is_lower(c):
            if upper:
                return False
            cased = True
        elif _is_upper(c):
            if not upper:
                return False
            cased = True
    return cased


@shared('isupper')
def bytes_isupper(space, w_self):
    return space.newbool(_has_case(_self_bytes(space, w_self), True))


@shared('islower')
def bytes_islower(space, w_self):
    return space.newbool(_has_case(_self_bytes(space, w_self), False))


@shared('istitle')
def bytes_istitle(space, w_self):
    s = _self_bytes(space, w_self)
    cased = False
    prev_cased = False
    for c in s:
        if _is_upper(c):
            if prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        elif _is_lower(c):
            if not prev_cased:
                return space.w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return space.newbool(cased)


def _fill_char(space, w_fill, name):
    if w_fill is None:
        return ' '
    buf = get_buffer(space, w_fill)
    if buf is None or buf.getlength() != 1:
        what = space.type_name(w_fill)
        if buf is not None:
            what = "%s of length %d" % (what, buf.getlength())
        raise space.type_error("%s() argument 2 must be a byte string of "
                               "length 1, not %s" % (name, what))
    return buf.getitem(0)


def _pad(space, w_self, width, w_fill, name, align):
    s = _self_bytes(space, w_self)
    fill = _fill_char(space, w_fill, name)
    n = len(s)
    if width <= n:
        return _new_like(space, w_self, s)
    pad = width - n
    if align == '<':
        left = 0
    elif align == '>':
        left = pad
    else:
        # CPython's center: the odd byte goes left when both are odd
        left = pad // 2 + (pad & width & 1)
    return _new_like(space, w_self, fill * left + s + fill * (pad - left))


@shared('center', 'int', opt('obj', None))
def bytes_center(space, w_self, width, w_fill):
    return _pad(space, w_self, width, w_fill, 'center', '^')


@shared('ljust', 'int', opt('obj', None))
def bytes_ljust(space, w_self, width, w_fill):
    return _pad(space, w_self, width, w_fill, 'ljust', '<')


@shared('rjust', 'int', opt('obj', None))
def bytes_rjust(space, w_self, width, w_fill):
    return _pad(space, w_self, width, w_fill, 'rjust', '>')


@shared('zfill', 'int')
def bytes_zfill(space, w_self, width):
    s = _self_bytes(space, w_self)
    n = len(s)
    if width <= n:
        return _new_like(space, w_self, s)
    zeros = '0' * (width - n)
    if n > 0 and (s[0] == '+' or s[0] == '-'):
        return _new_like(space, w_self, s[0] + zeros + s[1:])
    return _new_like(space, w_self, zeros + s)


@shared('expandtabs', opt('int', 8), keywords=True)
def bytes_expandtabs(space, w_self, tabsize):
    s = _self_bytes(space, w_self)
    builder = StringBuilder(len(s))
    column = 0
    for c in s:
        if c == '\t':
            if tabsize > 0:
                k = tabsize - column % tabsize
                builder.append_multiple_char(' ', k)
                column += k
        else:
            builder.append(c)
            column += 1
            if c == '\n' or c == '\r':
                column = 0
    return _new_like(space, w_self, builder.build())


@shared('splitlines', opt('bool', False), keywords=True)
def bytes_splitlines(space, w_self, keepends):
    s = _self_bytes(space, w_self)
    parts_w = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and s[j] != '\n' and s[j] != '\r':
            j += 1
        eol = j
        if j < n:
            if s[j] == '\r' and j + 1 < n and s[j + 1] == '\n':
                j += 2
            else:
                j += 1
        end = j if keepends else eol
        assert i >= 0 and end >= 0
        parts_w.append(_new_like(space, w_self, s[i:end]))
        i = j
    return space.newlist(parts_w)


def hex_of(space, s, w_sep, bytes_per_sep):
    """bytes.hex(sep, bytes_per_sep): two hex digits a byte, `sep` (one
    ASCII character, str or bytes) between groups of bytes_per_sep bytes
    counted from the right (from the left when negative)."""
    from objspace.strobject import W_StrObject
    sep = ''
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject):
            sep = w_sep.utf8
        else:
            sep = _arg_bytes(space, w_sep)
        if len(sep) != 1:
            raise space.value_error("sep must be length 1.")
        if ord(sep[0]) >= 0x80:
            raise space.value_error("sep must be ASCII.")
    n = len(s)
    group = bytes_per_sep if bytes_per_sep >= 0 else -bytes_per_sep
    builder = StringBuilder(3 * n)
    for i in range(n):
        if sep and group > 0 and i > 0:
            if bytes_per_sep > 0:
                if (n - i) % group == 0:
                    builder.append(sep)
            elif i % group == 0:
                builder.append(sep)
        c = ord(s[i])
        builder.append(HEX_DIGITS[c >> 4])
        builder.append(HEX_DIGITS[c & 15])
    return space.newtext(builder.build())


@shared('hex', opt('obj', None), opt('int', 1), keywords=True)
def bytes_hex(space, w_self, w_sep, bytes_per_sep):
    return hex_of(space, _self_bytes(space, w_self), w_sep, bytes_per_sep)


def _hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def from_hex(space, s):
    """The bytes of bytes.fromhex(s): pairs of hex digits, with ASCII
    whitespace allowed between pairs."""
    builder = StringBuilder(len(s) // 2)
    i = 0
    n = len(s)
    while True:
        while i < n and _is_space(s[i]):
            i += 1
        if i >= n:
            break
        hi = _hex_value(s[i])
        if hi < 0:
            raise _fromhex_error(space, i)
        lo = _hex_value(s[i + 1]) if i + 1 < n else -1
        if lo < 0:
            raise _fromhex_error(space, i + 1)
        builder.append(chr(hi * 16 + lo))
        i += 2
    return builder.build()


def _fromhex_error(space, i):
    return space.value_error("non-hexadecimal number found in fromhex() "
                             "arg at position %d" % i)


@unwrap_spec('fromhex', 'obj', 'text')
def bytes_fromhex(space, w_type, s):
    return _new_of_type(space, w_type, from_hex(space, s))


@shared('decode', opt('text', 'utf-8'), opt('text', 'strict'),
        keywords=True)
def bytes_decode(space, w_self, encoding, errors):
    from objspace.strobject import W_StrObject
    return W_StrObject(decode(space, _self_bytes(space, w_self), encoding,
                              errors))


# ---------------------------------------------------------------- codecs

def normalize_encoding(space, encoding):
    """'utf-8', 'ascii' or 'latin-1' for a name CPython knows them by;
    LookupError otherwise."""
    builder = StringBuilder(len(encoding))
    for c in encoding:
        if c == '-' or c == ' ':
            builder.append('_')
        elif _is_upper(c):
            builder.append(chr(ord(c) + 32))
        else:
            builder.append(c)
    name = builder.build()
    if name in ('utf_8', 'utf8', 'u8', 'utf', 'cp65001'):
        return 'utf-8'
    if name in ('ascii', 'us_ascii', '646', 'us'):
        return 'ascii'
    if name in ('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1',
                'iso_8859_1', '8859', 'cp819', 'iso_ir_100'):
        return 'latin-1'
    raise space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def _unknown_handler(space, errors):
    return space.error(space.w_LookupError,
                       "unknown error handler name '%s'" % errors)


def _utf8_error_length(s, pos):
    """(length of the invalid sequence at s[pos], reason) for a byte string
    not valid UTF-8 at pos, as CPython's decoder delimits it."""
    n = len(s)
    c = ord(s[pos])
    if c < 0xC2 or c > 0xF4:
        return 1, 'invalid start byte'
    if c < 0xE0:
        need = 1
    elif c < 0xF0:
        need = 2
    else:
        need = 3
    for k in range(1, need + 1):
        if pos + k >= n:
            return n - pos, 'unexpected end of data'
        d = ord(s[pos + k])
        ok = 0x80 <= d <= 0xBF
        if k == 1:
            if c == 0xE0:
                ok = 0xA0 <= d <= 0xBF
            elif c == 0xED:
                ok = 0x80 <= d <= 0x9F
            elif c == 0xF0:
                ok = 0x90 <= d <= 0xBF
            elif c == 0xF4:
                ok = 0x80 <= d <= 0x8F
        if not ok:
            return k, 'invalid continuation byte'
    return 0, ''     # valid


def _decode_error(space, encoding, s, start, end, reason):
    if end - start == 1:
        msg = ("'%s' codec can't decode byte 0x%s in position %d: %s"
               % (encoding, _hex2(ord(s[start])), start, reason))
    else:
        msg = ("'%s' codec can't decode bytes in position %d-%d: %s"
               % (encoding, start, end - 1, reason))
    return space.error(space.w_UnicodeDecodeError, msg)


def _hex2(c):
    return HEX_DIGITS[(c >> 4) & 15] + HEX_DIGITS[c & 15]


def _handle_decode_error(space, builder, errors, s, start, end):
    """Append the replacement of the invalid bytes s[start:end]."""
    if errors == 'ignore':
        return
    if errors == 'replace':
        builder.append('\xef\xbf\xbd')      # U+FFFD
        return
    if errors == 'backslashreplace':
        for i in range(start, end):
            builder.append('\\x')
            builder.append(_hex2(ord(s[i])))
        return
    raise _unknown_handler(space, errors)


def decode(space, s, encoding, errors):
    """The UTF-8 (our str's form) of bytes s decoded from `encoding`."""
    from objspace import utf8
    enc = normalize_encoding(space, encoding)
    if enc == 'utf-8':
        if utf8.check_utf8(s) < 0:
            return s
        builder = StringBuilder(len(s))
        pos = 0
        n = len(s)
        while pos < n:
            c = ord(s[pos])
            if c < 0x80:
                builder.append(s[pos])
                pos += 1
                continue
            length, reason = _utf8_error_length(s, pos)
            if length == 0:
                end = pos + _seq_len(c)
                assert pos >= 0 and end >= 0
                builder.append(s[pos:end])
                pos = end
                continue
            if errors == 'strict':
                raise _decode_error(space, 'utf-8', s, pos, pos + length,
                                    reason)
            _handle_decode_error(space, builder, errors, s, pos, pos + length)
            pos += length
        return builder.build()
    builder = StringBuilder(len(s))
    for pos in range(len(s)):
        c = ord(s[pos])
        if c < 0x80:
            builder.append(s[pos])
        elif enc == 'latin-1':
            builder.append(utf8.encode_codepoint(c))
        elif errors == 'strict':
            raise _decode_error(space, 'ascii', s, pos, pos + 1,
                                'ordinal not in range(128)')
        else:
            _handle_decode_error(space, builder, errors, s, pos, pos + 1)
    return builder.build()


def _seq_len(c):
    """The length of the UTF-8 sequence whose lead byte is c (our own, not
    objspace/utf8.py's: its annotations must keep proving non-negative
    positions for str's slicing)."""
    if c < 0x80:
        return 1
    if c < 0xE0:
        return 2
    if c < 0xF0:
        return 3
    return 4


def _char_escape(cp):
    """The Python escape of code point cp: \\xhh, \\uhhhh or \\Uhhhhhhhh."""
    if cp <= 0xff:
        return '\\x' + _hex2(cp)
    if cp <= 0xffff:
        return '\\u' + _hex2(cp >> 8) + _hex2(cp)
    return ('\\U' + _hex2(cp >> 24) + _hex2(cp >> 16) + _hex2(cp >> 8)
            + _hex2(cp))


def encode(space, text, encoding, errors):
    """The bytes of str `text` (UTF-8) encoded to `encoding`."""
    from objspace import utf8
    enc = normalize_encoding(space, encoding)
    if enc == 'utf-8':
        limit = 0x110000
        reason = 'surrogates not allowed'
    elif enc == 'ascii':
        limit = 0x80
        reason = 'ordinal not in range(128)'
    else:
        limit = 0x100
        reason = 'ordinal not in range(256)'
    if utf8.is_ascii(text):
        return text
    builder = StringBuilder(len(text))
    pos = 0
    index = 0       # in code points
    n = len(text)
    while pos < n:
        cp = utf8.codepoint_at(text, pos)
        end = pos + _seq_len(ord(text[pos]))
        if cp < limit and not 0xD800 <= cp <= 0xDFFF:
            if enc == 'utf-8':
                assert pos >= 0 and end >= 0
                builder.append(text[pos:end])
            else:
                builder.append(chr(cp))
        elif errors == 'strict':
            # CPython reports the whole run of unencodable characters
            first = index
            first_cp = cp
            p = end
            last = index
            while p < n:
                cp2 = utf8.codepoint_at(text, p)
                if cp2 < limit and not 0xD800 <= cp2 <= 0xDFFF:
                    break
                last += 1
                p += _seq_len(ord(text[p]))
            if last == first:
                msg = ("'%s' codec can't encode character '%s' in position "
                       "%d: %s" % (enc, _char_escape(first_cp), first,
                                   reason))
            else:
                msg = ("'%s' codec can't encode characters in position "
                       "%d-%d: %s" % (enc, first, last, reason))
            raise space.error(space.w_UnicodeEncodeError, msg)
        elif errors == 'ignore':
            pass
        elif errors == 'replace':
            builder.append('?')
        elif errors == 'backslashreplace':
            builder.append(_char_escape(cp))
        elif errors == 'xmlcharrefreplace':
            builder.append('&#%d;' % cp)
        else:
            raise _unknown_handler(space, errors)
        pos = end
        index += 1
    return builder.build()


@unwrap_spec('encode', 'obj', opt('text', 'utf-8'), opt('text', 'strict'),
             keywords=True)
def str_encode(space, w_self, encoding, errors):
    """str.encode(encoding='utf-8', errors='strict')."""
    return W_BytesObject(encode(space, space.text_w(w_self), encoding,
                                errors))


# ---------------------------------------------------------------- % formatting

def percent_format_bytes(space, fmt, w_values):
    """bytes % values (PEP 461): %s/%b take bytes-like values (or objects
    with __bytes__), %r/%a give the ASCII repr, %c an int or one byte; the
    numeric conversions as for str."""
    from objspace.tupleobject import W_TupleObject
    from objspace.strobject import W_StrObject
    from objspace import formatting
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
    else:
        values_w = [w_values]
    builder = StringBuilder()
    k = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            builder.append(c)
            continue
        if i >= n:
            raise space.value_error("incomplete format")
        flags = ''
        while i < n and fmt[i] in '-+ #0':
            flags += fmt[i]
            i += 1
        width = 0
        if i < n and fmt[i] == '*':
            if k >= len(values_w):
                raise space.type_error("format string needs more arguments")
            width = space.int_w(values_w[k])
            k += 1
            i += 1
        while i < n and _is_digit(fmt[i]):
            width = width * 10 + (ord(fmt[i]) - 48)
            i += 1
        precision = -1
        if i < n and fmt[i] == '.':
            i += 1
            precision = 0
            if i < n and fmt[i] == '*':
                if k >= len(values_w):
                    raise space.type_error("format string needs more "
                                           "arguments")
                precision = space.int_w(values_w[k])
                k += 1
                i += 1
            while i < n and _is_digit(fmt[i]):
                precision = precision * 10 + (ord(fmt[i]) - 48)
                i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        conv = fmt[i]
        i += 1
        if conv == '%':
            builder.append('%')
            continue
        if k >= len(values_w):
            raise space.type_error("format string needs more arguments")
        w_value = values_w[k]
        k += 1
        sign = ''
        if '+' in flags:
            sign = '+'
        elif ' ' in flags:
            sign = ' '
        if conv == 's' or conv == 'b':
            s = _bytes_of_value(space, w_value)
            if precision >= 0:
                assert precision >= 0
                s = s[:precision]
        elif conv == 'r' or conv == 'a':
            s = encode(space, space.repr_w(w_value), 'ascii',
                       'backslashreplace')
            if precision >= 0:
                assert precision >= 0
                s = s[:precision]
        elif conv in ('d', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g',
                      'G'):
            # numbers: str's printf formatting without width (ASCII digits)
            spec = '%' + sign
            if '#' in flags:
                spec += '#'
            if precision >= 0:
                spec += '.' + str(precision)
            s = formatting.percent_format(space, spec + conv,
                                          space.newtuple([w_value]))
        elif conv == 'c':
            buf = get_buffer(space, w_value)
            if buf is not None:
                if buf.getlength() != 1:
                    raise space.type_error("%c requires an integer in range"
                                           "(256) or a single byte")
                s = buf.as_str()
            elif isinstance(w_value, W_StrObject):
                raise space.type_error("%c requires an integer in range(256)"
                                       " or a single byte")
            else:
                v = space.int_w(w_value)
                if v < 0 or v > 255:
                    raise space.overflow_error("%c arg not in range(256)")
                s = chr(v)
        else:
            raise space.value_error("unsupported format character '%s' "
                                    "(0x%x) at index %d"
                                    % (conv, ord(conv), i - 1))
        pad = width - len(s)
        if pad <= 0:
            builder.append(s)
        elif '-' in flags:
            builder.append(s)
            builder.append_multiple_char(' ', pad)
        elif '0' in flags and conv not in ('s', 'b', 'r', 'a', 'c'):
            if s and (s[0] == '-' or s[0] == '+' or s[0] == ' '):
                builder.append(s[0])
                builder.append_multiple_char('0', pad)
                builder.append(s[1:])
            else:
                builder.append_multiple_char('0', pad)
                builder.append(s)
        else:
            builder.append_multiple_char(' ', pad)
            builder.append(s)
    if k < len(values_w):
        raise space.type_error("not all arguments converted during bytes "
                               "formatting")
    return builder.build()


def _bytes_of_value(space, w_value):
    """%s/%b in bytes formatting: a bytes-like value or __bytes__."""
    buf = get_buffer(space, w_value)
    if buf is not None:
        return buf.as_str()
    w_res = _call_dunder_bytes(space, w_value)
    if w_res is not None:
        return w_res.value
    raise space.type_error("%%b requires a bytes-like object, or an object "
                           "that implements __bytes__, not '%s'"
                           % space.type_name(w_value))


def _call_dunder_bytes(space, w_obj):
    """w_obj.__bytes__() for user objects that define it (checked to be
    bytes), else None."""
    w_type = space.type(w_obj)
    if not w_type.is_user_type:
        return None
    w_descr = w_type.lookup('__bytes__')
    if w_descr is None:
        return None
    w_res = space.call_bound(w_descr, w_obj, [])
    if not isinstance(w_res, W_BytesObject):
        raise space.type_error("__bytes__ returned non-bytes (type %s)"
                               % space.type_name(w_res))
    return w_res


# ---------------------------------------------------------------- constructors

def bytes_from_object(space, w_source, what):
    """The bytes of bytes(w_source)/bytearray(w_source) with one argument:
    a count of zero bytes, a buffer's bytes or an iterable of ints.
    (str without an encoding is a TypeError.)"""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.strobject import W_StrObject
    from objspace.floatobject import W_FloatObject
    if isinstance(w_source, W_IntObject):
        n = w_source.intval
        if n < 0:
            raise space.value_error("negative count")
        return '\x00' * n
    if isinstance(w_source, W_LongObject):
        if w_source.num.sign < 0:
            raise space.value_error("negative count")
        raise space.overflow_error("cannot fit 'int' into an index-sized "
                                   "integer")
    if isinstance(w_source, W_StrObject):
        raise space.type_error("string argument without an encoding")
    buf = get_buffer(space, w_source)
    if buf is not None:
        return buf.as_str()
    if isinstance(w_source, W_FloatObject):
        raise space.type_error("cannot convert '%s' object to %s"
                               % (space.type_name(w_source), what))
    w_type = space.type(w_source)
    if w_type.is_user_type and w_type.lookup('__index__') is not None:
        n = space.int_w(w_source)
        if n < 0:
            raise space.value_error("negative count")
        return '\x00' * n
    builder = StringBuilder()
    w_iter = space.iter(w_source)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        builder.append(chr(byte_value(space, w_item,
                                      "bytes must be in range(0, 256)")))
    return builder.build()


def bytes_args(space, args_w, kwnames, what):
    """The bytes of bytes(...)/bytearray(...) called with args_w, kwnames:
    (source, encoding, errors), any of them by name."""
    from objspace.functionobject import get_keyword
    from objspace.strobject import W_StrObject
    nkw = len(kwnames) if kwnames is not None else 0
    npos = len(args_w) - nkw
    if npos > 3:
        raise space.type_error("%s() takes at most 3 arguments" % what)
    names = ['source', 'encoding', 'errors']
    if kwnames is not None:
        for name in kwnames:
            if name not in names:
                raise space.type_error("unexpected keyword argument '%s'"
                                       % name)
    slots_w = [None, None, None]
    for i in range(npos):
        slots_w[i] = args_w[i]
    for i in range(3):
        w_kw = get_keyword(args_w, kwnames, names[i])
        if w_kw is not None:
            if slots_w[i] is not None:
                raise space.type_error("function got multiple values for "
                                       "argument '%s'" % names[i])
            slots_w[i] = w_kw
    w_source = slots_w[0]
    w_encoding = slots_w[1]
    w_errors = slots_w[2]
    if w_encoding is not None or w_errors is not None:
        if w_source is None or not isinstance(w_source, W_StrObject):
            if w_encoding is not None:
                raise space.type_error("encoding without a string argument")
            raise space.type_error("errors without a string argument")
        encoding = 'utf-8'
        if w_encoding is not None:
            encoding = space.text_w(w_encoding)
        errors = 'strict'
        if w_errors is not None:
            errors = space.text_w(w_errors)
        return encode(space, w_source.utf8, encoding, errors)
    if w_source is None:
        return ''
    if what == 'bytes':
        w_res = _call_dunder_bytes(space, w_source)
        if w_res is not None:
            return w_res.value
    return bytes_from_object(space, w_source, what)


def _bytes_new(space, w_type, args_w, kwnames):
    if len(args_w) == 1 and kwnames is None:
        w_source = args_w[0]
        if isinstance(w_source, W_BytesObject):
            return w_source
    return W_BytesObject(bytes_args(space, args_w, kwnames, 'bytes'))


# ---------------------------------------------------------------- int <-> bytes

def _byteorder(space, byteorder):
    if byteorder != 'big' and byteorder != 'little':
        raise space.value_error("byteorder must be either 'little' or 'big'")
    return byteorder


@unwrap_spec('to_bytes', 'obj', opt('int', 1), opt('text', 'big'),
             opt('bool', False), keywords=True)
def int_to_bytes(space, w_self, length, byteorder, signed):
    """int.to_bytes(length=1, byteorder='big', *, signed=False)."""
    from objspace.intobject import _as_bigint
    num = _as_bigint(space, w_self)
    if num is None:
        raise space.type_error("descriptor 'to_bytes' requires an 'int' "
                               "object but received '%s'"
                               % space.type_name(w_self))
    if length < 0:
        raise space.value_error("length argument must be non-negative")
    byteorder = _byteorder(space, byteorder)
    if not signed and num.sign < 0:
        raise space.overflow_error("can't convert negative int to unsigned")
    try:
        return W_BytesObject(num.tobytes(length, byteorder, signed))
    except OverflowError:
        raise space.overflow_error("int too big to convert")


@unwrap_spec('from_bytes', 'obj', 'obj', opt('text', 'big'),
             opt('bool', False), keywords=True)
def int_from_bytes(space, w_type, w_bytes, byteorder, signed):
    """int.from_bytes(bytes, byteorder='big', *, signed=False), a class
    method: `bytes` is bytes-like or an iterable of ints."""
    from rpython.rlib.rbigint import rbigint
    from objspace.strobject import W_StrObject
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    byteorder = _byteorder(space, byteorder)
    if (isinstance(w_bytes, W_StrObject) or isinstance(w_bytes, W_IntObject)
            or isinstance(w_bytes, W_LongObject)):
        raise space.type_error("cannot convert '%s' object to bytes"
                               % space.type_name(w_bytes))
    s = bytes_from_object(space, w_bytes, 'bytes')
    w_result = space.newlong(rbigint.frombytes(s, byteorder, signed))
    if w_type is not space.w_int:
        return space.call(w_type, [w_result], None)
    return w_result


def int_methods():
    """int's to_bytes and from_bytes (a class method), for its type table."""
    from objspace.descriptors import W_ClassMethod
    return {'to_bytes': int_to_bytes.w_builtin,
            'from_bytes': W_ClassMethod(int_from_bytes.w_builtin)}


def _make_bytes_typedef():
    from objspace.descriptors import W_ClassMethod, W_StaticMethod
    methods = make_methods(W_BytesObject)
    methods['fromhex'] = W_ClassMethod(bytes_fromhex.w_builtin)
    methods['maketrans'] = W_StaticMethod(bytes_maketrans.w_builtin)
    return TypeDef('bytes', methods=methods, new=_bytes_new)


W_BytesObject.typedef = _make_bytes_typedef()
