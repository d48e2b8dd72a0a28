"""int, arbitrary-precision form: W_LongObject, backed by rlib's rbigint.

Programs never see this as a separate type: `type(2**100) is int`.  Results
that fit a machine word go back to W_IntObject (space.newlong normalises).
"""
import math

from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rfloat import isinf, isnan

from objspace.baseobject import W_Root
from objspace.intobject import W_IntObject, _as_bigint


class W_LongObject(W_Root):
    _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.num.tobool()

    def hash_w(self, space):
        # CPython's int hash: the value modulo 2**61 - 1, sign kept
        modulus = rbigint.fromint((1 << 61) - 1)
        h = self.num.abs().mod(modulus).toint()
        if self.num.sign < 0:
            h = -h
        if h == -1:
            h = -2
        return h

    def repr_w(self, space):
        return self.num.str()

    def int_w(self, space):
        try:
            return self.num.toint()
        except OverflowError:
            raise space.overflow_error("overflow converting long int to machine word")

    def float_w(self, space):
        try:
            return self.num.tofloat()
        except OverflowError:
            raise space.overflow_error("int too big to convert to float")

    def descr_neg(self, space):
        return space.newlong(self.num.neg())

    def descr_pos(self, space):
        return self

    def descr_invert(self, space):
        return space.newlong(self.num.invert())

    def descr_abs(self, space):
        return space.newlong(self.num.abs())

    @specialize.arg(3)
    def _cmp(self, space, w_other, op):
        if _as_bigint(space, w_other) is None and not _is_float(w_other):
            return None
        return compare_numbers(space, self, w_other, op)

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

    def descr_add(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_add')
        return space.newlong(self.num.add(b))

    def descr_sub(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_sub')
        return space.newlong(self.num.sub(b))

    def descr_mul(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_mul')
        return space.newlong(self.num.mul(b))

    def descr_floordiv(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_floordiv')
        if not b.tobool():
            raise space.zero_division("divide by zero")
        return space.newlong(self.num.floordiv(b))

    def descr_mod(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_mod')
        if not b.tobool():
            raise space.zero_division("divide by zero")
        return space.newlong(self.num.mod(b))

    def descr_truediv(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_truediv')
        if not b.tobool():
            raise space.zero_division("divide by zero")
        try:
            f = self.num.truediv(b)
        except OverflowError:
            raise space.overflow_error("int too big to convert to float")
        return space.newfloat(f)

    def descr_pow(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return _float_fallback(space, self, w_other, 'descr_pow')
        if b.sign < 0:
            return space.newfloat(self.float_w(space)).descr_pow(space, w_other)
        return space.newlong(self.num.pow(b))

    def descr_lshift(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        if b.sign < 0:
            raise space.value_error("negative shift count")
        try:
            shift = b.toint()
        except OverflowError:
            raise space.overflow_error("shift count too large")
        return space.newlong(self.num.lshift(shift))

    def descr_rshift(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        if b.sign < 0:
            raise space.value_error("negative shift count")
        try:
            shift = b.toint()
        except OverflowError:
            return space.newint(-1 if self.num.sign < 0 else 0)
        return space.newlong(self.num.rshift(shift))

    def descr_and(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        return space.newlong(self.num.and_(b))

    def descr_or(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        return space.newlong(self.num.or_(b))

    def descr_xor(self, space, w_other):
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        return space.newlong(self.num.xor(b))


def _is_float(w_obj):
    from objspace.floatobject import W_FloatObject
    return isinstance(w_obj, W_FloatObject)


@specialize.arg(3)
def _float_fallback(space, w_self, w_other, opname):
    if not _is_float(w_other):
        return None
    return getattr(space.newfloat(w_self.float_w(space)), opname)(space, w_other)


def _cmp_result(space, c, op):
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


def _bigint_cmp(a, b):
    if a.lt(b):
        return -1
    if a.eq(b):
        return 0
    return 1


def _bigint_float_cmp(a, f):
    """a <=> f for an rbigint a and a finite float f, exactly."""
    fl = math.floor(f)
    c = _bigint_cmp(a, rbigint.fromfloat(fl))
    if c != 0:
        return c
    if f > fl:
        return -1
    return 0


@specialize.arg(3)
def compare_numbers(space, w_a, w_b, op):
    """Exact comparison of two of int/long/float (at least one not a
    machine int pair), as CPython compares mixed numbers."""
    a = _as_bigint(space, w_a)
    b = _as_bigint(space, w_b)
    if a is not None and b is not None:
        return _cmp_result(space, _bigint_cmp(a, b), op)
    if a is None and b is None:
        x = w_a.float_w(space)
        y = w_b.float_w(space)
        if op == 'eq':
            return space.newbool(x == y)
        elif op == 'ne':
            return space.newbool(x != y)
        elif op == 'lt':
            return space.newbool(x < y)
        elif op == 'le':
            return space.newbool(x <= y)
        elif op == 'gt':
            return space.newbool(x > y)
        else:
            return space.newbool(x >= y)
    # one integer and one float
    swapped = a is None
    if swapped:
        f = w_a.float_w(space)
        big = b
    else:
        f = w_b.float_w(space)
        big = a
    assert big is not None
    if isnan(f):
        return space.newbool(op == 'ne')
    if isinf(f):
        c = -1 if f > 0 else 1
    else:
        c = _bigint_float_cmp(big, f)
    if swapped:
        c = -c
    return _cmp_result(space, c, op)
