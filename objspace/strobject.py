"""str: Unicode text stored as UTF-8, W_StrObject.

The UTF-8 bytes plus a cached code-point length (-1 until first needed);
ASCII text (length == byte length) indexes in O(1); long non-ASCII text
keeps a lazily built index of the byte offset of every 64th code point
(utf8.build_index), so indexing it costs O(64).  Positions seen by programs
(indices, find results, start/end arguments) are code points.  Searching
works on the bytes: UTF-8 is self-synchronising, so a match of valid UTF-8
always starts on a code-point boundary.

Behaviour: CPython 3's str (Unicode 8.0 character data of rlib's
unicodedb, in objspace/unicodedb.py's compact tables); error messages:
MicroPython's where it has them.
"""
import sys

from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib import rstring
from rpython.rlib.rstring import StringBuilder
from objspace import unicodedb

from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin
from objspace.gateway import unwrap_spec, opt
from objspace import utf8

MAXINT = sys.maxint

# strings shorter than this (in code points) are scanned, not indexed
INDEX_THRESHOLD = 32


class W_StrObject(W_Root):
    _immutable_fields_ = ['utf8']

    def __init__(self, s, length=-1):
        self.utf8 = s
        self._length = length
        self._hash = -1
        self._index = None

    def length(self):
        """Length in code points."""
        n = self._length
        if n < 0:
            n = utf8.codepoint_count(self.utf8)
            self._length = n
        return n

    def is_ascii(self):
        return self.length() == len(self.utf8)

    def byte_pos(self, i):
        """Byte offset of code point i (0 <= i <= length)."""
        n = self.length()
        s = self.utf8
        if n == len(s):
            return i
        if i >= n:
            return len(s)
        if n < INDEX_THRESHOLD:
            return utf8.advance(s, 0, i)
        index = self._index
        if index is None:
            index = utf8.build_index(s)
            self._index = index
        return utf8.byte_index_with(s, index, i)

    def cp_pos(self, b):
        """Code-point number of byte offset b (a code-point boundary)."""
        n = self.length()
        s = self.utf8
        if n == len(s):
            return b
        if n < INDEX_THRESHOLD:
            return utf8.codepoint_count_range(s, 0, b)
        index = self._index
        if index is None:
            index = utf8.build_index(s)
            self._index = index
        return utf8.codepoint_index_with(s, index, b)

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
        if space.heap_locked:
            raise space.heap_locked_error()
        length = -1
        if self._length >= 0 and w_other._length >= 0:
            length = self._length + w_other._length
        return W_StrObject(self.utf8 + w_other.utf8, length)

    def descr_mul(self, space, w_other):
        from objspace.intobject import W_IntObject
        from objspace.longobject import W_LongObject
        if isinstance(w_other, W_LongObject):
            raise space.overflow_error("cannot fit 'int' into an index-sized "
                                       "integer")
        if not isinstance(w_other, W_IntObject):
            return None
        n = w_other.intval
        if n <= 0 or not self.utf8:
            return space.newtext('')
        if n == 1:
            return self
        try:
            ovfcheck(len(self.utf8) * n)
        except OverflowError:
            raise space.overflow_error("repeated string is too long")
        if space.heap_locked:
            raise space.heap_locked_error()
        length = -1
        if self._length >= 0:
            length = self._length * n
        return W_StrObject(self.utf8 * n, length)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_mod(self, space, w_other):
        from objspace.formatting import percent_format
        return space.newtext(percent_format(space, self.utf8, w_other))

    def descr_contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("can't convert '%s' object to str "
                                   "implicitly" % space.type_name(w_item))
        return self.utf8.find(w_item.utf8) >= 0

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return self._getslice(space, w_index)
        n = self.length()
        i = space.getindex(w_index, n, "string")
        s = self.utf8
        if n == len(s):
            return ASCII_CHARS[ord(s[i])]
        start = self.byte_pos(i)
        end = utf8.next_codepoint_pos(s, start)
        assert start >= 0 and end >= 0
        return W_StrObject(s[start:end], 1)

    def _getslice(self, space, w_slice):
        n = self.length()
        start, stop, step, count = w_slice.indices(space, n)
        s = self.utf8
        if count <= 0:
            return space.newtext('')
        if step == 1:
            b0 = self.byte_pos(start)
            b1 = self.byte_pos(stop)
            assert b0 >= 0 and b1 >= 0
            return W_StrObject(s[b0:b1], count)
        builder = StringBuilder(count)
        if n == len(s):
            i = start
            for k in range(count):
                builder.append(s[i])
                i += step
            return W_StrObject(builder.build(), count)
        # walk the code points: O(length of the walked range)
        b = self.byte_pos(start)
        for k in range(count):
            e = utf8.next_codepoint_pos(s, b)
            assert b >= 0 and e >= 0
            builder.append_slice(s, b, e)
            if k == count - 1:
                break
            if step > 0:
                b = utf8.advance(s, b, step)
            else:
                for j in range(-step):
                    b = utf8.prev_codepoint_pos(s, b)
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
        c = s[pos]
        if ord(c) < 0x80:
            self.pos = pos + 1
            return ASCII_CHARS[ord(c)]
        end = utf8.next_codepoint_pos(s, pos)
        assert pos >= 0 and end >= 0
        self.pos = end
        return W_StrObject(s[pos:end], 1)


# the one-character ASCII strs, shared by indexing and iteration
ASCII_CHARS = [W_StrObject(chr(_i), 1) for _i in range(128)]


# ---------------------------------------------------------------- repr

HEX_DIGITS = '0123456789abcdef'


def _append_hex(builder, cp, ndigits):
    shift = (ndigits - 1) * 4
    while shift >= 0:
        builder.append(HEX_DIGITS[(cp >> shift) & 15])
        shift -= 4


def _repr(s, only_ascii):
    """repr() (or ascii() when only_ascii) of a str as CPython 3 writes it:
    single quotes unless the text has ' and no ", escapes for \\\\ \\t \\n
    \\r, other control characters as \\xhh, non-printable (or, for ascii(),
    all) non-ASCII code points as \\xhh, \\uhhhh or \\Uhhhhhhhh."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    builder = StringBuilder(len(s) + 2)
    builder.append(quote)
    pos = 0
    n = len(s)
    while pos < n:
        c = s[pos]
        if ord(c) < 0x80:
            pos += 1
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
                _append_hex(builder, ord(c), 2)
            else:
                builder.append(c)
            continue
        end = utf8.next_codepoint_pos(s, pos)
        cp = utf8.codepoint_at(s, pos)
        if not only_ascii and unicodedb.isprintable(cp):
            assert end >= 0
            builder.append_slice(s, pos, end)
        elif cp < 0x100:
            builder.append('\\x')
            _append_hex(builder, cp, 2)
        elif cp < 0x10000:
            builder.append('\\u')
            _append_hex(builder, cp, 4)
        else:
            builder.append('\\U')
            _append_hex(builder, cp, 8)
        pos = end
    builder.append(quote)
    return builder.build()


def str_repr(s):
    """repr() of a str (UTF-8 s) as CPython 3 writes it."""
    return _repr(s, False)


def ascii_repr(s):
    """The text of repr() of a str with every non-ASCII code point escaped,
    as ascii() writes it."""
    return _repr(s, True)


def ascii_of(space, w_obj):
    """ascii(w_obj): repr(w_obj) with non-ASCII escaped (\\x, \\u, \\U)."""
    s = space.repr_w(w_obj)
    if utf8.is_ascii(s):
        return s
    builder = StringBuilder(len(s))
    pos = 0
    while pos < len(s):
        end = utf8.next_codepoint_pos(s, pos)
        cp = utf8.codepoint_at(s, pos)
        if cp < 0x80:
            builder.append(s[pos])
        elif cp < 0x100:
            builder.append('\\x')
            _append_hex(builder, cp, 2)
        elif cp < 0x10000:
            builder.append('\\u')
            _append_hex(builder, cp, 4)
        else:
            builder.append('\\U')
            _append_hex(builder, cp, 8)
        pos = end
    return builder.build()


# ---------------------------------------------------------------- helpers

def _arg_str(space, w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise space.type_error("can't convert '%s' object to str implicitly"
                               % space.type_name(w_obj))
    return w_obj


def _index_arg(space, w_obj, default):
    """A start/end argument: None gives default; huge ints are clamped (as
    CPython's slice indices)."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if space.is_none(w_obj):
        return default
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        if w_obj.num.sign < 0:
            return -MAXINT
        return MAXINT
    return space.int_w(w_obj)


def _adjust(space, w_self, w_start, w_end):
    """(start, end) in code points for the optional start/end arguments,
    clamped as CPython's ADJUST_INDICES (start may exceed the length)."""
    n = w_self.length()
    start = _index_arg(space, w_start, 0)
    end = _index_arg(space, w_end, n)
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return start, end


def _newtext_like(w_self, s):
    """A str from s, a transformation of w_self's text; ASCII text stays
    known as ASCII."""
    if len(s) == len(w_self.utf8) and w_self.is_ascii():
        return W_StrObject(s, len(s))
    return W_StrObject(s)


def _is_ascii_space(c):
    # CPython's whitespace includes the information separators \x1c-\x1f
    return c == ' ' or ('\t' <= c <= '\r') or ('\x1c' <= c <= '\x1f')


def _space_len(s, pos):
    """Byte length of the whitespace code point at pos, or 0."""
    c = s[pos]
    if ord(c) < 0x80:
        return 1 if _is_ascii_space(c) else 0
    if unicodedb.isspace(utf8.codepoint_at(s, pos)):
        return utf8.next_codepoint_pos(s, pos) - pos
    return 0


def _space_before(s, end):
    """Byte length of the whitespace code point ending at end, or 0."""
    start = utf8.prev_codepoint_pos(s, end)
    if _space_len(s, start):
        return end - start
    return 0


def _linebreak_len(s, pos):
    """Byte length of the line break at pos (\\r\\n counts as one), or 0."""
    c = s[pos]
    if ord(c) < 0x80:
        if c == '\r':
            if pos + 1 < len(s) and s[pos + 1] == '\n':
                return 2
            return 1
        if c == '\n' or c == '\x0b' or c == '\x0c' or ('\x1c' <= c <= '\x1e'):
            return 1
        return 0
    cp = utf8.codepoint_at(s, pos)
    if cp == 0x85 or cp == 0x2028 or cp == 0x2029:
        return utf8.next_codepoint_pos(s, pos) - pos
    return 0


def _decode(s):
    """The code points of the UTF-8 string s."""
    cps = []
    pos = 0
    while pos < len(s):
        cps.append(utf8.codepoint_at(s, pos))
        pos = utf8.next_codepoint_pos(s, pos)
    return cps


def _append_cps(builder, cps):
    for cp in cps:
        builder.append(utf8.encode_codepoint(cp))


# ---------------------------------------------------------------- searching

def _find(space, w_self, sub, w_start, w_end, reverse):
    """Code-point index of the first (last) sub in w_self[start:end], -1."""
    start, end = _adjust(space, w_self, w_start, w_end)
    if start > w_self.length() or end < start:
        return -1
    bs = w_self.byte_pos(start)
    be = w_self.byte_pos(end)
    assert bs >= 0 and be >= 0
    if reverse:
        pos = rstring.rfind(w_self.utf8, sub, bs, be)
    else:
        pos = rstring.find(w_self.utf8, sub, bs, be)
    if pos < 0:
        return -1
    return w_self.cp_pos(pos)


@unwrap_spec('find', W_StrObject, 'text', opt('obj', None), opt('obj', None))
def str_find(space, w_self, sub, w_start, w_end):
    return space.newint(_find(space, w_self, sub, w_start, w_end, False))


@unwrap_spec('rfind', W_StrObject, 'text', opt('obj', None), opt('obj', None))
def str_rfind(space, w_self, sub, w_start, w_end):
    return space.newint(_find(space, w_self, sub, w_start, w_end, True))


@unwrap_spec('index', W_StrObject, 'text', opt('obj', None), opt('obj', None))
def str_index(space, w_self, sub, w_start, w_end):
    pos = _find(space, w_self, sub, w_start, w_end, False)
    if pos < 0:
        raise space.value_error("substring not found")
    return space.newint(pos)


@unwrap_spec('rindex', W_StrObject, 'text', opt('obj', None), opt('obj', None))
def str_rindex(space, w_self, sub, w_start, w_end):
    pos = _find(space, w_self, sub, w_start, w_end, True)
    if pos < 0:
        raise space.value_error("substring not found")
    return space.newint(pos)


@unwrap_spec('count', W_StrObject, 'text', opt('obj', None), opt('obj', None))
def str_count(space, w_self, sub, w_start, w_end):
    start, end = _adjust(space, w_self, w_start, w_end)
    if start > w_self.length() or end < start:
        return space.newint(0)
    if not sub:
        return space.newint(end - start + 1)
    bs = w_self.byte_pos(start)
    be = w_self.byte_pos(end)
    assert bs >= 0 and be >= 0
    return space.newint(rstring.count(w_self.utf8, sub, bs, be))


def _tailmatch(space, w_self, w_fix, w_start, w_end, at_end):
    start, end = _adjust(space, w_self, w_start, w_end)
    if start > w_self.length() or end < start:
        return False
    fix = w_fix.utf8
    bs = w_self.byte_pos(start)
    be = w_self.byte_pos(end)
    if be - bs < len(fix):
        return False
    s = w_self.utf8
    if at_end:
        bs = be - len(fix)
    for k in range(len(fix)):
        if s[bs + k] != fix[k]:
            return False
    return True


def _startsendswith(space, w_self, w_fix, w_start, w_end, at_end, name):
    from objspace.tupleobject import W_TupleObject
    if isinstance(w_fix, W_TupleObject):
        for w_item in w_fix.items_w:
            if not isinstance(w_item, W_StrObject):
                raise space.type_error(
                    "tuple for %s must only contain str, not %s"
                    % (name, space.type_name(w_item)))
            if _tailmatch(space, w_self, w_item, w_start, w_end, at_end):
                return space.w_True
        return space.w_False
    if not isinstance(w_fix, W_StrObject):
        raise space.type_error("can't convert '%s' object to str implicitly"
                               % space.type_name(w_fix))
    return space.newbool(_tailmatch(space, w_self, w_fix, w_start, w_end,
                                    at_end))


@unwrap_spec('startswith', W_StrObject, 'obj', opt('obj', None),
             opt('obj', None))
def str_startswith(space, w_self, w_prefix, w_start, w_end):
    return _startsendswith(space, w_self, w_prefix, w_start, w_end, False,
                           'startswith')


@unwrap_spec('endswith', W_StrObject, 'obj', opt('obj', None),
             opt('obj', None))
def str_endswith(space, w_self, w_suffix, w_start, w_end):
    return _startsendswith(space, w_self, w_suffix, w_start, w_end, True,
                           'endswith')


@unwrap_spec('removeprefix', W_StrObject, W_StrObject)
def str_removeprefix(space, w_self, w_prefix):
    s = w_self.utf8
    p = w_prefix.utf8
    if p and s.startswith(p):
        return W_StrObject(s[len(p):])
    return w_self


@unwrap_spec('removesuffix', W_StrObject, W_StrObject)
def str_removesuffix(space, w_self, w_suffix):
    s = w_self.utf8
    p = w_suffix.utf8
    if p and s.endswith(p):
        end = len(s) - len(p)
        assert end >= 0
        return W_StrObject(s[:end])
    return w_self


# ---------------------------------------------------------------- case

def _final_sigma(cps, i):
    """Capital sigma at i lowers to final sigma: preceded by a cased letter
    and not followed by one (case-ignorable code points skipped)."""
    j = i - 1
    while j >= 0 and unicodedb.iscaseignorable(cps[j]):
        j -= 1
    if j < 0 or not unicodedb.iscased(cps[j]):
        return False
    j = i + 1
    while j < len(cps) and unicodedb.iscaseignorable(cps[j]):
        j += 1
    return j == len(cps) or not unicodedb.iscased(cps[j])


def _lower_at(builder, cps, i):
    cp = cps[i]
    if cp == 0x3A3:
        builder.append(utf8.encode_codepoint(0x3C2 if _final_sigma(cps, i)
                                             else 0x3C3))
    else:
        _append_cps(builder, unicodedb.tolower_full(cp))


@unwrap_spec('lower', W_StrObject)
def str_lower(space, w_self):
    s = w_self.utf8
    if w_self.is_ascii():
        return W_StrObject(s.lower(), len(s))
    cps = _decode(s)
    builder = StringBuilder(len(s))
    for i in range(len(cps)):
        _lower_at(builder, cps, i)
    return W_StrObject(builder.build())


@unwrap_spec('upper', W_StrObject)
def str_upper(space, w_self):
    s = w_self.utf8
    if w_self.is_ascii():
        return W_StrObject(s.upper(), len(s))
    builder = StringBuilder(len(s))
    for cp in _decode(s):
        _append_cps(builder, unicodedb.toupper_full(cp))
    return W_StrObject(builder.build())


@unwrap_spec('casefold', W_StrObject)
def str_casefold(space, w_self):
    s = w_self.utf8
    if w_self.is_ascii():
        return W_StrObject(s.lower(), len(s))
    builder = StringBuilder(len(s))
    for cp in _decode(s):
        folded = unicodedb.casefold_lookup(cp)
        if folded is None:
            folded = unicodedb.tolower_full(cp)
        _append_cps(builder, folded)
    return W_StrObject(builder.build())


@unwrap_spec('swapcase', W_StrObject)
def str_swapcase(space, w_self):
    s = w_self.utf8
    cps = _decode(s)
    builder = StringBuilder(len(s))
    for i in range(len(cps)):
        cp = cps[i]
        if unicodedb.isupper(cp):
            _lower_at(builder, cps, i)
        elif unicodedb.islower(cp):
            _append_cps(builder, unicodedb.toupper_full(cp))
        else:
            builder.append(utf8.encode_codepoint(cp))
    return _newtext_like(w_self, builder.build())


@unwrap_spec('capitalize', W_StrObject)
def str_capitalize(space, w_self):
    s = w_self.utf8
    cps = _decode(s)
    builder = StringBuilder(len(s))
    for i in range(len(cps)):
        if i == 0:
            _append_cps(builder, unicodedb.totitle_full(cps[0]))
        else:
            _lower_at(builder, cps, i)
    return _newtext_like(w_self, builder.build())


@unwrap_spec('title', W_StrObject)
def str_title(space, w_self):
    s = w_self.utf8
    cps = _decode(s)
    builder = StringBuilder(len(s))
    previous_is_cased = False
    for i in range(len(cps)):
        cp = cps[i]
        if previous_is_cased:
            _lower_at(builder, cps, i)
        else:
            _append_cps(builder, unicodedb.totitle_full(cp))
        previous_is_cased = unicodedb.iscased(cp)
    return _newtext_like(w_self, builder.build())


# ---------------------------------------------------------------- predicates

def _make_predicate(name, test):
    def pred(space, w_self):
        s = w_self.utf8
        if not s:
            return space.w_False
        pos = 0
        while pos < len(s):
            if not test(utf8.codepoint_at(s, pos)):
                return space.w_False
            pos = utf8.next_codepoint_pos(s, pos)
        return space.w_True
    pred.func_name = 'str_' + name
    return unwrap_spec(name, W_StrObject)(pred)


def _isalnum(cp):
    return (unicodedb.isalpha(cp) or unicodedb.isdecimal(cp)
            or unicodedb.isdigit(cp) or unicodedb.isnumeric(cp))


str_isalpha = _make_predicate('isalpha', unicodedb.isalpha)
str_isdigit = _make_predicate('isdigit', unicodedb.isdigit)
str_isdecimal = _make_predicate('isdecimal', unicodedb.isdecimal)
str_isnumeric = _make_predicate('isnumeric', unicodedb.isnumeric)
str_isspace = _make_predicate('isspace', unicodedb.isspace)
str_isalnum = _make_predicate('isalnum', _isalnum)


@unwrap_spec('isprintable', W_StrObject)
def str_isprintable(space, w_self):
    s = w_self.utf8
    pos = 0
    while pos < len(s):
        if not unicodedb.isprintable(utf8.codepoint_at(s, pos)):
            return space.w_False
        pos = utf8.next_codepoint_pos(s, pos)
    return space.w_True


@unwrap_spec('isascii', W_StrObject)
def str_isascii(space, w_self):
    return space.newbool(w_self.is_ascii())


@unwrap_spec('isidentifier', W_StrObject)
def str_isidentifier(space, w_self):
    s = w_self.utf8
    if not s:
        return space.w_False
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        if pos == 0:
            ok = cp == 0x5F or unicodedb.isxidstart(cp)
        else:
            ok = unicodedb.isxidcontinue(cp)
        if not ok:
            return space.w_False
        pos = utf8.next_codepoint_pos(s, pos)
    return space.w_True


@unwrap_spec('islower', W_StrObject)
def str_islower(space, w_self):
    s = w_self.utf8
    cased = False
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        if unicodedb.isupper(cp) or unicodedb.istitle(cp):
            return space.w_False
        if unicodedb.islower(cp):
            cased = True
        pos = utf8.next_codepoint_pos(s, pos)
    return space.newbool(cased)


@unwrap_spec('isupper', W_StrObject)
def str_isupper(space, w_self):
    s = w_self.utf8
    cased = False
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        if unicodedb.islower(cp) or unicodedb.istitle(cp):
            return space.w_False
        if unicodedb.isupper(cp):
            cased = True
        pos = utf8.next_codepoint_pos(s, pos)
    return space.newbool(cased)


@unwrap_spec('istitle', W_StrObject)
def str_istitle(space, w_self):
    s = w_self.utf8
    cased = False
    previous_is_cased = False
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        if unicodedb.isupper(cp) or unicodedb.istitle(cp):
            if previous_is_cased:
                return space.w_False
            previous_is_cased = True
            cased = True
        elif unicodedb.islower(cp):
            if not previous_is_cased:
                return space.w_False
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
        pos = utf8.next_codepoint_pos(s, pos)
    return space.newbool(cased)


# ---------------------------------------------------------------- join, split

@unwrap_spec('join', W_StrObject, 'obj')
def str_join(space, w_self, w_iterable):
    sep = w_self.utf8
    items_w = space.unpackiterable(w_iterable)
    if len(items_w) == 1 and isinstance(items_w[0], W_StrObject):
        return items_w[0]
    builder = StringBuilder()
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise space.type_error("join expects a list of str/bytes objects "
                                   "consistent with self object")
        if i > 0:
            builder.append(sep)
        builder.append(w_item.utf8)
    return W_StrObject(builder.build())


def _strip(space, w_self, w_chars, left, right):
    s = w_self.utf8
    start = 0
    end = len(s)
    if space.is_none(w_chars):
        if left:
            while start < end:
                k = _space_len(s, start)
                if k == 0:
                    break
                start += k
        if right:
            while end > start:
                k = _space_before(s, end)
                if k == 0:
                    break
                end -= k
    else:
        chars = _arg_str(space, w_chars).utf8
        if left:
            while start < end:
                e = utf8.next_codepoint_pos(s, start)
                assert e >= 0
                if chars.find(s[start:e]) < 0:
                    break
                start = e
        if right:
            while end > start:
                b = utf8.prev_codepoint_pos(s, end)
                assert b >= 0
                if chars.find(s[b:end]) < 0:
                    break
                end = b
    if start == 0 and end == len(s):
        return w_self
    assert start >= 0 and end >= 0
    return W_StrObject(s[start:end])


@unwrap_spec('strip', W_StrObject, opt('obj', None))
def str_strip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, True)


@unwrap_spec('lstrip', W_StrObject, opt('obj', None))
def str_lstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, True, False)


@unwrap_spec('rstrip', W_StrObject, opt('obj', None))
def str_rstrip(space, w_self, w_chars):
    return _strip(space, w_self, w_chars, False, True)


def _split_whitespace(s, maxsplit):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n:
            k = _space_len(s, i)
            if k == 0:
                break
            i += k
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            assert i >= 0
            parts.append(s[i:])     # the rest, trailing whitespace kept
            break
        j = i
        while j < n and _space_len(s, j) == 0:
            j = utf8.next_codepoint_pos(s, j)
        assert i >= 0 and j >= 0
        parts.append(s[i:j])
        i = j
    return parts


def _rsplit_whitespace(s, maxsplit):
    parts = []
    j = len(s)
    while True:
        while j > 0:
            k = _space_before(s, j)
            if k == 0:
                break
            j -= k
        if j <= 0:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            assert j >= 0
            parts.append(s[:j])     # the rest, leading whitespace kept
            break
        i = j
        while i > 0 and _space_before(s, i) == 0:
            i = utf8.prev_codepoint_pos(s, i)
        assert i >= 0 and j >= 0
        parts.append(s[i:j])
        j = i
    parts.reverse()
    return parts


def _split(space, w_self, w_sep, maxsplit, reverse):
    s = w_self.utf8
    if space.is_none(w_sep):
        if reverse:
            parts = _rsplit_whitespace(s, maxsplit)
        else:
            parts = _split_whitespace(s, maxsplit)
    else:
        sep = _arg_str(space, w_sep).utf8
        if not sep:
            raise space.value_error("empty separator")
        if reverse:
            parts = rstring.rsplit(s, sep, maxsplit)
        else:
            parts = rstring.split(s, sep, maxsplit)
    ascii = w_self.is_ascii()
    return space.newlist([W_StrObject(p, len(p) if ascii else -1)
                          for p in parts])


@unwrap_spec('split', W_StrObject, opt('obj', None), opt('int', -1),
             keywords=True)
def str_split(space, w_self, w_sep, maxsplit):
    return _split(space, w_self, w_sep, maxsplit, False)


@unwrap_spec('rsplit', W_StrObject, opt('obj', None), opt('int', -1),
             keywords=True)
def str_rsplit(space, w_self, w_sep, maxsplit):
    return _split(space, w_self, w_sep, maxsplit, True)


@unwrap_spec('splitlines', W_StrObject, opt('bool', False), keywords=True)
def str_splitlines(space, w_self, keepends):
    s = w_self.utf8
    parts_w = []
    start = 0
    pos = 0
    n = len(s)
    while pos < n:
        k = _linebreak_len(s, pos)
        if k == 0:
            pos = utf8.next_codepoint_pos(s, pos)
            continue
        end = pos + k if keepends else pos
        assert start >= 0 and end >= 0
        parts_w.append(W_StrObject(s[start:end]))
        pos += k
        start = pos
    if start < n:
        assert start >= 0
        parts_w.append(W_StrObject(s[start:]))
    return space.newlist(parts_w)


def _partition(space, w_self, w_sep, reverse):
    s = w_self.utf8
    sep = _arg_str(space, w_sep).utf8
    if not sep:
        raise space.value_error("empty separator")
    if reverse:
        pos = s.rfind(sep)
    else:
        pos = s.find(sep)
    w_empty = space.newtext('')
    if pos < 0:
        if reverse:
            return space.newtuple([w_empty, w_empty, w_self])
        return space.newtuple([w_self, w_empty, w_empty])
    end = pos + len(sep)
    assert pos >= 0
    return space.newtuple([W_StrObject(s[:pos]), w_sep,
                           W_StrObject(s[end:])])


@unwrap_spec('partition', W_StrObject, 'obj')
def str_partition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, False)


@unwrap_spec('rpartition', W_StrObject, 'obj')
def str_rpartition(space, w_self, w_sep):
    return _partition(space, w_self, w_sep, True)


@unwrap_spec('replace', W_StrObject, 'obj', 'obj', opt('int', -1))
def str_replace(space, w_self, w_old, w_new, count):
    s = w_self.utf8
    old = _arg_str(space, w_old).utf8
    new = _arg_str(space, w_new).utf8
    if count == 0:
        return w_self
    if old:
        if s.find(old) < 0:
            return w_self
        return W_StrObject(rstring.replace(s, old, new, count))
    # an empty `old` matches before every code point and at the end
    builder = StringBuilder(len(s) + len(new) * (len(s) + 1))
    pos = 0
    done = 0
    while pos < len(s) and (count < 0 or done < count):
        builder.append(new)
        done += 1
        end = utf8.next_codepoint_pos(s, pos)
        builder.append_slice(s, pos, end)
        pos = end
    if pos < len(s):
        builder.append_slice(s, pos, len(s))
    elif count < 0 or done < count:
        builder.append(new)
    return W_StrObject(builder.build())


# ---------------------------------------------------------------- padding

def _fill_char(space, w_fill):
    if space.is_none(w_fill):
        return ' '
    if not isinstance(w_fill, W_StrObject):
        raise space.type_error("can't convert '%s' object to str implicitly"
                               % space.type_name(w_fill))
    if w_fill.length() != 1:
        raise space.type_error("The fill character must be exactly one "
                               "character long")
    return w_fill.utf8


def _pad(w_self, left, right, fill):
    if left <= 0 and right <= 0:
        return w_self
    s = w_self.utf8
    builder = StringBuilder(len(s) + (left + right) * len(fill))
    for i in range(left):
        builder.append(fill)
    builder.append(s)
    for i in range(right):
        builder.append(fill)
    length = -1
    if w_self._length >= 0:
        length = w_self._length + max(left, 0) + max(right, 0)
    return W_StrObject(builder.build(), length)


@unwrap_spec('center', W_StrObject, 'int', opt('obj', None))
def str_center(space, w_self, width, w_fill):
    fill = _fill_char(space, w_fill)
    marg = width - w_self.length()
    if marg <= 0:
        return w_self
    left = marg // 2 + (marg & width & 1)     # CPython's rounding
    return _pad(w_self, left, marg - left, fill)


@unwrap_spec('ljust', W_StrObject, 'int', opt('obj', None))
def str_ljust(space, w_self, width, w_fill):
    fill = _fill_char(space, w_fill)
    return _pad(w_self, 0, width - w_self.length(), fill)


@unwrap_spec('rjust', W_StrObject, 'int', opt('obj', None))
def str_rjust(space, w_self, width, w_fill):
    fill = _fill_char(space, w_fill)
    return _pad(w_self, width - w_self.length(), 0, fill)


@unwrap_spec('zfill', W_StrObject, 'int')
def str_zfill(space, w_self, width):
    s = w_self.utf8
    fill = width - w_self.length()
    if fill <= 0:
        return w_self
    builder = StringBuilder(len(s) + fill)
    start = 0
    if s and (s[0] == '+' or s[0] == '-'):
        builder.append(s[0])
        start = 1
    builder.append_multiple_char('0', fill)
    builder.append_slice(s, start, len(s))
    return W_StrObject(builder.build())


@unwrap_spec('expandtabs', W_StrObject, opt('int', 8), keywords=True)
def str_expandtabs(space, w_self, tabsize):
    s = w_self.utf8
    if s.find('\t') < 0:
        return w_self
    builder = StringBuilder(len(s))
    column = 0
    pos = 0
    while pos < len(s):
        c = s[pos]
        if c == '\t':
            if tabsize > 0:
                k = tabsize - column % tabsize
                builder.append_multiple_char(' ', k)
                column += k
            pos += 1
            continue
        end = utf8.next_codepoint_pos(s, pos)
        builder.append_slice(s, pos, end)
        pos = end
        if c == '\n' or c == '\r':
            column = 0
        else:
            column += 1
    return W_StrObject(builder.build())


# ---------------------------------------------------------------- translate

@unwrap_spec('maketrans', 'obj', opt('obj', None), opt('obj', None))
def str_maketrans(space, w_x, w_y, w_z):
    from objspace.intobject import W_IntObject
    from objspace.dictobject import W_DictObject
    w_result = space.newdict()
    if w_y is None:
        if not isinstance(w_x, W_DictObject):
            raise space.type_error("if you give only one argument to "
                                   "maketrans it must be a dict")
        for w_key in space.unpackiterable(w_x):
            w_value = w_x.getitem(w_key)
            assert w_value is not None
            if isinstance(w_key, W_StrObject):
                if w_key.length() != 1:
                    raise space.value_error("string keys in translate table "
                                            "must be of length 1")
                w_key = space.newint(utf8.codepoint_at(w_key.utf8, 0))
            elif not isinstance(w_key, W_IntObject):
                raise space.type_error("keys in translate table must be "
                                       "strings or integers")
            w_result.setitem(w_key, w_value)
        return w_result
    w_xs = _arg_str(space, w_x)
    w_ys = _arg_str(space, w_y)
    if w_xs.length() != w_ys.length():
        raise space.value_error("the first two maketrans arguments must "
                                "have equal length")
    xs = _decode(w_xs.utf8)
    ys = _decode(w_ys.utf8)
    for i in range(len(xs)):
        w_result.setitem(space.newint(xs[i]), space.newint(ys[i]))
    if w_z is not None:
        for cp in _decode(_arg_str(space, w_z).utf8):
            w_result.setitem(space.newint(cp), space.w_None)
    return w_result


@unwrap_spec('translate', W_StrObject, 'obj')
def str_translate(space, w_self, w_table):
    from objspace.intobject import W_IntObject
    s = w_self.utf8
    builder = StringBuilder(len(s))
    pos = 0
    while pos < len(s):
        end = utf8.next_codepoint_pos(s, pos)
        cp = utf8.codepoint_at(s, pos)
        try:
            w_to = space.getitem(w_table, space.newint(cp))
        except OperationError as e:
            if not e.match(space, space.w_LookupError):
                raise
            builder.append_slice(s, pos, end)
            pos = end
            continue
        pos = end
        if space.is_none(w_to):
            continue
        if isinstance(w_to, W_IntObject):
            to = w_to.intval
            if to < 0 or to > 0x10FFFF:
                raise space.value_error("character mapping must be in "
                                        "range(0x110000)")
            builder.append(utf8.encode_codepoint(to))
        elif isinstance(w_to, W_StrObject):
            builder.append(w_to.utf8)
        else:
            raise space.type_error("character mapping must return integer, "
                                   "None or str")
    return W_StrObject(builder.build())


# ---------------------------------------------------------------- formatting

@builtin('format', 1, -1, keywords=True)
def str_format(space, args_w, kwnames):
    from objspace.formatting import format_method
    w_self = args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise space.type_error("descriptor 'format' requires a 'str' object")
    return space.newtext(format_method(space, w_self.utf8, args_w, kwnames,
                                       None))


@unwrap_spec('format_map', W_StrObject, 'obj')
def str_format_map(space, w_self, w_mapping):
    from objspace.formatting import format_method
    return space.newtext(format_method(space, w_self.utf8, [w_self], None,
                                       w_mapping))


@unwrap_spec('__format__', W_StrObject, 'text')
def str___format__(space, w_self, spec):
    from objspace.formatting import format_spec
    return space.newtext(format_spec(space, w_self, spec))


def _str_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) == 0:
        return space.newtext('')
    if len(args_w) > 3:
        raise space.type_error("str() takes at most 3 arguments")
    w_obj = args_w[0]
    if len(args_w) == 1:
        return space.str(w_obj)
    # str(data, encoding[, errors]) is data.decode(encoding[, errors])
    w_decode = None
    if not isinstance(w_obj, W_StrObject):
        w_decode = space.findattr(w_obj, 'decode')
    if w_decode is None:
        raise space.type_error("decoding to str: need a bytes-like object, "
                               "%s found" % space.type_name(w_obj))
    return space.call(w_decode, args_w[1:], None)


def _methods():
    from objspace.descriptors import W_StaticMethod
    methods = {}
    for func in [str_find, str_rfind, str_index, str_rindex, str_count,
                 str_startswith, str_endswith, str_removeprefix,
                 str_removesuffix, str_lower, str_upper, str_casefold,
                 str_swapcase, str_capitalize, str_title, str_isalpha,
                 str_isdigit, str_isdecimal, str_isnumeric, str_isspace,
                 str_isalnum, str_isprintable, str_isascii,
                 str_isidentifier, str_islower, str_isupper, str_istitle,
                 str_join, str_strip, str_lstrip, str_rstrip, str_split,
                 str_rsplit, str_splitlines, str_partition, str_rpartition,
                 str_replace, str_center, str_ljust, str_rjust, str_zfill,
                 str_expandtabs, str_translate, str_format, str_format_map,
                 str___format__]:
        methods[func.w_builtin.name] = func.w_builtin
    methods['maketrans'] = W_StaticMethod(str_maketrans.w_builtin)
    from objspace.bytesobject import str_encode  # no cycle: imports str lazily
    methods['encode'] = str_encode.w_builtin
    return methods


W_StrObject.typedef = TypeDef('str', methods=_methods(), new=_str_new)
W_StrIterator.typedef = TypeDef('str_iterator')
