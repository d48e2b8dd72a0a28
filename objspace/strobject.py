"""str: Unicode text stored as UTF-8, W_StrObject.

The UTF-8 bytes plus a cached code-point length (-1 until first needed);
ASCII text (length == byte length) indexes in O(1).  Behaviour: CPython 3's
str; error messages: MicroPython's.
"""
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder, split as rsplit, replace as rreplace
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin
from objspace.gateway import unwrap_spec
from objspace import utf8


class W_StrObject(W_Root):
    _immutable_fields_ = ['utf8']

    def __init__(self, s, length=-1):
        self.utf8 = s
        self._length = length
        self._hash = -1

    def length(self):
        """Length in code points."""
        n = self._length
        if n < 0:
            n = utf8.codepoint_count(self.utf8)
            self._length = n
        return n

    def is_ascii(self):
        return self.length() == len(self.utf8)

    def is_true(self, space):
        return len(self.utf8) != 0

    def hash_w(self, space):
        h = self._hash
        if h == -1:
            h = compute_hash(self.utf8)
            if h == -1:
                h = -2
            self._hash = h
        return h

    def str_w(self, space):
        return self.utf8

    def repr_w(self, space):
        return str_repr(self.utf8)

    def len_w(self, space):
        return self.length()

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 == w_other.utf8)

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 != w_other.utf8)

    # UTF-8 byte order is code-point order, so byte comparison is right
    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 < w_other.utf8)

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 <= w_other.utf8)

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 > w_other.utf8)

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        return space.newbool(self.utf8 >= w_other.utf8)

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_StrObject):
            return None
        length = -1
        if self._length >= 0 and w_other._length >= 0:
            length = self._length + w_other._length
        return W_StrObject(self.utf8 + w_other.utf8, length)

    def descr_mul(self, space, w_other):
        from objspace.intobject import W_IntObject
        if not isinstance(w_other, W_IntObject):
            return None
        n = w_other.intval
        if n <= 0:
            return space.newtext('')
        return W_StrObject(self.utf8 * n)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_mod(self, space, w_other):
        from objspace.formatting import percent_format
        return space.newtext(percent_format(space, self.utf8, w_other))

    def descr_contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("'in <string>' requires string as left "
                                   "operand, not %s" % space.type_name(w_item))
        return self.utf8.find(w_item.utf8) >= 0

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return self._getslice(space, w_index)
        n = self.length()
        i = space.getindex(w_index, n, "string")
        s = self.utf8
        if n == len(s):
            return W_StrObject(s[i], 1)
        start = utf8.byte_index(s, i)
        end = utf8.next_codepoint_pos(s, start)
        assert start >= 0 and end >= 0
        return W_StrObject(s[start:end], 1)

    def _getslice(self, space, w_slice):
        n = self.length()
        start, stop, step, count = w_slice.indices(space, n)
        s = self.utf8
        if step == 1 and n == len(s):
            if stop <= start:
                return space.newtext('')
            assert start >= 0 and stop >= 0
            return W_StrObject(s[start:stop], count)
        if step == 1:
            if stop <= start:
                return space.newtext('')
            b0 = utf8.byte_index(s, start)
            assert b0 >= 0
            b1 = b0 + utf8.byte_index(s[b0:], stop - start)
            assert b1 >= 0
            return W_StrObject(s[b0:b1], count)
        builder = StringBuilder()
        i = start
        for k in range(count):
            if n == len(s):
                builder.append(s[i])
            else:
                b = utf8.byte_index(s, i)
                e = utf8.next_codepoint_pos(s, b)
                assert b >= 0 and e >= 0
                builder.append(s[b:e])
            i += step
        return W_StrObject(builder.build(), count)

    def descr_iter(self, space):
        return W_StrIterator(self)


class W_StrIterator(W_Root):

    def __init__(self, w_str):
        self.w_str = w_str
        self.pos = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        s = self.w_str.utf8
        pos = self.pos
        if pos >= len(s):
            return None
        end = utf8.next_codepoint_pos(s, pos)
        assert pos >= 0 and end >= 0
        self.pos = end
        return W_StrObject(s[pos:end], 1)


HEX_DIGITS = '0123456789abcdef'


def str_repr(s):
    """repr() of a str as CPython 3 writes it (quotes, escapes)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    builder = StringBuilder(len(s) + 2)
    builder.append(quote)
    for c in s:
        if c == quote or c == '\\':
            builder.append('\\')
            builder.append(c)
        elif c == '\n':
            builder.append('\\n')
        elif c == '\r':
            builder.append('\\r')
        elif c == '\t':
            builder.append('\\t')
        elif ord(c) < 0x20 or ord(c) == 0x7f:
            builder.append('\\x')
            builder.append(HEX_DIGITS[ord(c) >> 4])
            builder.append(HEX_DIGITS[ord(c) & 15])
        else:
            builder.append(c)
    builder.append(quote)
    return builder.build()


def _self(space, w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise space.type_error("descriptor requires a 'str' object")
    return w_obj


def _arg_str(space, w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise space.type_error("can't convert '%s' object to str implicitly"
                               % space.type_name(w_obj))
    return w_obj.utf8


def _change_case(w_str, upper):
    """upper()/lower() by code point (Unicode 8.0 simple case mapping)."""
    s = w_str.utf8
    if w_str.is_ascii():
        return W_StrObject(s.upper() if upper else s.lower(), len(s))
    builder = StringBuilder(len(s))
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        cp = unicodedb.toupper(cp) if upper else unicodedb.tolower(cp)
        builder.append(utf8.encode_codepoint(cp))
        pos = utf8.next_codepoint_pos(s, pos)
    return W_StrObject(builder.build(), w_str.length())


@builtin('upper', 1, 1)
def str_upper(space, args_w, kwnames):
    return _change_case(_self(space, args_w[0]), True)


@builtin('lower', 1, 1)
def str_lower(space, args_w, kwnames):
    return _change_case(_self(space, args_w[0]), False)


@builtin('join', 2, 2)
def str_join(space, args_w, kwnames):
    sep = _self(space, args_w[0]).utf8
    parts = []
    w_iter = space.iter(args_w[1])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("join expects a list of str/bytes objects "
                                   "consistent with self object")
        parts.append(w_item.utf8)
    return space.newtext(sep.join(parts))


def _is_ws(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' or c == '\x0c'


def _strip(space, args_w, left, right):
    s = _self(space, args_w[0]).utf8
    chars = None
    if len(args_w) > 1 and not space.is_none(args_w[1]):
        chars = _arg_str(space, args_w[1])
    start = 0
    end = len(s)
    if left:
        while start < end and (_is_ws(s[start]) if chars is None
                               else s[start] in chars):
            start += 1
    if right:
        while end > start and (_is_ws(s[end - 1]) if chars is None
                               else s[end - 1] in chars):
            end -= 1
    assert end >= 0
    return space.newtext(s[start:end])


@builtin('strip', 1, 2)
def str_strip(space, args_w, kwnames):
    return _strip(space, args_w, True, True)


@builtin('lstrip', 1, 2)
def str_lstrip(space, args_w, kwnames):
    return _strip(space, args_w, True, False)


@builtin('rstrip', 1, 2)
def str_rstrip(space, args_w, kwnames):
    return _strip(space, args_w, False, True)


@builtin('split', 1, 3)
def str_split(space, args_w, kwnames):
    s = _self(space, args_w[0]).utf8
    maxsplit = -1
    if len(args_w) > 2:
        maxsplit = space.int_w(args_w[2])
    if len(args_w) > 1 and not space.is_none(args_w[1]):
        sep = _arg_str(space, args_w[1])
        if not sep:
            raise space.value_error("empty separator")
        parts = rsplit(s, sep, maxsplit)
    else:
        parts = _split_whitespace(s, maxsplit)
    return space.newlist([space.newtext(p) for p in parts])


def _split_whitespace(s, maxsplit):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n and _is_ws(s[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            j = n
            while j > i and _is_ws(s[j - 1]):
                j -= 1
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            break
        j = i
        while j < n and not _is_ws(s[j]):
            j += 1
        assert i >= 0 and j >= 0
        parts.append(s[i:j])
        i = j
    return parts


@builtin('replace', 3, 4)
def str_replace(space, args_w, kwnames):
    s = _self(space, args_w[0]).utf8
    old = _arg_str(space, args_w[1])
    new = _arg_str(space, args_w[2])
    count = -1
    if len(args_w) > 3:
        count = space.int_w(args_w[3])
    return space.newtext(rreplace(s, old, new, count))


@unwrap_spec('startswith', W_StrObject, 'text')
def str_startswith(space, w_self, prefix):
    return space.newbool(w_self.utf8.startswith(prefix))


@unwrap_spec('endswith', W_StrObject, 'text')
def str_endswith(space, w_self, suffix):
    return space.newbool(w_self.utf8.endswith(suffix))


@unwrap_spec('find', W_StrObject, 'text')
def str_find(space, w_self, sub):
    s = w_self.utf8
    pos = s.find(sub)
    if pos > 0 and not w_self.is_ascii():
        pos = utf8.codepoint_count(s[:pos])
    return space.newint(pos)


@builtin('format', 1, -1, keywords=True)
def str_format(space, args_w, kwnames):
    from objspace.formatting import format_method
    return space.newtext(format_method(space, _self(space, args_w[0]).utf8,
                                       args_w, kwnames))


def _str_new(space, w_type, args_w, kwnames):
    if len(args_w) == 0:
        return space.newtext('')
    if len(args_w) > 1:
        raise space.type_error("str() takes at most 1 argument")
    return space.str(args_w[0])


from objspace.bytesobject import str_encode  # noqa: E402 (no cycle: it imports str lazily)
W_StrObject.typedef = TypeDef('str', methods={
    'encode': str_encode.w_builtin,
    'upper': str_upper.w_builtin,
    'lower': str_lower.w_builtin,
    'join': str_join.w_builtin,
    'strip': str_strip.w_builtin,
    'lstrip': str_lstrip.w_builtin,
    'rstrip': str_rstrip.w_builtin,
    'split': str_split.w_builtin,
    'replace': str_replace.w_builtin,
    'startswith': str_startswith.w_builtin,
    'endswith': str_endswith.w_builtin,
    'find': str_find.w_builtin,
    'format': str_format.w_builtin,
}, new=_str_new)
W_StrIterator.typedef = TypeDef('str_iterator')
