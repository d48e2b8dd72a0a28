"""Packing numbers into bytes and back, shared by struct and array.

pack_int / unpack_int: an int of `size` bytes (1, 2, 4 or 8), signed or
not, little- or big-endian; pack_float / unpack_float: IEEE half, single
or double (rlib's rstruct.ieee).  Range errors raise the exception type
the caller passes (struct.error for struct, OverflowError for array).
"""
from __future__ import absolute_import

from rpython.rlib import jit
from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.rarithmetic import r_uint, r_ulonglong, intmask
from rpython.rtyper.lltypesystem import rffi
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct import ieee

from objspace.intobject import W_IntObject, bigint_w


def _range_text(size, signed):
    bits = size * 8
    if signed:
        lo = '-' + rbigint.fromint(1).lshift(bits - 1).str()
        hi = rbigint.fromint(1).lshift(bits - 1).sub(rbigint.fromint(1)).str()
    else:
        lo = '0'
        hi = rbigint.fromint(1).lshift(bits).sub(rbigint.fromint(1)).str()
    return lo, hi


def range_error(space, w_exc, code, size, signed):
    lo, hi = _range_text(size, signed)
    return space.error(w_exc, "'%s' format requires %s <= number <= %s"
                       % (code, lo, hi))


def int_bits(space, w_value, code, size, signed, w_exc):
    """The two's complement bits (an r_uint) of the int w_value as a
    `size`-byte integer; w_exc(...) when it is out of range."""
    if isinstance(w_value, W_IntObject):
        v = w_value.intval
    else:
        num = bigint_w(space, w_value)
        try:
            v = num.toint()
        except OverflowError:
            if size == 8 and not signed and num.sign >= 0:
                try:
                    return r_uint(num.touint())
                except (OverflowError, ValueError):
                    pass
            raise range_error(space, w_exc, code, size, signed)
    if size < 8:
        bits = size * 8
        if signed:
            lo = -(1 << (bits - 1))
            hi = (1 << (bits - 1)) - 1
        else:
            lo = 0
            hi = (1 << bits) - 1
        if v < lo or v > hi:
            raise range_error(space, w_exc, code, size, signed)
    elif not signed and v < 0:
        raise range_error(space, w_exc, code, size, signed)
    return r_uint(v)


def put_bits(out, bits, size, big):
    """Append the low `size` bytes of bits (r_uint) to out (a list of
    chars) in the given byte order."""
    if big:
        i = size - 1
        while i >= 0:
            out.append(chr(intmask((bits >> (i * 8)) & r_uint(0xff))))
            i -= 1
    else:
        for i in range(size):
            out.append(chr(intmask((bits >> (i * 8)) & r_uint(0xff))))


@jit.unroll_safe
def store_bits(buf, pos, bits, size, big):
    """Store the low `size` bytes of bits (r_uint) at buf[pos:pos + size]
    (buf: an rlib MutableStringBuffer) in the given byte order."""
    for i in range(size):
        if big:
            at = pos + size - 1 - i
        else:
            at = pos + i
        buf.setitem(at, chr(intmask((bits >> (i * 8)) & r_uint(0xff))))


@jit.unroll_safe
def get_bits(s, pos, size, big):
    """The r_uint of `size` bytes of s from pos in the given order."""
    bits = r_uint(0)
    if big:
        for i in range(size):
            bits = (bits << 8) | r_uint(ord(s[pos + i]))
    else:
        i = size - 1
        while i >= 0:
            bits = (bits << 8) | r_uint(ord(s[pos + i]))
            i -= 1
    return bits


def wrap_bits(space, bits, size, signed):
    """The int value of `size`-byte bits, sign-extended when signed."""
    if signed:
        if size < 8:
            shift = 64 - size * 8
            return space.newint(intmask(bits << shift) >> shift)
        return space.newint(intmask(bits))
    if size < 8 or intmask(bits) >= 0:
        return space.newint(intmask(bits))
    return space.newlong(rbigint.fromrarith_int(bits))


def float_bits(space, x, size):
    """The IEEE bits (r_uint) of x as a `size`-byte float (a double's
    bits as the machine has them, NaN payloads included, as CPython)."""
    if size == 8:
        return r_uint(float2longlong(x))
    try:
        return r_uint(ieee.float_pack(x, size))
    except OverflowError:
        raise space.overflow_error("float too large to pack with %s format"
                                   % ('e' if size == 2 else 'f'))


def bits_float(bits, size):
    if size == 8:
        return longlong2float(rffi.cast(rffi.LONGLONG, bits))
    return ieee.float_unpack(r_ulonglong(bits), size)
