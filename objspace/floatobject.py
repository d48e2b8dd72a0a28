"""float: an IEEE double, W_FloatObject.

repr is CPython's shortest round-trip form (rlib's rdtoa, code 'r');
arithmetic mixes with int exactly as CPython 3 does.  Errors: MicroPython's
wording ("divide by zero").
"""
import math

from rpython.rlib.rfloat import formatd, isinf, isnan, DTSF_ADD_DOT_0
from rpython.rlib.objectmodel import specialize

from objspace.baseobject import W_Root, TypeDef


def float_repr(x):
    """repr(x) of a float, as CPython 3: '1.0', '1e+16', 'inf', 'nan'."""
    if isinf(x):
        return 'inf' if x > 0 else '-inf'
    if isnan(x):
        return 'nan'
    return formatd(x, 'r', 0, DTSF_ADD_DOT_0)


def _other_float(space, w_other):
    """The float value of a float or int operand, or -1.0 with ok False."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if isinstance(w_other, W_FloatObject):
        return w_other.floatval, True
    if isinstance(w_other, W_IntObject) or isinstance(w_other, W_LongObject):
        return w_other.float_w(space), True
    return -1.0, False


def float_mod(space, x, y):
    if y == 0.0:
        raise space.zero_division("divide by zero")
    mod = math.fmod(x, y)
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = math.copysign(0.0, y)
    return mod


def float_floordiv(space, x, y):
    if y == 0.0:
        raise space.zero_division("divide by zero")
    mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod:
        if (y < 0.0) != (mod < 0.0):
            div -= 1.0
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv


def float_pow(space, x, y):
    if y == 0.0:
        return 1.0
    if isnan(x) or isnan(y):
        return x + y
    if x == 0.0 and y < 0.0:
        raise space.zero_division("0.0 cannot be raised to a negative power")
    if x < 0.0 and y != math.floor(y) and not isinf(y):
        # CPython returns a complex number here; complex comes later
        raise space.value_error("math domain error")
    try:
        return math.pow(x, y)
    except OverflowError:
        raise space.overflow_error("result too large")
    except ValueError:
        raise space.value_error("math domain error")


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def is_true(self, space):
        return self.floatval != 0.0

    def hash_w(self, space):
        x = self.floatval
        if not isinf(x) and not isnan(x) and math.floor(x) == x:
            # integral floats hash like the equal int
            from rpython.rlib.rbigint import rbigint
            return space.newlong(rbigint.fromfloat(x)).hash_w(space)
        from rpython.rlib.objectmodel import compute_hash
        return compute_hash(x)

    def repr_w(self, space):
        return float_repr(self.floatval)

    def float_w(self, space):
        return self.floatval

    def descr_neg(self, space):
        return space.newfloat(-self.floatval)

    def descr_pos(self, space):
        return self

    def descr_abs(self, space):
        return space.newfloat(abs(self.floatval))

    @specialize.arg(3)
    def _cmp(self, space, w_other, op):
        from objspace.longobject import compare_numbers
        if isinstance(w_other, W_FloatObject):
            x = self.floatval
            y = w_other.floatval
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
        y, ok = _other_float(space, w_other)
        if not ok:
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
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(self.floatval + y)

    def descr_radd(self, space, w_other):
        return self.descr_add(space, w_other)

    def descr_sub(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(self.floatval - y)

    def descr_rsub(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(y - self.floatval)

    def descr_mul(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(self.floatval * y)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_truediv(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        if y == 0.0:
            raise space.zero_division("divide by zero")
        return space.newfloat(self.floatval / y)

    def descr_rtruediv(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        if self.floatval == 0.0:
            raise space.zero_division("divide by zero")
        return space.newfloat(y / self.floatval)

    def descr_floordiv(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_floordiv(space, self.floatval, y))

    def descr_rfloordiv(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_floordiv(space, y, self.floatval))

    def descr_mod(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_mod(space, self.floatval, y))

    def descr_rmod(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_mod(space, y, self.floatval))

    def descr_pow(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_pow(space, self.floatval, y))

    def descr_rpow(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(float_pow(space, y, self.floatval))


W_FloatObject.typedef = TypeDef('float')


def _float_new(space, w_type, args_w, kwnames):
    from objspace.strobject import W_StrObject
    from rpython.rlib.rfloat import string_to_float
    from rpython.rlib.rstring import replace as rreplace
    if len(args_w) == 0:
        return space.newfloat(0.0)
    if len(args_w) > 1:
        raise space.type_error("float() takes at most 1 argument")
    w_x = args_w[0]
    if isinstance(w_x, W_StrObject):
        s = rreplace(w_x.utf8.strip(), '_', '')
        low = s.lower()
        sign = 1.0
        if low.startswith('-') or low.startswith('+'):
            if low[0] == '-':
                sign = -1.0
            low = low[1:]
        if low == 'inf' or low == 'infinity':
            return space.newfloat(sign * INFINITY)
        if low == 'nan':
            return space.newfloat(NAN)
        try:
            return space.newfloat(string_to_float(s))
        except ValueError:
            from objspace.strobject import str_repr
            raise space.value_error("could not convert string to float: %s"
                                    % str_repr(w_x.utf8))
    return space.newfloat(space.float_w(w_x))


INFINITY = 1e200 * 1e200
NAN = INFINITY - INFINITY
W_FloatObject.typedef.new = _float_new
