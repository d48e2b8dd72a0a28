"""The binascii module: hexlify (with sep), unhexlify, a2b_base64,
b2a_base64 (newline=), crc32 (with a start value).

Behaviour: CPython 3's (a2b_base64 in its default non-strict mode skips
characters outside the alphabet); errors are binascii.Error, a ValueError
subclass as in CPython (MicroPython raises ValueError itself).
"""
from __future__ import absolute_import

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rstring import StringBuilder

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.exceptions import exception_new
from objspace.bytesobject import W_BytesObject
from objspace.strobject import W_StrObject
from objspace.memoryviewobject import get_buffer


class BinasciiState(object):
    def __init__(self):
        self.w_error = None


STATE = BinasciiState()


def binascii_error(space, msg):
    return space.error(STATE.w_error, msg)


HEXDIGITS = '0123456789abcdef'
B64CHARS = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
            '0123456789+/')
B64TABLE = [-1] * 256
for _i in range(64):
    B64TABLE[ord(B64CHARS[_i])] = _i


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for k in range(8):
            if c & 1:
                c = 0xedb88320 ^ (c >> 1)
            else:
                c = c >> 1
        table.append(r_uint(c))
    return table


CRC_TABLE = _make_crc_table()


def data_w(space, w_data):
    """The bytes of a bytes-like argument (TypeError for others)."""
    if isinstance(w_data, W_BytesObject):
        return w_data.value
    buf = get_buffer(space, w_data)
    if buf is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_data))
    return buf.as_str()


def ascii_w(space, w_data):
    """A bytes-like or ASCII str argument of the a2b functions."""
    if isinstance(w_data, W_StrObject):
        s = w_data.utf8
        for c in s:
            if ord(c) >= 0x80:
                raise space.value_error("string argument should contain "
                                        "only ASCII characters")
        return s
    return data_w(space, w_data)


def _hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


@unwrap_spec('hexlify', 'obj', opt('obj_or_none', None))
def binascii_hexlify(space, w_data, w_sep):
    s = data_w(space, w_data)
    sep = ''
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject):
            sep = w_sep.utf8
        else:
            sep = data_w(space, w_sep)
        if len(sep) != 1:
            raise space.value_error("sep must be length 1.")
    builder = StringBuilder(len(s) * 3)
    for i in range(len(s)):
        if i > 0 and sep:
            builder.append(sep)
        o = ord(s[i])
        builder.append(HEXDIGITS[o >> 4])
        builder.append(HEXDIGITS[o & 15])
    return space.newbytes(builder.build())


@unwrap_spec('unhexlify', 'obj')
def binascii_unhexlify(space, w_data):
    s = ascii_w(space, w_data)
    if len(s) % 2:
        raise binascii_error(space, "Odd-length string")
    builder = StringBuilder(len(s) // 2)
    i = 0
    while i < len(s):
        hi = _hexval(s[i])
        lo = _hexval(s[i + 1])
        if hi < 0 or lo < 0:
            raise binascii_error(space, "Non-hexadecimal digit found")
        builder.append(chr(hi * 16 + lo))
        i += 2
    return space.newbytes(builder.build())


@unwrap_spec('a2b_base64', 'obj')
def binascii_a2b_base64(space, w_data):
    s = ascii_w(space, w_data)
    builder = StringBuilder(len(s) * 3 // 4 + 3)
    leftchar = 0
    quad_pos = 0
    pads = 0
    ndata = 0
    done = False
    for c in s:
        if c == '=':
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    done = True
                    break
            continue
        v = B64TABLE[ord(c)]
        if v < 0:
            continue
        ndata += 1
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            builder.append(chr(((leftchar << 2) | (v >> 4)) & 0xff))
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            builder.append(chr(((leftchar << 4) | (v >> 2)) & 0xff))
            leftchar = v & 0x03
        else:
            quad_pos = 0
            builder.append(chr(((leftchar << 6) | v) & 0xff))
            leftchar = 0
    if not done and quad_pos != 0:
        if quad_pos == 1:
            raise binascii_error(space, "Invalid base64-encoded string: "
                                 "number of data characters (%d) cannot be "
                                 "1 more than a multiple of 4" % ndata)
        raise binascii_error(space, "Incorrect padding")
    return space.newbytes(builder.build())


@unwrap_spec('b2a_base64', 'obj', opt('bool', True), keywords=True)
def binascii_b2a_base64(space, w_data, newline):
    s = data_w(space, w_data)
    builder = StringBuilder((len(s) + 2) // 3 * 4 + 1)
    i = 0
    n = len(s)
    while i + 3 <= n:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8) | ord(s[i + 2])
        builder.append(B64CHARS[v >> 18])
        builder.append(B64CHARS[(v >> 12) & 63])
        builder.append(B64CHARS[(v >> 6) & 63])
        builder.append(B64CHARS[v & 63])
        i += 3
    if n - i == 1:
        v = ord(s[i]) << 16
        builder.append(B64CHARS[v >> 18])
        builder.append(B64CHARS[(v >> 12) & 63])
        builder.append('==')
    elif n - i == 2:
        v = (ord(s[i]) << 16) | (ord(s[i + 1]) << 8)
        builder.append(B64CHARS[v >> 18])
        builder.append(B64CHARS[(v >> 12) & 63])
        builder.append(B64CHARS[(v >> 6) & 63])
        builder.append('=')
    if newline:
        builder.append('\n')
    return space.newbytes(builder.build())


def crc32_update(crc, s):
    """CRC-32 (zlib's) of s continuing from crc (an r_uint)."""
    crc = crc ^ r_uint(0xffffffff)
    for c in s:
        crc = CRC_TABLE[intmask((crc ^ r_uint(ord(c))) & r_uint(0xff))] ^ \
            (crc >> 8)
    return (crc ^ r_uint(0xffffffff)) & r_uint(0xffffffff)


@unwrap_spec('crc32', 'obj', opt('obj', None))
def binascii_crc32(space, w_data, w_start):
    from objspace.intobject import bigint_w
    from rpython.rlib.rbigint import rbigint
    s = data_w(space, w_data)
    crc = r_uint(0)
    if w_start is not None:
        num = bigint_w(space, w_start).and_(rbigint.fromint(0xffffffff))
        crc = r_uint(num.toint())
    result = crc32_update(crc, s)
    return space.newint(intmask(result))


def make_module(space):
    from objspace.typeobject import W_TypeObject
    w_error = W_TypeObject('Error', [space.w_ValueError], {}, None,
                           exception_new)
    STATE.w_error = w_error
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('binascii'))
    set('Error', w_error)
    for func in [binascii_hexlify, binascii_unhexlify, binascii_a2b_base64,
                 binascii_b2a_base64, binascii_crc32]:
        set(func.w_builtin.name, func.w_builtin)
    return W_ModuleObject('binascii', w_dict)
