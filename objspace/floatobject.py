"""float: an IEEE double, W_FloatObject; and the builtin round().

repr is CPython's shortest round-trip form (rlib's rdtoa, code 'r');
arithmetic mixes with int exactly as CPython 3 does (an int operand is
converted, comparisons are exact); a negative base with a fractional
exponent gives a complex result.  Hashes follow CPython's numeric hash, so
hash(1.0) == hash(1).  Errors: MicroPython's wording ("divide by zero").
"""
import math

from rpython.rlib.rfloat import (formatd, isinf, isnan, DTSF_ADD_DOT_0,
                                 round_double, round_half_even,
                                 float_as_rbigint_ratio)
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.objectmodel import specialize, compute_identity_hash
from rpython.rlib.rbigint import rbigint

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin, W_BuiltinFunction
from objspace.intobject import (W_IntObject, is_int, HASH_BITS,
                                HASH_MODULUS, HASH_INF, float_to_int,
                                operator_methods, BINARY_DUNDERS,
                                UNARY_DUNDERS, _as_bigint, index_w,
                                round_int, _bytes_text, _digit_text,
                                strip_spaces, bigint_w)

INFINITY = 1e200 * 1e200
NAN = abs(INFINITY / INFINITY)


def make_nan(negative):
    """A quiet NaN with the given sign, as float('nan') / float('-nan') give
    in CPython (struct.pack and math.copysign show the sign).  The sign is
    applied at run time: the NAN constant may reach the C code with its
    sign bit set (x86's default NaN)."""
    return math.copysign(NAN, -1.0 if negative else 1.0)


def float_repr(x):
    """repr(x) of a float, as CPython 3: '1.0', '1e+16', 'inf', 'nan'."""
    if isinf(x):
        return 'inf' if x > 0 else '-inf'
    if isnan(x):
        return 'nan'
    return formatd(x, 'r', 0, DTSF_ADD_DOT_0)


def float_hash(x):
    """CPython's hash of a finite or infinite float (not nan): the value
    modulo 2**61 - 1, so integral floats hash like the equal int."""
    if isinf(x):
        return HASH_INF if x > 0 else -HASH_INF
    m, e = math.frexp(x)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    modulus = r_uint(HASH_MODULUS)
    h = r_uint(0)
    while m:
        h = ((h << 28) & modulus) | (h >> (HASH_BITS - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= y
        h += r_uint(y)
        if h >= modulus:
            h -= modulus
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    h = ((h << e) & modulus) | (h >> (HASH_BITS - e))
    result = intmask(h) * sign
    if result == -1:
        result = -2
    return result


def int_to_float(space, w_int):
    """float(w_int) of an int value; OverflowError when too big."""
    if isinstance(w_int, W_IntObject):
        return float(w_int.intval)
    from objspace.longobject import bigint_to_float
    return bigint_to_float(space, _as_bigint(space, w_int))


def _other_float(space, w_other):
    """The float value of a float or int operand, or (-1.0, False)."""
    if isinstance(w_other, W_FloatObject):
        return w_other.floatval, True
    if is_int(w_other):
        return int_to_float(space, w_other), True
    return -1.0, False


def _fmod(x, y):
    """C's fmod (nan for an infinite x or a zero y, x for an infinite y)."""
    if isnan(x) or isnan(y) or isinf(x) or y == 0.0:
        return NAN
    if isinf(y):
        return x
    return math.fmod(x, y)


def float_mod(space, x, y):
    if y == 0.0:
        raise space.zero_division("divide by zero")
    mod = _fmod(x, y)
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = math.copysign(0.0, y)
    return mod


def float_floordiv(space, x, y):
    """x // y as CPython's float_divmod computes it."""
    if y == 0.0:
        raise space.zero_division("divide by zero")
    mod = _fmod(x, y)
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


def _is_odd_integer(y):
    """y is an odd integer (finite); as CPython's DOUBLE_IS_ODD_INTEGER."""
    return not isinf(y) and math.fmod(abs(y), 2.0) == 1.0


def float_pow_w(space, x, y):
    """x ** y for floats, as CPython's float_pow; a negative x with a
    fractional y gives a complex."""
    if y == 0.0:
        return space.newfloat(1.0)
    if isnan(x):
        return space.newfloat(x)
    if isnan(y):
        return space.newfloat(1.0 if x == 1.0 else y)
    if isinf(y):
        ax = abs(x)
        if ax == 1.0:
            return space.newfloat(1.0)
        if (y > 0.0) == (ax > 1.0):
            return space.newfloat(INFINITY)
        return space.newfloat(0.0)
    if isinf(x):
        odd = _is_odd_integer(y)
        if y > 0.0:
            return space.newfloat(x if odd else abs(x))
        return space.newfloat(math.copysign(0.0, x) if odd else 0.0)
    if x == 0.0:
        odd = _is_odd_integer(y)
        if y < 0.0:
            raise space.zero_division("divide by zero")
        return space.newfloat(x if odd else 0.0)
    negate = False
    if x < 0.0:
        if y != math.floor(y):
            from objspace.complexobject import complex_pow
            return complex_pow(space, x, 0.0, y, 0.0)
        x = -x
        negate = _is_odd_integer(y)
    if x == 1.0:
        return space.newfloat(-1.0 if negate else 1.0)
    try:
        z = math.pow(x, y)
    except OverflowError:
        raise space.overflow_error("math range error")
    except ValueError:
        raise space.value_error("math domain error")
    if negate:
        z = -z
    return space.newfloat(z)


def round_float(space, x, w_ndigits):
    """round(x, ndigits) for a float: correctly rounded, halves to even."""
    num = bigint_w(space, w_ndigits)
    if isinf(x) or isnan(x) or x == 0.0:
        return space.newfloat(x)
    try:
        ndigits = num.toint()
    except OverflowError:
        ndigits = 1000 if num.sign > 0 else -1000
    if ndigits > 323:
        return space.newfloat(x)
    if ndigits < -308:
        return space.newfloat(0.0 * x)
    z = round_double(x, ndigits, half_even=True)
    if isinf(z):
        raise space.overflow_error("rounded value too large to represent")
    return space.newfloat(z)


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def is_true(self, space):
        return self.floatval != 0.0

    def hash_w(self, space):
        x = self.floatval
        if isnan(x):
            return compute_identity_hash(self)    # as CPython 3.10+
        return float_hash(x)

    def repr_w(self, space):
        return float_repr(self.floatval)

    def float_w(self, space):
        return self.floatval

    def descr_neg(self, space):
        return space.newfloat(-self.floatval)

    def descr_pos(self, space):
        return space.newfloat(self.floatval)

    def descr_abs(self, space):
        return space.newfloat(abs(self.floatval))

    @specialize.arg(3)
    def _cmp(self, space, w_other, op):
        x = self.floatval
        if isinstance(w_other, W_FloatObject):
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
        from objspace.longobject import (int_float_cmp, bigint_float_cmp,
                                         cmp_result)
        if isinstance(w_other, W_IntObject):
            if isnan(x):
                return space.newbool(op == 'ne')
            c = -int_float_cmp(w_other.intval, x)
        else:
            b = _as_bigint(space, w_other)
            if b is None:
                return None
            if isnan(x):
                return space.newbool(op == 'ne')
            c = -bigint_float_cmp(b, x)
        return cmp_result(space, c, op)

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
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(y + self.floatval)

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
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return space.newfloat(y * self.floatval)

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
        return float_pow_w(space, self.floatval, y)

    def descr_rpow(self, space, w_other):
        y, ok = _other_float(space, w_other)
        if not ok:
            return None
        return float_pow_w(space, y, self.floatval)


# ---------------------------------------------------------------- methods
def _float_self(space, w_obj):
    if not isinstance(w_obj, W_FloatObject):
        raise space.type_error("descriptor requires a 'float' object but "
                               "received a '%s'" % space.type_name(w_obj))
    return w_obj.floatval


@builtin('is_integer', 1, 1)
def float_is_integer(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    return space.newbool(not isinf(x) and not isnan(x)
                         and math.floor(x) == x)


@builtin('as_integer_ratio', 1, 1)
def float_as_integer_ratio(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    if isinf(x):
        raise space.overflow_error("cannot convert Infinity to integer ratio")
    if isnan(x):
        raise space.value_error("cannot convert NaN to integer ratio")
    num, den = float_as_rbigint_ratio(x)
    return space.newtuple([space.newlong(num), space.newlong(den)])


@builtin('conjugate', 1, 1)
def float_conjugate(space, args_w, kwnames):
    return space.newfloat(_float_self(space, args_w[0]))


@builtin('__float__', 1, 1)
def float_float(space, args_w, kwnames):
    return space.newfloat(_float_self(space, args_w[0]))


@builtin('__trunc__', 1, 1)
def float_trunc(space, args_w, kwnames):
    return float_to_int(space, _float_self(space, args_w[0]))


@builtin('__floor__', 1, 1)
def float_floor(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    if isinf(x) or isnan(x):
        return float_to_int(space, x)
    return float_to_int(space, math.floor(x))


@builtin('__ceil__', 1, 1)
def float_ceil(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    if isinf(x) or isnan(x):
        return float_to_int(space, x)
    return float_to_int(space, math.ceil(x))


@builtin('__bool__', 1, 1)
def float_bool(space, args_w, kwnames):
    return space.newbool(_float_self(space, args_w[0]) != 0.0)


@builtin('__round__', 1, 2)
def float_round(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    if len(args_w) < 2 or space.is_none(args_w[1]):
        if isinf(x) or isnan(x):
            return float_to_int(space, x)
        return float_to_int(space, round_half_even(x))
    return round_float(space, x, args_w[1])


def _prop_real(space, args_w, kwnames):
    return space.newfloat(_float_self(space, args_w[0]))


def _prop_imag(space, args_w, kwnames):
    _float_self(space, args_w[0])
    return space.newfloat(0.0)


# ---- hex() and fromhex(), as CPython's float.hex / float.fromhex
_HEXDIGITS = '0123456789abcdef'
_TOHEX_NBITS = 53 + 3 - (53 + 2) % 4     # DBL_MANT_DIG rounded to 4k + 1


@builtin('hex', 1, 1)
def float_hex(space, args_w, kwnames):
    x = _float_self(space, args_w[0])
    return space.newtext(float_to_hex(x))


def float_to_hex(x):
    if isnan(x) or isinf(x):
        return float_repr(x)
    if x == 0.0:
        if math.copysign(1.0, x) == -1.0:
            return '-0x0.0p+0'
        return '0x0.0p+0'
    m, e = math.frexp(abs(x))
    shift = 1 - max(-1021 - e, 0)       # DBL_MIN_EXP = -1021
    m = math.ldexp(m, shift)
    e -= shift
    digits = []
    d = int(m)
    digits.append(_HEXDIGITS[d])
    m -= d
    digits.append('.')
    for i in range((_TOHEX_NBITS - 1) // 4):
        m *= 16.0
        d = int(m)
        digits.append(_HEXDIGITS[d])
        m -= d
    if e < 0:
        exp = '-%d' % (-e)
    else:
        exp = '+%d' % e
    sign = '-' if x < 0.0 else ''
    return sign + '0x' + ''.join(digits) + 'p' + exp


def _hexval(c):
    if '0' <= c <= '9':
        return ord(c) - 48
    if 'a' <= c <= 'f':
        return ord(c) - 87
    if 'A' <= c <= 'F':
        return ord(c) - 55
    return -1


def float_from_hex(space, text):
    """float.fromhex(text): [sign] ['0x'] hexdigits ['.' hexdigits]
    ['p' [sign] decimal]; or inf/nan; exact (rounded half to even)."""
    s = strip_spaces(text)
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == '+' or s[i] == '-'):
        negative = s[i] == '-'
        i += 1
    rest = s[i:].lower()
    if rest == 'inf' or rest == 'infinity':
        return -INFINITY if negative else INFINITY
    if rest == 'nan':
        return make_nan(negative)
    if i + 1 < n and s[i] == '0' and (s[i + 1] == 'x' or s[i + 1] == 'X'):
        i += 2
    mant = rbigint.fromint(0)
    ndigits = 0
    frac_digits = 0
    while i < n and _hexval(s[i]) >= 0:
        mant = mant.int_mul(16).int_add(_hexval(s[i]))
        ndigits += 1
        i += 1
    if i < n and s[i] == '.':
        i += 1
        while i < n and _hexval(s[i]) >= 0:
            mant = mant.int_mul(16).int_add(_hexval(s[i]))
            ndigits += 1
            frac_digits += 1
            i += 1
    if ndigits == 0:
        raise _fromhex_invalid(space)
    exp = 0
    if i < n and (s[i] == 'p' or s[i] == 'P'):
        i += 1
        exp_negative = False
        if i < n and (s[i] == '+' or s[i] == '-'):
            exp_negative = s[i] == '-'
            i += 1
        start = i
        while i < n and '0' <= s[i] <= '9':
            if exp < 100000000:
                exp = exp * 10 + (ord(s[i]) - 48)
            i += 1
        if i == start:
            raise _fromhex_invalid(space)
        if exp_negative:
            exp = -exp
    if i != n:
        raise _fromhex_invalid(space)
    exp -= 4 * frac_digits
    x = _scaled_to_float(space, mant, exp)
    return -x if negative else x


def _scaled_to_float(space, mant, exp):
    """mant * 2**exp rounded to the nearest double (halves to even)."""
    if not mant.tobool():
        return 0.0
    nbits = mant.bit_length()
    top = nbits + exp           # value in [2**(top-1), 2**top)
    if top > 1024:
        raise space.overflow_error("hexadecimal value too large to "
                                   "represent as a float")
    if top < -1074 - 1:
        return 0.0
    # keep 53 bits, or fewer for subnormals (lowest bit weight 2**-1074)
    keep = 53
    if top - 53 < -1074:
        keep = top + 1074
    drop = nbits - keep
    if drop > 0:
        q = mant.rshift(drop)
        rem = mant.sub(q.lshift(drop))
        half = rbigint.fromint(1).lshift(drop - 1)
        if rem.gt(half) or (rem.eq(half) and q.int_and_(1).tobool()):
            q = q.int_add(1)
        mant = q
        exp += drop
    x = math.ldexp(mant.tofloat(), exp)
    if isinf(x):
        raise space.overflow_error("hexadecimal value too large to "
                                   "represent as a float")
    return x


def _fromhex_invalid(space):
    return space.value_error("invalid hexadecimal floating-point string")


@builtin('fromhex', 2, 2)
def float_fromhex(space, args_w, kwnames):
    return space.newfloat(float_from_hex(space, space.text_w(args_w[1])))


# ---------------------------------------------------------------- float()
def _valid_underscores(s):
    """'_' only between two ASCII digits."""
    for i in range(len(s)):
        if s[i] == '_':
            if i == 0 or i == len(s) - 1:
                return False
            if not ('0' <= s[i - 1] <= '9') or not ('0' <= s[i + 1] <= '9'):
                return False
    return True


def parse_float_text(space, text):
    """float(text): decimal or 'inf'/'infinity'/'nan' with sign, '_'
    between digits, surrounding whitespace; ValueError otherwise."""
    from rpython.rlib.rfloat import string_to_float
    from rpython.rlib.rstring import replace as rreplace
    s = strip_spaces(_digit_text(text))
    ok = len(s) > 0 and _valid_underscores(s)
    if ok:
        for c in s:
            if not (('0' <= c <= '9') or c == '.' or c == 'e' or c == 'E'
                    or c == '+' or c == '-' or c == '_' or c.isalpha()):
                ok = False
                break
    if ok:
        try:
            x = string_to_float(rreplace(s, '_', ''))
        except Exception:
            pass
        else:
            if isnan(x):
                # rlib's NAN may reach the C code with its sign bit set
                x = make_nan(s[0] == '-')
            return x
    from objspace.strobject import str_repr
    raise space.value_error("could not convert string to float: %s"
                            % str_repr(text))


def float_of(space, w_x):
    """float(w_x) for a non-str argument."""
    from objspace.instanceobject import W_InstanceObject, call_special
    if isinstance(w_x, W_FloatObject):
        return w_x.floatval
    if is_int(w_x):
        return int_to_float(space, w_x)
    if isinstance(w_x, W_InstanceObject):
        w_res = call_special(space, w_x, '__float__', [])
        if w_res is not None:
            if not isinstance(w_res, W_FloatObject):
                raise space.type_error("__float__ returned non-float (type "
                                       "%s)" % space.type_name(w_res))
            return w_res.floatval
        w_index = index_w(space, w_x)
        if w_index is not None:
            return int_to_float(space, w_index)
    raise space.type_error("can't convert %s to float" % space.type_name(w_x))


def _float_new(space, w_type, args_w, kwnames):
    from objspace.strobject import W_StrObject
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) == 0:
        return space.newfloat(0.0)
    if len(args_w) > 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    w_x = args_w[0]
    if isinstance(w_x, W_StrObject):
        return space.newfloat(parse_float_text(space, w_x.utf8))
    text = _bytes_text(space, w_x)
    if text is not None:
        return space.newfloat(parse_float_text(space, text))
    return space.newfloat(float_of(space, w_x))


def _make_prop(name, func):
    from objspace.descriptors import W_Property
    return W_Property(W_BuiltinFunction(name, func, 1, 1), None, None)


_float_methods = operator_methods(W_FloatObject, BINARY_DUNDERS, UNARY_DUNDERS)
_float_methods.update({
    'is_integer': float_is_integer.w_builtin,
    'as_integer_ratio': float_as_integer_ratio.w_builtin,
    'conjugate': float_conjugate.w_builtin,
    'hex': float_hex.w_builtin,
    '__float__': float_float.w_builtin,
    '__int__': float_trunc.w_builtin,
    '__trunc__': W_BuiltinFunction('__trunc__', float_trunc, 1, 1),
    '__floor__': float_floor.w_builtin,
    '__ceil__': float_ceil.w_builtin,
    '__bool__': float_bool.w_builtin,
    '__round__': float_round.w_builtin,
    'real': _make_prop('real', _prop_real),
    'imag': _make_prop('imag', _prop_imag),
})
W_FloatObject.typedef = TypeDef('float', methods=_float_methods,
                                new=_float_new)


def _install_fromhex():
    from objspace.descriptors import W_ClassMethod
    W_FloatObject.typedef.methods['fromhex'] = W_ClassMethod(
        float_fromhex.w_builtin)


_install_fromhex()


# ---------------------------------------------------------------- round()
@builtin('round', 0, 2, keywords=True)
def builtin_round(space, args_w, kwnames):
    """round(number, ndigits=None): type(number).__round__."""
    from objspace.functionobject import get_keyword, check_keywords
    check_keywords(space, kwnames, ['number', 'ndigits'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    w_x = args_w[0] if npos > 0 else get_keyword(args_w, kwnames, 'number')
    if w_x is None:
        raise space.type_error("function missing 1 required positional "
                               "arguments")
    w_nd = get_keyword(args_w, kwnames, 'ndigits')
    if npos > 1:
        if w_nd is not None:
            raise space.type_error("function got multiple values for "
                                   "argument 'ndigits'")
        w_nd = args_w[1]
    if w_nd is not None and space.is_none(w_nd):
        w_nd = None
    # exact types here; subclasses (which may override __round__) below
    if type(w_x) is W_FloatObject:
        x = w_x.floatval
        if w_nd is None:
            if isinf(x) or isnan(x):
                return float_to_int(space, x)
            return float_to_int(space, round_half_even(x))
        return round_float(space, x, w_nd)
    if type(w_x) is W_IntObject:
        if w_nd is None:
            return w_x
        return round_int(space, w_x, w_nd)
    w_round = space.type(w_x).lookup('__round__')
    if w_round is None:
        raise space.type_error("type %s doesn't define __round__ method"
                               % space.type_name(w_x))
    if w_nd is None:
        return space.call_bound(w_round, w_x, [])
    return space.call_bound(w_round, w_x, [w_nd])
