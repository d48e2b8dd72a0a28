"""int, machine-word form: W_IntObject.

One `int` type as programs see it: a W_IntObject holds a signed machine word
and every operation that overflows moves to W_LongObject (objspace/
longobject.py, rbigint) through ovfcheck.  bool (objspace/boolobject.py)
subclasses W_IntObject.  An operand of another type gives None
(NotImplemented): float and complex handle mixed arithmetic in their
reflected methods.  Semantics: CPython 3 `int`; error messages: MicroPython's
(e.g. "divide by zero").
"""
import sys

from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask, LONG_BIT
from rpython.rlib.rbigint import rbigint
from rpython.rlib.objectmodel import specialize
from objspace import unicodedb

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin, W_BuiltinFunction


# ---------------------------------------------------------------- hashing
# CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1 (on
# 64-bit machines; 2**31 - 1 on 32-bit ones), so equal ints, floats and
# complex numbers hash alike ("Hashing of numeric types" in the docs).
HASH_BITS = 61 if LONG_BIT == 64 else 31
HASH_MODULUS = (1 << HASH_BITS) - 1
HASH_INF = 314159
HASH_IMAG = 1000003


def int_hash(x):
    """hash() of a machine-word int, as CPython's."""
    if -HASH_MODULUS < x < HASH_MODULUS:
        h = x
    else:
        ux = r_uint(x)
        if x < 0:
            ux = r_uint(0) - ux
        h = intmask(ux % r_uint(HASH_MODULUS))
        if x < 0:
            h = -h
    if h == -1:
        h = -2
    return h


def bigint_hash(num):
    """hash() of an rbigint, as CPython's."""
    h = num.abs().int_mod(HASH_MODULUS).toint()
    if num.sign < 0:
        h = -h
    if h == -1:
        h = -2
    return h


# ---------------------------------------------------------------- helpers
def is_int(w_obj):
    """True for int values (W_IntObject, bool, W_LongObject)."""
    from objspace.longobject import W_LongObject
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def _as_bigint(space, w_obj):
    """rbigint of an int value (W_IntObject or W_LongObject), else None."""
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    from objspace.longobject import W_LongObject
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    return None


def bigint_w(space, w_obj):
    """The rbigint of an int, or of an object with __index__; TypeError
    otherwise."""
    num = _as_bigint(space, w_obj)
    if num is not None:
        return num
    w_index = index_w(space, w_obj)
    if w_index is None:
        raise space.type_error("can't convert %s to int"
                               % space.type_name(w_obj))
    return _as_bigint(space, w_index)


def index_w(space, w_obj):
    """operator.index(w_obj) as an int value, or None when w_obj has no
    __index__ (TypeError if __index__ returns a non-int)."""
    if is_int(w_obj):
        return w_obj
    return _call_int_special(space, w_obj, '__index__')


@specialize.arg(2)
def _call_int_special(space, w_obj, name):
    """Call w_obj's special method `name` (__index__, __int__, __trunc__) of
    a user class; the int it returns, or None without such a method."""
    from objspace.instanceobject import W_InstanceObject, call_special
    if not isinstance(w_obj, W_InstanceObject):
        return None
    w_res = call_special(space, w_obj, name, [])
    if w_res is None:
        return None
    if not is_int(w_res):
        raise space.type_error("%s returned non-int (type %s)"
                               % (name, space.type_name(w_res)))
    return w_res


@specialize.arg(3)
def _long(space, w_self, w_other, opname):
    """Redo a binary op on rbigints (after overflow, or with a long operand);
    None if w_other isn't an int."""
    from objspace.longobject import long_binop
    b = _as_bigint(space, w_other)
    if b is None:
        return None
    return long_binop(space, opname, rbigint.fromint(w_self.intval), b)


def int_floordiv(space, x, y):
    """x // y for machine ints; raises ZeroDivisionError; may overflow."""
    if y == 0:
        raise space.zero_division("divide by zero")
    if y == -1 and x == MININT:
        raise OverflowError     # -sys.maxsize-1 // -1 (no C overflow)
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


MININT = -sys.maxint - 1
EXACT_FLOAT_LIMIT = 1 << 53     # ints of at most this size convert exactly


def int_truediv(space, x, y):
    """x / y for machine ints, correctly rounded, as a float."""
    if y == 0:
        raise space.zero_division("divide by zero")
    if (-EXACT_FLOAT_LIMIT <= x <= EXACT_FLOAT_LIMIT and
            -EXACT_FLOAT_LIMIT <= y <= EXACT_FLOAT_LIMIT):
        return float(x) / float(y)
    return rbigint.fromint(x).truediv(rbigint.fromint(y))


class W_IntObject(W_Root):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def is_true(self, space):
        return self.intval != 0

    def hash_w(self, space):
        return int_hash(self.intval)

    def repr_w(self, space):
        return str(self.intval)

    def int_w(self, space):
        return self.intval

    def float_w(self, space):
        return float(self.intval)

    def bigint(self):
        return rbigint.fromint(self.intval)

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

    # ---- comparisons (with a float: float's reflected method, exactly)
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
        b = _as_bigint(space, w_other)
        if b is None:
            return None
        from objspace.longobject import bigint_cmp, cmp_result
        return cmp_result(space, bigint_cmp(self.bigint(), b), op)

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
        return _long(space, self, w_other, 'add')

    def descr_sub(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(ovfcheck(self.intval - w_other.intval))
            except OverflowError:
                pass
        return _long(space, self, w_other, 'sub')

    def descr_mul(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(ovfcheck(self.intval * w_other.intval))
            except OverflowError:
                pass
        return _long(space, self, w_other, 'mul')

    def descr_floordiv(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            try:
                return space.newint(int_floordiv(space, self.intval,
                                                 w_other.intval))
            except OverflowError:
                pass
        return _long(space, self, w_other, 'floordiv')

    def descr_mod(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(int_mod(space, self.intval, w_other.intval))
        return _long(space, self, w_other, 'mod')

    def descr_truediv(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newfloat(int_truediv(space, self.intval,
                                              w_other.intval))
        return _long(space, self, w_other, 'truediv')

    def descr_pow(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if y >= 0:
                try:
                    return space.newint(int_pow(space, self.intval, y))
                except OverflowError:
                    pass
        return _long(space, self, w_other, 'pow')

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
            elif x == 0:
                return space.newint(0)
        return _long(space, self, w_other, 'lshift')

    def descr_rshift(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if y < 0:
                raise space.value_error("negative shift count")
            if y >= LONG_BIT:
                y = LONG_BIT - 1
            return space.newint(self.intval >> y)
        return _long(space, self, w_other, 'rshift')

    def descr_and(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval & w_other.intval)
        return _long(space, self, w_other, 'and')

    def descr_or(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval | w_other.intval)
        return _long(space, self, w_other, 'or')

    def descr_xor(self, space, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newint(self.intval ^ w_other.intval)
        return _long(space, self, w_other, 'xor')


def _make_reflected(name):
    """descr_r<op>: only reached with an int left operand through an
    explicit call such as (2).__radd__(1); other types answer themselves."""
    def descr(self, space, w_other):
        if is_int(w_other):
            return getattr(w_other, name)(space, self)
        return None
    descr.func_name = name.replace('descr_', 'descr_r')
    return descr


REFLECTED_OPS = ['descr_add', 'descr_sub', 'descr_mul', 'descr_truediv',
                 'descr_floordiv', 'descr_mod', 'descr_pow', 'descr_lshift',
                 'descr_rshift', 'descr_and', 'descr_or', 'descr_xor']


def install_reflected(cls):
    for _name in REFLECTED_OPS:
        setattr(cls, _name.replace('descr_', 'descr_r'),
                _make_reflected(_name))


install_reflected(W_IntObject)


# ---------------------------------------------------------------- dunders
# special methods in the type dict, so that (5).__add__(3), int.__neg__ and
# user code calling x.__index__() work; each calls the protocol method.
BINARY_DUNDERS = [
    ('__add__', 'descr_add'), ('__radd__', 'descr_radd'),
    ('__sub__', 'descr_sub'), ('__rsub__', 'descr_rsub'),
    ('__mul__', 'descr_mul'), ('__rmul__', 'descr_rmul'),
    ('__truediv__', 'descr_truediv'), ('__rtruediv__', 'descr_rtruediv'),
    ('__floordiv__', 'descr_floordiv'), ('__rfloordiv__', 'descr_rfloordiv'),
    ('__mod__', 'descr_mod'), ('__rmod__', 'descr_rmod'),
    ('__pow__', 'descr_pow'), ('__rpow__', 'descr_rpow'),
    ('__eq__', 'descr_eq'), ('__ne__', 'descr_ne'), ('__lt__', 'descr_lt'),
    ('__le__', 'descr_le'), ('__gt__', 'descr_gt'), ('__ge__', 'descr_ge'),
]
INT_BINARY_DUNDERS = [
    ('__lshift__', 'descr_lshift'), ('__rlshift__', 'descr_rlshift'),
    ('__rshift__', 'descr_rshift'), ('__rrshift__', 'descr_rrshift'),
    ('__and__', 'descr_and'), ('__rand__', 'descr_rand'),
    ('__or__', 'descr_or'), ('__ror__', 'descr_ror'),
    ('__xor__', 'descr_xor'), ('__rxor__', 'descr_rxor'),
]
UNARY_DUNDERS = [('__neg__', 'descr_neg'), ('__pos__', 'descr_pos'),
                 ('__abs__', 'descr_abs')]


def _self_check(space, w_self, cls):
    if not isinstance(w_self, cls):
        raise space.type_error("descriptor requires a '%s' object but "
                               "received a '%s'" % (cls.typedef.name,
                                                    space.type_name(w_self)))


def _make_binary_dunder(cls, dunder, descr_name):
    def method(space, args_w, kwnames):
        w_self = args_w[0]
        _self_check(space, w_self, cls)
        w_res = getattr(w_self, descr_name)(space, args_w[1])
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    method.func_name = '%s_%s' % (cls.__name__, dunder.strip('_'))
    return W_BuiltinFunction(dunder, method, 2, 2)


def _make_unary_dunder(cls, dunder, descr_name):
    def method(space, args_w, kwnames):
        w_self = args_w[0]
        _self_check(space, w_self, cls)
        return getattr(w_self, descr_name)(space)
    method.func_name = '%s_%s' % (cls.__name__, dunder.strip('_'))
    return W_BuiltinFunction(dunder, method, 1, 1)


def operator_methods(cls, binary, unary):
    """{dunder: builtin} for the given (dunder, descr name) pairs."""
    methods = {}
    for dunder, descr_name in binary:
        methods[dunder] = _make_binary_dunder(cls, dunder, descr_name)
    for dunder, descr_name in unary:
        methods[dunder] = _make_unary_dunder(cls, dunder, descr_name)
    return methods


# ---------------------------------------------------------------- methods
def _int_self(space, w_obj):
    if not is_int(w_obj):
        raise space.type_error("descriptor requires an 'int' object but "
                               "received a '%s'" % space.type_name(w_obj))
    return w_obj


def intval_bit_length(x):
    """The number of bits of abs(x), x a machine int (int.bit_length())."""
    ux = r_uint(x)
    if x < 0:
        ux = r_uint(0) - ux
    n = 0
    while ux:
        ux >>= 1
        n += 1
    return n


@builtin('bit_length', 1, 1)
def int_bit_length(space, args_w, kwnames):
    w_self = _int_self(space, args_w[0])
    if isinstance(w_self, W_IntObject):
        return space.newint(intval_bit_length(w_self.intval))
    return space.newint(_as_bigint(space, w_self).bit_length())


@builtin('bit_count', 1, 1)
def int_bit_count(space, args_w, kwnames):
    num = _as_bigint(space, _int_self(space, args_w[0])).abs()
    count = 0
    while num.tobool():
        count += num.int_and_(1).toint()
        num = num.rshift(1)
    return space.newint(count)


def _as_int(space, w_self):
    """int(w_self) for an int value: a plain int (a bool or an instance of
    a user subclass becomes an exact int)."""
    from objspace.longobject import W_LongObject
    if isinstance(w_self, W_IntObject):
        return space.newint(w_self.intval)
    assert isinstance(w_self, W_LongObject)
    if type(w_self) is not W_LongObject:
        return W_LongObject(w_self.num)
    return w_self


@builtin('conjugate', 1, 1)
def int_conjugate(space, args_w, kwnames):
    return _as_int(space, _int_self(space, args_w[0]))


@builtin('__int__', 1, 1)
def int_int(space, args_w, kwnames):
    return _as_int(space, _int_self(space, args_w[0]))


@builtin('__float__', 1, 1)
def int_float(space, args_w, kwnames):
    from objspace.floatobject import int_to_float
    return space.newfloat(int_to_float(space, _int_self(space, args_w[0])))


@builtin('__bool__', 1, 1)
def int_bool(space, args_w, kwnames):
    return space.newbool(_int_self(space, args_w[0]).is_true(space))


@builtin('__invert__', 1, 1)
def int_invert(space, args_w, kwnames):
    return _int_self(space, args_w[0]).descr_invert(space)


@builtin('__round__', 1, 2)
def int_round(space, args_w, kwnames):
    w_self = _int_self(space, args_w[0])
    if len(args_w) < 2 or space.is_none(args_w[1]):
        return _as_int(space, w_self)
    return round_int(space, w_self, args_w[1])


def round_int(space, w_self, w_ndigits):
    """round(int, ndigits): ndigits >= 0 gives the int itself; negative
    rounds to a multiple of 10**-ndigits, halves to even."""
    nd = bigint_w(space, w_ndigits)
    if nd.sign >= 0:
        return _as_int(space, w_self)
    num = _as_bigint(space, w_self)
    try:
        ndigits = nd.neg().toint()
    except OverflowError:
        return space.newint(0)
    if ndigits > num.bit_length() + 1:
        return space.newint(0)     # 10**ndigits > 2*abs(num)
    pow10 = rbigint.fromint(10).pow(rbigint.fromint(ndigits))
    q, r = num.divmod(pow10)
    result = num.sub(r)
    twice = r.lshift(1)
    if twice.gt(pow10) or (twice.eq(pow10) and q.int_and_(1).tobool()):
        result = result.add(pow10)
    return space.newlong(result)


def _int_prop(name, func):
    from objspace.descriptors import W_Property
    return W_Property(W_BuiltinFunction(name, func, 1, 1), None, None)


def _prop_self(space, args_w, kwnames):
    return _as_int(space, _int_self(space, args_w[0]))


def _prop_zero(space, args_w, kwnames):
    _int_self(space, args_w[0])
    return space.newint(0)


def _prop_one(space, args_w, kwnames):
    _int_self(space, args_w[0])
    return space.newint(1)


@builtin('as_integer_ratio', 1, 1)
def int_as_integer_ratio(space, args_w, kwnames):
    w_self = _as_int(space, _int_self(space, args_w[0]))
    return space.newtuple([w_self, space.newint(1)])


# ---------------------------------------------------------------- int()
def _digit_text(s):
    """s with non-ASCII Unicode whitespace mapped to ' ' and non-ASCII
    decimal digits to ASCII ones (as CPython's int() and float() accept
    them); other non-ASCII characters become '\\x00' (invalid)."""
    from objspace import utf8
    if utf8.is_ascii(s):
        return s
    out = []
    pos = 0
    while pos < len(s):
        cp = utf8.codepoint_at(s, pos)
        pos = utf8.next_codepoint_pos(s, pos)
        if cp < 128:
            out.append(chr(cp))
        elif unicodedb.isspace(cp):
            out.append(' ')
        elif unicodedb.isdecimal(cp):
            out.append(chr(48 + unicodedb.decimal(cp)))
        else:
            out.append('\x00')
    return ''.join(out)


def _is_space(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0b' \
        or c == '\x0c'


def strip_spaces(s):
    p = 0
    q = len(s)
    while p < q and _is_space(s[p]):
        p += 1
    while q > p and _is_space(s[q - 1]):
        q -= 1
    assert p >= 0 and q >= p
    return s[p:q]


def _digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - 48
    if 'a' <= c <= 'z':
        return ord(c) - 87
    if 'A' <= c <= 'Z':
        return ord(c) - 55
    return 99


def parse_int_text(space, text, base):
    """int(text, base) for a str: sign, optional prefix, '_' separators and
    surrounding whitespace as CPython 3 accepts them; ValueError otherwise
    (MicroPython's wording)."""
    if base != 0 and (base < 2 or base > 36):
        raise space.value_error("int() arg 2 must be >= 2 and <= 36")
    s = strip_spaces(_digit_text(text))
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == '+' or s[i] == '-'):
        negative = s[i] == '-'
        i += 1
    prefixed = False
    if i + 1 < n and s[i] == '0':
        c = s[i + 1].lower()
        if c == 'x' and (base == 0 or base == 16):
            base = 16
            prefixed = True
        elif c == 'o' and (base == 0 or base == 8):
            base = 8
            prefixed = True
        elif c == 'b' and (base == 0 or base == 2):
            base = 2
            prefixed = True
        if prefixed:
            i += 2
            if i < n and s[i] == '_':
                i += 1
    leading_zero_check = False
    if base == 0:
        base = 10
        leading_zero_check = True
    digits = []
    prev_underscore = True     # no '_' first (a prefix's '_' was skipped)
    if prefixed and i > 0 and s[i - 1] == '_':
        prev_underscore = True
    while i < n:
        c = s[i]
        if c == '_':
            if prev_underscore:
                raise _invalid(space, text, base)
            prev_underscore = True
        else:
            if _digit_value(c) >= base:
                raise _invalid(space, text, base)
            digits.append(c)
            prev_underscore = False
        i += 1
    if not digits or prev_underscore:
        raise _invalid(space, text, base)
    digit_str = ''.join(digits)
    if leading_zero_check and digit_str[0] == '0':
        for c in digit_str:
            if c != '0':
                raise _invalid(space, text, 0)
    if len(digit_str) <= 18 and base <= 10 or len(digit_str) <= 12:
        value = 0
        for c in digit_str:
            value = value * base + _digit_value(c)
        if negative:
            value = -value
        return space.newint(value)
    num = rbigint.fromstr(digit_str, base)
    if negative:
        num = num.neg()
    return space.newlong(num)


def _invalid(space, s, base):
    from objspace.strobject import str_repr
    return space.value_error("invalid syntax for integer with base %d: %s"
                             % (base, str_repr(s)))


def float_to_int(space, x):
    """int(x) of a float: truncated, exact (MicroPython's errors for inf
    and nan)."""
    from rpython.rlib.rfloat import isinf, isnan
    if isinf(x):
        raise space.overflow_error("can't convert inf to int")
    if isnan(x):
        raise space.value_error("can't convert NaN to int")
    if -9.2e18 < x < 9.2e18:
        return space.newint(int(x))
    return space.newlong(rbigint.fromfloat(x))


def int_of(space, w_x):
    """int(w_x) for one argument (not a str)."""
    from objspace.floatobject import W_FloatObject
    if isinstance(w_x, W_IntObject):
        return space.newint(w_x.intval)
    if is_int(w_x):
        from objspace.longobject import W_LongObject
        if type(w_x) is not W_LongObject:     # a user subclass: a plain int
            assert isinstance(w_x, W_LongObject)
            return space.newlong(w_x.num)
        return w_x
    if isinstance(w_x, W_FloatObject):
        return float_to_int(space, w_x.floatval)
    w_res = _call_int_special(space, w_x, '__int__')
    if w_res is None:
        w_res = _call_int_special(space, w_x, '__index__')
    if w_res is None:
        w_res = _call_int_special(space, w_x, '__trunc__')
    if w_res is None:
        w_hook = space.findattr(w_x, '__int__')    # e.g. a builtin type's
        if w_hook is not None:
            w_res = space.call_function(w_hook, [])
            if not is_int(w_res):
                raise space.type_error("__int__ returned non-int (type %s)"
                                       % space.type_name(w_res))
            return _as_int(space, w_res)
        raise space.type_error("can't convert %s to int"
                               % space.type_name(w_x))
    return _as_int(space, w_res)


def _int_new(space, w_type, args_w, kwnames):
    from objspace.strobject import W_StrObject
    from objspace.functionobject import get_keyword, check_keywords
    check_keywords(space, kwnames, ['base'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    w_base = get_keyword(args_w, kwnames, 'base')
    if npos > 2:
        raise space.type_error("function takes 2 positional arguments but "
                               "%d were given" % npos)
    if npos == 2:
        if w_base is not None:
            raise space.type_error("function got multiple values for "
                                   "argument 'base'")
        w_base = args_w[1]
    if npos == 0:
        if w_base is not None:
            raise space.type_error("int() missing string argument")
        return space.newint(0)
    w_x = args_w[0]
    if w_base is not None:
        base = space.int_w(index_w_or_error(space, w_base))
        if isinstance(w_x, W_StrObject):
            return parse_int_text(space, w_x.utf8, base)
        text = _bytes_text(space, w_x)
        if text is None:
            raise space.type_error("int() can't convert non-string with "
                                   "explicit base")
        return parse_int_text(space, text, base)
    if isinstance(w_x, W_StrObject):
        return parse_int_text(space, w_x.utf8, 10)
    text = _bytes_text(space, w_x)
    if text is not None:
        return parse_int_text(space, text, 10)
    return int_of(space, w_x)


def _bytes_text(space, w_x):
    """The contents of a bytes or bytearray value (found by type name, so
    that this file needs no bytes type), else None."""
    name = space.type_name(w_x)
    if name == 'bytes' or name == 'bytearray':
        from objspace.instanceobject import W_InstanceObject
        if isinstance(w_x, W_InstanceObject):
            return None
        w_decoded = space.call_function(space.getattr(w_x, 'decode'),
                                        [space.newtext('latin-1')])
        return space.text_w(w_decoded)
    return None


def index_w_or_error(space, w_obj):
    w_res = index_w(space, w_obj)
    if w_res is None:
        raise space.type_error("'%s' object cannot be interpreted as an "
                               "integer" % space.type_name(w_obj))
    return w_res


_int_methods = operator_methods(W_IntObject, BINARY_DUNDERS + INT_BINARY_DUNDERS,
                                UNARY_DUNDERS)
_int_methods.update({
    'bit_length': int_bit_length.w_builtin,
    'bit_count': int_bit_count.w_builtin,
    'conjugate': int_conjugate.w_builtin,
    'as_integer_ratio': int_as_integer_ratio.w_builtin,
    '__int__': int_int.w_builtin,
    '__index__': W_BuiltinFunction('__index__', int_int, 1, 1),
    '__trunc__': W_BuiltinFunction('__trunc__', int_int, 1, 1),
    '__floor__': W_BuiltinFunction('__floor__', int_int, 1, 1),
    '__ceil__': W_BuiltinFunction('__ceil__', int_int, 1, 1),
    '__float__': int_float.w_builtin,
    '__bool__': int_bool.w_builtin,
    '__invert__': int_invert.w_builtin,
    '__round__': int_round.w_builtin,
    'real': _int_prop('real', _prop_self),
    'imag': _int_prop('imag', _prop_zero),
    'numerator': _int_prop('numerator', _prop_self),
    'denominator': _int_prop('denominator', _prop_one),
})
from objspace.bytesobject import int_methods  # noqa: E402 (imports int lazily)
_int_methods.update(int_methods())  # to_bytes, from_bytes
W_IntObject.typedef = TypeDef('int', acceptable_as_base=True,
                              methods=_int_methods, new=_int_new)
