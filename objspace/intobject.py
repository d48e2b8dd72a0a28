"""int, machine-word form: W_IntObject.

One `int` type as programs see it: a W_IntObject holds a signed machine word
and every operation that overflows moves to W_LongObject (objspace/
longobject.py, rbigint) through ovfcheck.  bool (objspace/boolobject.py)
subclasses W_IntObject.  Semantics: CPython 3 `int`; error messages:
MicroPython's (e.g. "divide by zero").
"""
from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask, LONG_BIT
from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rstring import replace as rreplace

from objspace.baseobject import W_Root, TypeDef


def _as_bigint(space, w_obj):
    """rbigint of an int value (W_IntObject or W_LongObject), else None."""
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    from objspace.longobject import W_LongObject
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    return None


@specialize.arg(3)
def _long(space, w_self, w_other, opname):
    """Redo a binary op on rbigints (after overflow, or with a long operand)."""
    from objspace.longobject import W_LongObject
    return getattr(W_LongObject(rbigint.fromint(w_self.intval)), opname)(space, w_other)


@specialize.arg(3)
def _float_op(space, w_self, w_other, opname):
    from objspace.floatobject import W_FloatObject
    return getattr(W_FloatObject(float(w_self.intval)), opname)(space, w_other)


def _is_float(w_obj):
    from objspace.floatobject import W_FloatObject
    return isinstance(w_obj, W_FloatObject)


def int_floordiv(space, x, y):
    """x // y for machine ints; raises ZeroDivisionError; may overflow."""
    if y == 0:
        raise space.zero_division("divide by zero")
    if y == -1 and x == -x and x != 0:
        raise OverflowError     # -sys.maxsize-1 // -1
    return x // y   # RPython's // floors, as Python's


def int_mod(space, x, y):
    if y == 0:
        raise space.zero_division("divide by zero")
    if y == -1:
        return 0
    return x % y    # RPython's % takes the sign of y, as Python's


def int_pow(space, x, y):
    """x ** y for y >= 0 by repeated squaring; raises OverflowError."""
    result = 1
    while y > 0:
        if y & 1:
            result = ovfcheck(result * x)
        y >>= 1
        if y:
            x = ovfcheck(x * x)
    return result


class W_IntObject(W_Root):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def is_true(self, space):
        return self.intval != 0

    def hash_w(self, space):
        # CPython: hash(-1) == -2; other small ints hash to themselves
        if self.intval == -1:
            return -2
        return self.intval

    def repr_w(self, space):
        return str(self.intval)

    def int_w(self, space):
        return self.intval

    def float_w(self, space):
        return float(self.intval)

    def descr_neg(self, space):
        x = self.intval
        try:
            return space.newint(ovfcheck(-x))
        except OverflowError:
            return space.newlong(rbigint.fromint(x).neg())

    def descr_pos(self, space):
        return space.newint(self.intval)

    def descr_invert(self, space):
        return space.newint(~self.intval)

    def descr_abs(self, space):
        if self.intval < 0:
            return self.descr_neg(space)
        return space.newint(self.intval)

    # ---- comparisons
    @specialize.arg(3)
    def _cmp(self, space, w_other, op):
        if isinstance(w_other, W_IntObject):
            x = self.intval
            y = w_other.intval
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
        if _is_float(w_other) or _as_bigint(space, w_other) is not None:
            return _long_or_float_cmp(space, self, w_other, op)
        return None

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

    # ---- arithmetic
    def descr_add(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(ovfcheck(self.intval + w_other.intval))
            except OverflowError:
                pass
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_add')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_add')

    def descr_sub(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(ovfcheck(self.intval - w_other.intval))
            except OverflowError:
                pass
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_sub')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_sub')

    def descr_mul(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(ovfcheck(self.intval * w_other.intval))
            except OverflowError:
                pass
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_mul')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_mul')

    def descr_floordiv(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(int_floordiv(space, self.intval,
                                                 w_other.intval))
            except OverflowError:
                pass
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_floordiv')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_floordiv')

    def descr_mod(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(int_mod(space, self.intval, w_other.intval))
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_mod')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_mod')

    def descr_truediv(self, space, w_other):
        if isinstance(w_other, W_IntObject) or _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_truediv')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_truediv')

    def descr_pow(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if y < 0:
                return _float_op(space, self, w_other, 'descr_pow')
            try:
                return space.newint(int_pow(space, self.intval, y))
            except OverflowError:
                pass
        elif _is_float(w_other):
            return _float_op(space, self, w_other, 'descr_pow')
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_pow')

    def descr_lshift(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if y < 0:
                raise space.value_error("negative shift count")
            x = self.intval
            if y < LONG_BIT:
                z = intmask(r_uint(x) << y)
                if (z >> y) == x:
                    return space.newint(z)
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_lshift')

    def descr_rshift(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if y < 0:
                raise space.value_error("negative shift count")
            if y >= LONG_BIT:
                y = LONG_BIT - 1
            return space.newint(self.intval >> y)
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_rshift')

    def descr_and(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval & w_other.intval)
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_and')

    def descr_or(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval | w_other.intval)
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_or')

    def descr_xor(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval ^ w_other.intval)
        elif _as_bigint(space, w_other) is None:
            return None
        return _long(space, self, w_other, 'descr_xor')

    # reflected forms: only reached with a non-int left operand (e.g. float
    # or a user class), which handled the op itself or returned None
    def descr_radd(self, space, w_other):
        return None


@specialize.arg(3)
def _long_or_float_cmp(space, w_a, w_b, op):
    """Compare an int with a long or a float (exactly, as CPython)."""
    from objspace.longobject import compare_numbers
    return compare_numbers(space, w_a, w_b, op)


W_IntObject.typedef = TypeDef('int', acceptable_as_base=True)


def parse_int_text(space, s, base):
    """int(s, base) for a str: sign, optional prefix, '_' separators and
    surrounding whitespace as CPython 3 accepts them; ValueError otherwise
    (MicroPython's wording)."""
    orig = s
    s = s.strip()
    negative = False
    if s.startswith('-') or s.startswith('+'):
        negative = s[0] == '-'
        s = s[1:]
    if base == 0 or base == 16 or base == 8 or base == 2:
        low = s[:2].lower()
        if low == '0x' and base in (0, 16):
            base = 16
            s = s[2:]
        elif low == '0o' and base in (0, 8):
            base = 8
            s = s[2:]
        elif low == '0b' and base in (0, 2):
            base = 2
            s = s[2:]
        elif base == 0:
            if len(s) > 1 and s[0] == '0' and _has_nonzero_digit(s):
                raise _invalid(space, orig, 0)
            base = 10
        if s.startswith('_'):
            s = s[1:]
    if base < 2 or base > 36:
        raise space.value_error("int() arg 2 must be >= 2 and <= 36")
    if not s or s.startswith('_') or s.endswith('_') or s.find('__') >= 0:
        raise _invalid(space, orig, base)
    digits = rreplace(s, '_', '')
    for c in digits:
        if c.isdigit():
            d = ord(c) - ord('0')
        elif 'a' <= c <= 'z':
            d = ord(c) - ord('a') + 10
        elif 'A' <= c <= 'Z':
            d = ord(c) - ord('A') + 10
        else:
            raise _invalid(space, orig, base)
        if d >= base:
            raise _invalid(space, orig, base)
    num = rbigint.fromstr(digits, base)
    if negative:
        num = num.neg()
    return space.newlong(num)


def _has_nonzero_digit(s):
    for c in s:
        if c != '0' and c != '_':
            return True
    return False


def _invalid(space, s, base):
    from objspace.strobject import str_repr
    return space.value_error("invalid syntax for integer with base %d: %s"
                             % (base, str_repr(s)))


def _int_new(space, w_type, args_w, kwnames):
    from objspace.strobject import W_StrObject
    from objspace.floatobject import W_FloatObject
    from objspace.longobject import W_LongObject
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) == 0:
        return space.newint(0)
    w_x = args_w[0]
    if len(args_w) > 2:
        raise space.type_error("int() takes at most 2 arguments")
    if len(args_w) == 2:
        if not isinstance(w_x, W_StrObject):
            raise space.type_error("int() can't convert non-string with explicit base")
        return parse_int_text(space, w_x.utf8, space.int_w(args_w[1]))
    if isinstance(w_x, W_StrObject):
        return parse_int_text(space, w_x.utf8, 10)
    if isinstance(w_x, W_IntObject):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        from objspace.formatting import _float_to_bigint
        return space.newlong(_float_to_bigint(space, w_x.floatval))
    raise space.type_error("can't convert %s to int" % space.type_name(w_x))


W_IntObject.typedef.new = _int_new
from objspace.bytesobject import int_methods  # noqa: E402 (imports int lazily)
W_IntObject.typedef.methods.update(int_methods())  # to_bytes, from_bytes
