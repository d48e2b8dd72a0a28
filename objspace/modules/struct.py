"""The struct module: calcsize, pack, pack_into, unpack, unpack_from,
iter_unpack (MicroPython's set plus CPython's iter_unpack and error).

Formats: an optional byte order ('@' native with native alignment, '='
native order with standard sizes, '<' little, '>' and '!' big endian),
then codes with optional repeat counts: x (pad byte), c (bytes of length
1), b B h H i I l L q Q (integers), e f d (floats), ? (bool), s (bytes of
the count's length), P (native only).  Errors: struct.error, a subclass of
ValueError here (MicroPython raises ValueError, CPython struct.error), with
CPython's messages.
"""
from __future__ import absolute_import

import sys

from rpython.rlib import jit
from rpython.rlib.mutbuffer import MutableStringBuffer
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_uint, intmask

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.exceptions import exception_new
from objspace.bytesobject import W_BytesObject
from objspace.strobject import W_StrObject
from objspace.memoryviewobject import get_buffer
from objspace.modules import binpack

NATIVE_BIG = sys.byteorder == 'big'

# code -> (standard size, native size)
STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
             'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2,
             'f': 4, 'd': 8, 's': 1}
NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'e': 2,
                'f': 4, 'd': 8, 's': 1, 'P': 8}


class StructState(object):
    def __init__(self):
        self.w_error = None


STATE = StructState()


def struct_error(space, msg):
    return space.error(STATE.w_error, msg)


class Format(object):
    """A parsed format: codes[i] repeated counts[i] times, at offsets[i]
    (for 's', one item of counts[i] bytes), each item itemsizes[i] bytes;
    `size` bytes and `nitems` values in all.  Immutable, so that a trace
    with a constant format (see parse_format_cached) unrolls pack and
    unpack over its codes."""
    _immutable_fields_ = ['codes[*]', 'counts[*]', 'offsets[*]',
                          'itemsizes[*]', 'size', 'big', 'native', 'nitems']

    def __init__(self, codes, counts, offsets, itemsizes, size, big, native):
        self.codes = _fixed(codes, '\x00')
        self.counts = _fixed(counts, 0)
        self.offsets = _fixed(offsets, 0)
        self.itemsizes = _fixed(itemsizes, 0)
        self.size = size
        self.big = big
        self.native = native
        n = 0
        for i in range(len(codes)):
            code = codes[i]
            if code == 's':
                n += 1
            elif code != 'x':
                n += counts[i]
        self.nitems = n


@specialize.argtype(1)
def _fixed(items, default):
    """A copy of items as a list that is never resized ('x[*]' fields)."""
    result = [default] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result


def _is_digit(c):
    return '0' <= c <= '9'


def parse_format(space, fmt):
    big = NATIVE_BIG
    native = False
    i = 0
    n = len(fmt)
    if n > 0:
        c = fmt[0]
        if c == '@':
            native = True
            i = 1
        elif c == '=':
            i = 1
        elif c == '<':
            big = False
            i = 1
        elif c == '>' or c == '!':
            big = True
            i = 1
        else:
            native = True
    else:
        native = True
    codes = []
    counts = []
    offsets = []
    itemsizes = []
    size = 0
    while i < n:
        c = fmt[i]
        if c == ' ' or c == '\t' or c == '\n' or c == '\r':
            i += 1
            continue
        count = 1
        if _is_digit(c):
            count = 0
            while i < n and _is_digit(fmt[i]):
                count = count * 10 + (ord(fmt[i]) - ord('0'))
                if count > 0x7fffffff:
                    raise struct_error(space, "total struct size too long")
                i += 1
            if i >= n:
                raise struct_error(space, "repeat count given without "
                                   "format specifier")
            c = fmt[i]
        if native:
            itemsize = NATIVE_SIZES.get(c, -1)
        else:
            itemsize = STD_SIZES.get(c, -1)
        if itemsize < 0:
            raise struct_error(space, "bad char in struct format")
        if native and c != 's' and c != 'x' and c != 'c' and itemsize > 1:
            rem = size % itemsize
            if rem:
                size += itemsize - rem
        codes.append(c)
        counts.append(count)
        offsets.append(size)
        itemsizes.append(itemsize)
        size += itemsize * count
        i += 1
    return Format(codes, counts, offsets, itemsizes, size, big, native)


class FormatCache(object):
    """Parsed formats by format string (CPython's struct module keeps such a
    cache too); emptied when it holds MAX_ENTRIES."""
    MAX_ENTRIES = 64

    def __init__(self):
        self.formats = {}


_format_cache = FormatCache()


@jit.elidable
def parse_format_cached(space, fmt):
    """parse_format(space, fmt) through _format_cache: elidable, so with a
    constant format a trace does no parsing at all."""
    fm = _format_cache.formats.get(fmt, None)
    if fm is None:
        fm = parse_format(space, fmt)
        if len(_format_cache.formats) >= FormatCache.MAX_ENTRIES:
            _format_cache.formats = {}
        _format_cache.formats[fmt] = fm
    return fm


def format_arg(space, w_fmt):
    if isinstance(w_fmt, W_StrObject):
        fmt = w_fmt.utf8
    elif isinstance(w_fmt, W_BytesObject):
        fmt = w_fmt.value
    else:
        raise space.type_error("Struct() argument 1 must be a str or bytes "
                               "object, not %s" % space.type_name(w_fmt))
    return parse_format_cached(space, fmt)


def _signed(code):
    return code == 'b' or code == 'h' or code == 'i' or code == 'l' \
        or code == 'q'


@jit.look_inside_iff(lambda space, fm, values_w: jit.isconstant(fm))
def pack_values(space, fm, values_w):
    """The bytes (an RPython str of fm.size) packing values_w by fm.  With
    a constant format the JIT unrolls it into stores of each value's bytes
    into a string it never needs to build until it escapes."""
    if len(values_w) != fm.nitems:
        raise struct_error(space, "pack expected %d items for packing "
                           "(got %d)" % (fm.nitems, len(values_w)))
    buf = MutableStringBuffer(fm.size)
    pos = 0
    k = 0
    for i in range(len(fm.codes)):
        code = fm.codes[i]
        count = fm.counts[i]
        at = fm.offsets[i]
        while pos < at:             # alignment padding
            buf.setitem(pos, '\x00')
            pos += 1
        if code == 'x':
            for j in range(count):
                buf.setitem(pos + j, '\x00')
        elif code == 's':
            w_value = values_w[k]
            k += 1
            _pack_bytes(space, w_value, buf, pos, count)
        else:
            size = fm.itemsizes[i]
            for j in range(count):
                pack_one(space, fm, code, size, values_w[k], buf,
                         pos + j * size)
                k += 1
            count *= size
        pos += count
    while pos < fm.size:
        buf.setitem(pos, '\x00')
        pos += 1
    return buf.finish()


def _pack_bytes(space, w_value, buf, pos, count):
    """'s': the bytes of w_value cut or padded with zeros to count."""
    b = get_buffer(space, w_value)
    if b is None or isinstance(w_value, W_StrObject):
        raise struct_error(space, "argument for 's' must be a bytes object")
    s = b.as_str()
    for j in range(count):
        if j < len(s):
            buf.setitem(pos + j, s[j])
        else:
            buf.setitem(pos + j, '\x00')


def pack_one(space, fm, code, size, w_value, buf, pos):
    """Store one value of `code` (`size` bytes) at buf[pos:pos + size]."""
    if code == '?':
        buf.setitem(pos, '\x01' if space.is_true(w_value) else '\x00')
    elif code == 'c':
        if not (isinstance(w_value, W_BytesObject) and
                len(w_value.value) == 1):
            raise struct_error(space, "char format requires a bytes "
                               "object of length 1")
        buf.setitem(pos, w_value.value[0])
    elif code == 'e' or code == 'f' or code == 'd':
        x = space.float_w(w_value)
        binpack.store_bits(buf, pos, binpack.float_bits(space, x, size),
                           size, fm.big)
    else:
        from objspace.intobject import is_int, index_w
        if not is_int(w_value) and index_w(space, w_value) is None:
            raise struct_error(space, "required argument is not an integer")
        bits = binpack.int_bits(space, w_value, code, size, _signed(code),
                                STATE.w_error)
        binpack.store_bits(buf, pos, bits, size, fm.big)


@jit.look_inside_iff(lambda space, fm, s, pos: jit.isconstant(fm))
def unpack_values(space, fm, s, pos):
    """The tuple of values packed in s from pos (fm.size bytes there);
    unrolled by the JIT for a constant format, like pack_values."""
    result_w = [None] * fm.nitems
    k = 0
    for i in range(len(fm.codes)):
        code = fm.codes[i]
        count = fm.counts[i]
        at = pos + fm.offsets[i]
        if code == 'x':
            continue
        if code == 's':
            stop = at + count
            assert at >= 0 and stop >= 0
            result_w[k] = space.newbytes(s[at:stop])
            k += 1
            continue
        size = fm.itemsizes[i]
        for j in range(count):
            result_w[k] = unpack_one(space, fm, code, size, s, at)
            k += 1
            at += size
    return space.newtuple(result_w)


def unpack_one(space, fm, code, size, s, at):
    if code == '?':
        return space.newbool(s[at] != '\x00')
    if code == 'c':
        return space.newbytes(s[at])
    bits = binpack.get_bits(s, at, size, fm.big)
    if code == 'e' or code == 'f' or code == 'd':
        return space.newfloat(binpack.bits_float(bits, size))
    return binpack.wrap_bits(space, bits, size, _signed(code))


def _buffer(space, w_buffer):
    """The Buffer of a bytes-like argument (read through getslice, so that
    unpacking a few bytes of a big bytearray or memoryview copies only
    those)."""
    buf = get_buffer(space, w_buffer)
    if buf is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_buffer))
    return buf


@unwrap_spec('calcsize', 'obj')
def struct_calcsize(space, w_fmt):
    return space.newint(format_arg(space, w_fmt).size)


@unwrap_spec('pack', 'obj', 'args')
def struct_pack(space, w_fmt, args_w):
    fm = format_arg(space, w_fmt)
    return space.newbytes(pack_values(space, fm, args_w))


@unwrap_spec('pack_into', 'obj', 'obj', 'int', 'args')
def struct_pack_into(space, w_fmt, w_buffer, offset, args_w):
    fm = format_arg(space, w_fmt)
    buf = get_buffer(space, w_buffer)
    if buf is None or buf.is_readonly():
        raise space.type_error("argument must be read-write bytes-like "
                               "object, not %s" % space.type_name(w_buffer))
    data = pack_values(space, fm, args_w)
    n = buf.getlength()
    if offset < 0:
        if offset + n < 0:
            raise struct_error(space, "offset %d out of range for %d-byte "
                               "buffer" % (offset, n))
        if offset + fm.size > 0:
            raise struct_error(space, "no space to pack %d bytes at offset "
                               "%d" % (fm.size, offset))
        offset += n
    if n - offset < fm.size:
        raise struct_error(space, "pack_into requires a buffer of at least "
                           "%d bytes for packing %d bytes at offset %d "
                           "(actual buffer size is %d)"
                           % (fm.size + offset, fm.size, offset, n))
    buf.setslice(offset, data)
    return space.w_None


@unwrap_spec('unpack', 'obj', 'obj')
def struct_unpack(space, w_fmt, w_buffer):
    fm = format_arg(space, w_fmt)
    buf = _buffer(space, w_buffer)
    if buf.getlength() != fm.size:
        raise struct_error(space, "unpack requires a buffer of %d bytes"
                           % fm.size)
    return unpack_values(space, fm, buf.getslice(0, fm.size), 0)


@unwrap_spec('unpack_from', 'obj', 'obj', opt('int', 0), keywords=True)
def struct_unpack_from(space, w_fmt, w_buffer, offset):
    fm = format_arg(space, w_fmt)
    buf = _buffer(space, w_buffer)
    n = buf.getlength()
    if offset < 0:
        if offset + n < 0:
            raise struct_error(space, "offset %d out of range for %d-byte "
                               "buffer" % (offset, n))
        if offset + fm.size > 0:
            raise struct_error(space, "not enough data to unpack %d bytes "
                               "at offset %d" % (fm.size, offset))
        offset += n
    if n - offset < fm.size:
        raise struct_error(space, "unpack_from requires a buffer of at "
                           "least %d bytes for unpacking %d bytes at offset "
                           "%d (actual buffer size is %d)"
                           % (fm.size + offset, fm.size, offset, n))
    return unpack_values(space, fm, buf.getslice(offset, fm.size), 0)


@unwrap_spec('iter_unpack', 'obj', 'obj')
def struct_iter_unpack(space, w_fmt, w_buffer):
    fm = format_arg(space, w_fmt)
    s = _buffer(space, w_buffer).as_str()
    if fm.size == 0:
        raise struct_error(space, "cannot iteratively unpack with a struct "
                           "of length 0")
    if len(s) % fm.size != 0:
        raise struct_error(space, "iterative unpacking requires a buffer of "
                           "a multiple of %d bytes" % fm.size)
    items_w = []
    pos = 0
    while pos < len(s):
        items_w.append(unpack_values(space, fm, s, pos))
        pos += fm.size
    return space.iter(space.newlist(items_w))


def make_module(space):
    from objspace.typeobject import W_TypeObject
    w_error = W_TypeObject('error', [space.w_ValueError], {}, None,
                           exception_new)
    STATE.w_error = w_error
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('struct'))
    set('error', w_error)
    for func in [struct_calcsize, struct_pack, struct_pack_into,
                 struct_unpack, struct_unpack_from, struct_iter_unpack]:
        set(func.w_builtin.name, func.w_builtin)
    return W_ModuleObject('struct', w_dict)
