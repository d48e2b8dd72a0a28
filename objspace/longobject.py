"""int, arbitrary-precision form: W_LongObject, backed by rlib's rbigint.

Programs never see this as a separate type: `type(2**100) is int`.  Results
that fit a machine word go back to W_IntObject (space.newlong normalises).
The binary operations on rbigints live here (long_binop), for both forms.
"""
import math

from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rfloat import isinf, isnan

from objspace.baseobject import W_Root
from objspace.intobject import (W_IntObject, _as_bigint, bigint_hash,
                                install_reflected)


class W_LongObject(W_Root):
    _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.num.tobool()

    def hash_w(self, space):
        return bigint_hash(self.num)

    def repr_w(self, space):
        return self.num.str()

    def int_w(self, space):
        try:
            return self.num.toint()
        except OverflowError:
            raise space.overflow_error("overflow converting long int to "
                                       "machine word")

    def float_w(self, space):
        return bigint_to_float(space, self.num)

    def bigint(self):
        return self.num

    def descr_neg(self, space):
        return space.newlong(self.num.neg())

    def descr_pos(self, space):
        if type(self) is not W_LongObject:     # a user subclass's instance
            return W_LongObject(self.num)
        return self

    def descr_invert(self, space):
        return space.newlong(self.num.invert())

    def descr_abs(self, space):
        return space.newlong(self.num.abs())

    @specialize.arg(3)
    def _cmp(self, space, w_other, op):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        return cmp_result(space, bigint_cmp(self.num, b), op)

    def descr_eq(self, space, w_other):
        return self._cmp(space, w_other, 'eq')

    def descr_ne(self, space, w_other):
        return self._cmp(space, w_other, 'ne')

    def descr_lt(self, space, w_other):
        return self._cmp(space, w_other, 'lt')

    def descr_le(self, space, w_other):
        return self._cmp(space, w_other, 'le')

    def descr_gt(self, space, w_other):
        return self._cmp(space, w_other, 'gt')

    def descr_ge(self, space, w_other):
        return self._cmp(space, w_other, 'ge')

    @specialize.arg(2)
    def _binop(self, space, opname, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        return long_binop(space, opname, self.num, b)

    def descr_add(self, space, w_other):
        return self._binop(space, 'add', w_other)

    def descr_sub(self, space, w_other):
        return self._binop(space, 'sub', w_other)

    def descr_mul(self, space, w_other):
        return self._binop(space, 'mul', w_other)

    def descr_floordiv(self, space, w_other):
        return self._binop(space, 'floordiv', w_other)

    def descr_mod(self, space, w_other):
        return self._binop(space, 'mod', w_other)

    def descr_truediv(self, space, w_other):
        return self._binop(space, 'truediv', w_other)

    def descr_pow(self, space, w_other):
        return self._binop(space, 'pow', w_other)

    def descr_lshift(self, space, w_other):
        return self._binop(space, 'lshift', w_other)

    def descr_rshift(self, space, w_other):
        return self._binop(space, 'rshift', w_other)

    def descr_and(self, space, w_other):
        return self._binop(space, 'and', w_other)

    def descr_or(self, space, w_other):
        return self._binop(space, 'or', w_other)

    def descr_xor(self, space, w_other):
        return self._binop(space, 'xor', w_other)


install_reflected(W_LongObject)


def bigint_to_float(space, num):
    try:
        return num.tofloat()
    except OverflowError:
        raise space.overflow_error("int too big to convert to float")


@specialize.arg(1)
def long_binop(space, opname, a, b):
    """a <op> b on rbigints, as Python's int operators; results that fit a
    word become W_IntObject."""
    if opname == 'add':
        return space.newlong(a.add(b))
    elif opname == 'sub':
        return space.newlong(a.sub(b))
    elif opname == 'mul':
        return space.newlong(a.mul(b))
    elif opname == 'floordiv':
        if not b.tobool():
            raise space.zero_division("divide by zero")
        return space.newlong(a.floordiv(b))
    elif opname == 'mod':
        if not b.tobool():
            raise space.zero_division("divide by zero")
        return space.newlong(a.mod(b))
    elif opname == 'truediv':
        if not b.tobool():
            raise space.zero_division("divide by zero")
        try:
            return space.newfloat(a.truediv(b))
        except OverflowError:
            raise space.overflow_error("integer division result too large "
                                       "for a float")
    elif opname == 'pow':
        if b.sign < 0:
            from objspace.floatobject import float_pow_w
            return float_pow_w(space, bigint_to_float(space, a),
                               bigint_to_float(space, b))
        return big_pow(space, a, b)
    elif opname == 'lshift':
        if b.sign < 0:
            raise space.value_error("negative shift count")
        if not a.tobool():
            return space.newint(0)
        try:
            shift = b.toint()
        except OverflowError:
            raise space.overflow_error("result overflows")
        return space.newlong(a.lshift(shift))
    elif opname == 'rshift':
        if b.sign < 0:
            raise space.value_error("negative shift count")
        try:
            shift = b.toint()
        except OverflowError:
            return space.newint(-1 if a.sign < 0 else 0)
        return space.newlong(a.rshift(shift))
    elif opname == 'and':
        return space.newlong(a.and_(b))
    elif opname == 'or':
        return space.newlong(a.or_(b))
    elif opname == 'xor':
        return space.newlong(a.xor(b))
    else:
        raise AssertionError(opname)


def big_pow(space, a, b):
    """a ** b for b >= 0 (rbigints)."""
    if a.numdigits() == 1:
        small = a.toint()
        if small == 0 or small == 1:
            return space.newint(small if b.tobool() else 1)
        if small == -1:
            return space.newint(-1 if b.int_and_(1).tobool() else 1)
    return space.newlong(a.pow(b))


def pow_mod(space, a, b, c):
    """pow(a, b, c) on rbigints, as Python 3.8: a negative exponent uses the
    modular inverse of a; the result has the sign of c."""
    if not c.tobool():
        raise space.value_error("pow() 3rd argument cannot be 0")
    if b.sign < 0:
        cabs = c.abs()
        inv = mod_inverse(a.mod(cabs), cabs)
        if inv is None:
            raise space.value_error("base is not invertible for the given "
                                    "modulus")
        a = inv
        b = b.neg()
    return space.newlong(a.pow(b, c))


def mod_inverse(a, m):
    """x with a*x == 1 (mod m) for 0 <= a < m, m > 0; None if there is
    none (extended Euclid)."""
    one = rbigint.fromint(1)
    if m.eq(one):
        return rbigint.fromint(0)
    r0, r1 = m, a
    s0, s1 = rbigint.fromint(0), one
    while r1.tobool():
        q, r = r0.divmod(r1)
        r0, r1 = r1, r
        s0, s1 = s1, s0.sub(q.mul(s1))
    if not r0.eq(one):
        return None
    return s0.mod(m)


def cmp_result(space, c, op):
    """c is -1, 0 or 1 (a <=> b)."""
    if op == 'eq':
        return space.newbool(c == 0)
    elif op == 'ne':
        return space.newbool(c != 0)
    elif op == 'lt':
        return space.newbool(c < 0)
    elif op == 'le':
        return space.newbool(c <= 0)
    elif op == 'gt':
        return space.newbool(c > 0)
    else:
        return space.newbool(c >= 0)


def bigint_cmp(a, b):
    if a.lt(b):
        return -1
    if a.eq(b):
        return 0
    return 1


def bigint_float_cmp(a, f):
    """a <=> f for an rbigint a and a float f that isn't nan, exactly."""
    if isinf(f):
        return -1 if f > 0 else 1
    fl = math.floor(f)
    c = bigint_cmp(a, rbigint.fromfloat(fl))
    if c != 0:
        return c
    if f > fl:
        return -1
    return 0


def int_float_cmp(x, f):
    """x <=> f for a machine int x and a float f that isn't nan, exactly."""
    if -(1 << 53) <= x <= (1 << 53):
        y = float(x)
        if y < f:
            return -1
        if y > f:
            return 1
        return 0
    return bigint_float_cmp(rbigint.fromint(x), f)
