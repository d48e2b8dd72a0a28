"""The math module: MicroPython's functions (CPython 3's math, with its
results and errors) plus CPython's integer helpers gcd, lcm, comb, perm,
isqrt, prod, and hypot/dist over any number of coordinates.

Floats go through libm as RPython exposes it (rpython.rlib.rfloat and the
ll_math externals), which raise ValueError/OverflowError where CPython's
math module does; they become ValueError("math domain error") and
OverflowError("math range error").  ceil/floor/trunc return ints (big ones
too), factorial/comb/perm are exact on big ints.
"""
from __future__ import absolute_import

import math

from rpython.rlib import rfloat
from rpython.rlib.rfloat import isinf, isnan, INFINITY, NAN
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from interp.error import OperationError
from objspace.gateway import unwrap_spec, opt
from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace.moduleobject import W_ModuleObject
from objspace.intobject import W_IntObject
from objspace.longobject import W_LongObject
from objspace.floatobject import W_FloatObject


def domain_error(space):
    return space.value_error("math domain error")


def range_error(space):
    return space.overflow_error("math range error")


def bigint_w(space, w_obj):
    """The rbigint of an int argument; TypeError for floats and others
    (CPython: "'float' object cannot be interpreted as an integer")."""
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    if isinstance(w_obj, W_FloatObject):
        raise space.type_error("can't convert float to int")
    return rbigint.fromint(space.int_w(w_obj))


def is_int(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def _unary(name, func):
    """math.<name>(x): func on a float, libm's errors mapped."""
    @unwrap_spec(name, 'float')
    def math_func(space, x):
        try:
            r = func(x)
        except OverflowError:
            raise range_error(space)
        except ValueError:
            raise domain_error(space)
        return space.newfloat(r)
    math_func.func_name = 'math_' + name
    return math_func


def _binary(name, func):
    @unwrap_spec(name, 'float', 'float')
    def math_func(space, x, y):
        try:
            r = func(x, y)
        except OverflowError:
            raise range_error(space)
        except ValueError:
            raise domain_error(space)
        return space.newfloat(r)
    math_func.func_name = 'math_' + name
    return math_func


def _degrees(x):
    return x * (180.0 / math.pi)


def _radians(x):
    return x * (math.pi / 180.0)


def _fabs(x):
    return math.fabs(x)


def _copysign(x, y):
    return rfloat.copysign(x, y)


def _sqrt(x):
    return math.sqrt(x)


def _exp(x):
    return math.exp(x)


def _pow(x, y):
    return math.pow(x, y)


def _fmod(x, y):
    # libm's fmod(inf, y) and fmod(x, 0) are domain errors, as CPython's
    if isinf(x) and not isnan(y):
        raise ValueError
    if y == 0.0 and not isnan(x):
        raise ValueError
    return math.fmod(x, y)


def _atan2(y, x):
    return math.atan2(y, x)


def _sin(x):
    return math.sin(x)


def _cos(x):
    return math.cos(x)


def _tan(x):
    return math.tan(x)


def _asin(x):
    return math.asin(x)


def _acos(x):
    return math.acos(x)


def _atan(x):
    return math.atan(x)


def _sinh(x):
    return math.sinh(x)


def _cosh(x):
    return math.cosh(x)


def _tanh(x):
    return math.tanh(x)


def _asinh(x):
    return math.asinh(x)


def _acosh(x):
    return math.acosh(x)


def _atanh(x):
    return math.atanh(x)


def _expm1(x):
    return math.expm1(x)


def _log1p(x):
    if x <= -1.0:
        raise ValueError        # libm: a pole error (ERANGE) at -1
    return math.log1p(x)


UNARY = [
    ('sqrt', _sqrt), ('exp', _exp), ('sin', _sin), ('cos', _cos),
    ('tan', _tan), ('asin', _asin), ('acos', _acos), ('atan', _atan),
    ('sinh', _sinh), ('cosh', _cosh), ('tanh', _tanh), ('asinh', _asinh),
    ('acosh', _acosh), ('atanh', _atanh), ('expm1', _expm1),
    ('log1p', _log1p), ('fabs', _fabs), ('degrees', _degrees),
    ('radians', _radians), ('erf', rfloat.erf), ('erfc', rfloat.erfc),
    ('gamma', rfloat.gamma), ('lgamma', rfloat.lgamma),
]
BINARY = [
    ('pow', _pow), ('fmod', _fmod), ('atan2', _atan2),
    ('copysign', _copysign),
]
FUNCS_W = {}
for _name, _func in UNARY:
    FUNCS_W[_name] = _unary(_name, _func).w_builtin
for _name, _func in BINARY:
    FUNCS_W[_name] = _binary(_name, _func).w_builtin


# ---------------------------------------------------------------- logs
def _log_of(space, w_x, which):
    """log (which 0), log2 (1) or log10 (2) of a number; ints of any size
    (CPython's loghelper)."""
    if is_int(w_x):
        num = bigint_w(space, w_x)
        if num.sign <= 0:
            raise domain_error(space)
        try:
            x = num.tofloat()
        except OverflowError:
            # too big for a float: log(m * 2**e) = log(m) + e * log(2)
            m, e = bigint_frexp(num)
            if which == 0:
                return math.log(m) + math.log(2.0) * e
            elif which == 1:
                return log2(m) + e
            return math.log10(m) + math.log10(2.0) * e
    else:
        x = space.float_w(w_x)
    try:
        if which == 0:
            if x <= 0.0:
                raise ValueError
            return math.log(x)
        elif which == 1:
            if x <= 0.0:
                raise ValueError
            return log2(x)
        if x <= 0.0:
            raise ValueError
        return math.log10(x)
    except ValueError:
        raise domain_error(space)


def bigint_frexp(num):
    """(m, e) with num == m * 2**e, 0.5 <= m < 1, m correctly rounded
    (CPython's _PyLong_Frexp) for a positive rbigint."""
    e = num.bit_length()
    shift = e - 60
    top = num.rshift(shift)
    if top.lshift(shift).ne(num):
        top = top.or_(rbigint.fromint(1))       # sticky bit: round right
    m = math.ldexp(top.tofloat(), -60)
    if m == 1.0:            # rounded up to the next power of two
        return 0.5, e + 1
    return m, e


_log2_eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])
_c_log2 = rffi.llexternal('log2', [rffi.DOUBLE], rffi.DOUBLE,
                          compilation_info=_log2_eci, elidable_function=True,
                          sandboxsafe=True)


def log2(x):
    """libm's log2, as CPython's math.log2 (x > 0; inf and nan pass)."""
    if isinf(x) or isnan(x):
        return x
    return _c_log2(x)


@unwrap_spec('log', 'obj', opt('obj', None))
def math_log(space, w_x, w_base):
    r = _log_of(space, w_x, 0)
    if w_base is not None:
        d = _log_of(space, w_base, 0)
        if d == 0.0:
            raise space.zero_division("divide by zero")
        r = r / d
    return space.newfloat(r)


@unwrap_spec('log2', 'obj')
def math_log2(space, w_x):
    return space.newfloat(_log_of(space, w_x, 1))


@unwrap_spec('log10', 'obj')
def math_log10(space, w_x):
    return space.newfloat(_log_of(space, w_x, 2))


# ---------------------------------------------------------------- to int
def _float_to_int(space, x):
    try:
        return space.newlong(rbigint.fromfloat(x))
    except OverflowError:
        raise space.overflow_error("cannot convert float infinity to integer")
    except ValueError:
        raise space.value_error("cannot convert float NaN to integer")


def _rounding(name, dunder, which):
    @unwrap_spec(name, 'obj')
    def math_func(space, w_x):
        if is_int(w_x):
            return space.newlong(bigint_w(space, w_x))
        if not isinstance(w_x, W_FloatObject):
            w_method = space.type(w_x).lookup(dunder)
            if w_method is not None:
                return space.call_bound(w_method, w_x, [])
        x = space.float_w(w_x)
        if which == 0:
            x = math.ceil(x)
        elif which == 1:
            x = math.floor(x)
        return _float_to_int(space, x)
    math_func.func_name = 'math_' + name
    return math_func

FUNCS_W['ceil'] = _rounding('ceil', '__ceil__', 0).w_builtin
FUNCS_W['floor'] = _rounding('floor', '__floor__', 1).w_builtin
FUNCS_W['trunc'] = _rounding('trunc', '__trunc__', 2).w_builtin


# ---------------------------------------------------------------- floats
@unwrap_spec('frexp', 'float')
def math_frexp(space, x):
    if isnan(x) or isinf(x) or x == 0.0:
        m, e = x, 0
    else:
        m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


@unwrap_spec('ldexp', 'float', 'obj')
def math_ldexp(space, x, w_i):
    num = bigint_w(space, w_i)
    try:
        i = num.toint()
    except OverflowError:
        i = -100000 if num.sign < 0 else 100000
    if i > 100000:
        i = 100000
    elif i < -100000:
        i = -100000
    if x == 0.0 or isinf(x) or isnan(x):
        return space.newfloat(x)
    try:
        r = math.ldexp(x, i)
    except OverflowError:
        raise range_error(space)
    if isinf(r):
        raise range_error(space)
    return space.newfloat(r)


@unwrap_spec('modf', 'float')
def math_modf(space, x):
    if isinf(x):
        return space.newtuple([space.newfloat(rfloat.copysign(0.0, x)),
                               space.newfloat(x)])
    if isnan(x):
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    frac, whole = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(whole)])


@unwrap_spec('isinf', 'float')
def math_isinf(space, x):
    return space.newbool(isinf(x))


@unwrap_spec('isnan', 'float')
def math_isnan(space, x):
    return space.newbool(isnan(x))


@unwrap_spec('isfinite', 'float')
def math_isfinite(space, x):
    return space.newbool(not isinf(x) and not isnan(x))


@builtin('isclose', 2, 2, keywords=True)
def math_isclose(space, args_w, kwnames):
    check_keywords(space, kwnames, ['rel_tol', 'abs_tol'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos != 2:
        raise space.type_error("function missing required positional "
                               "arguments")
    a = space.float_w(args_w[0])
    b = space.float_w(args_w[1])
    rel_tol = 1e-9
    abs_tol = 0.0
    w_rel = get_keyword(args_w, kwnames, 'rel_tol')
    if w_rel is not None:
        rel_tol = space.float_w(w_rel)
    w_abs = get_keyword(args_w, kwnames, 'abs_tol')
    if w_abs is not None:
        abs_tol = space.float_w(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.value_error("tolerances must be non-negative")
    if a == b:
        return space.w_True
    if isinf(a) or isinf(b):
        return space.w_False
    diff = math.fabs(b - a)
    result = ((diff <= math.fabs(rel_tol * b)) or
              (diff <= math.fabs(rel_tol * a)) or diff <= abs_tol)
    return space.newbool(result)


def _norm(space, coords):
    """The Euclidean norm of a list of floats, scaled against overflow
    (inf wins over nan, as CPython's vector_norm)."""
    found_nan = False
    biggest = 0.0
    for x in coords:
        x = math.fabs(x)
        if isnan(x):
            found_nan = True
        elif x > biggest:
            biggest = x
    if isinf(biggest):
        return INFINITY
    if found_nan:
        return NAN
    if biggest == 0.0 or len(coords) <= 1:
        return biggest
    if len(coords) == 2:
        return math.hypot(coords[0], coords[1])
    total = 0.0
    for x in coords:
        y = x / biggest
        total += y * y
    return biggest * math.sqrt(total)


@builtin('hypot', 0, -1)
def math_hypot(space, args_w, kwnames):
    return space.newfloat(_norm(space, [space.float_w(w_x) for w_x in args_w]))


@unwrap_spec('dist', 'obj', 'obj')
def math_dist(space, w_p, w_q):
    p_w = space.unpackiterable(w_p)
    q_w = space.unpackiterable(w_q)
    if len(p_w) != len(q_w):
        raise space.value_error("both points must have the same number "
                                "of dimensions")
    diffs = [space.float_w(p_w[i]) - space.float_w(q_w[i])
             for i in range(len(p_w))]
    return space.newfloat(_norm(space, diffs))


# ---------------------------------------------------------------- ints
def _range_product(lo, hi):
    """The product lo * (lo+1) * ... * (hi-1) as an rbigint (lo >= 1)."""
    if hi - lo <= 8:
        acc = 1
        result = rbigint.fromint(1)
        for k in range(lo, hi):
            try:
                acc = ovfcheck(acc * k)
            except OverflowError:
                result = result.mul(rbigint.fromint(acc))
                acc = k
        return result.mul(rbigint.fromint(acc))
    mid = (lo + hi) // 2
    return _range_product(lo, mid).mul(_range_product(mid, hi))


def _small_int(space, num, what):
    """num as a machine int for factorial/comb/perm (OverflowError when it
    is too large to compute)."""
    try:
        return num.toint()
    except OverflowError:
        raise space.overflow_error("%s must not exceed the word size" % what)


@unwrap_spec('factorial', 'obj')
def math_factorial(space, w_n):
    num = bigint_w(space, w_n)
    if num.sign < 0:
        raise space.value_error("factorial() not defined for negative values")
    n = _small_int(space, num, "factorial() argument")
    if n < 2:
        return space.newint(1)
    return space.newlong(_range_product(2, n + 1))


def _gcd(a, b):
    a = a.abs()
    b = b.abs()
    while b.sign != 0:
        a, b = b, a.mod(b)
    return a


@builtin('gcd', 0, -1)
def math_gcd(space, args_w, kwnames):
    result = rbigint.fromint(0)
    for w_x in args_w:
        result = _gcd(result, bigint_w(space, w_x))
    return space.newlong(result)


@builtin('lcm', 0, -1)
def math_lcm(space, args_w, kwnames):
    result = rbigint.fromint(1)
    for w_x in args_w:
        x = bigint_w(space, w_x).abs()
        if x.sign == 0 or result.sign == 0:
            result = rbigint.fromint(0)
            continue
        result = result.floordiv(_gcd(result, x)).mul(x)
    return space.newlong(result)


def _comb_args(space, w_n, w_k):
    n = bigint_w(space, w_n)
    k = bigint_w(space, w_k)
    if n.sign < 0:
        raise space.value_error("n must be a non-negative integer")
    if k.sign < 0:
        raise space.value_error("k must be a non-negative integer")
    return n, k


@unwrap_spec('comb', 'obj', 'obj')
def math_comb(space, w_n, w_k):
    n, k = _comb_args(space, w_n, w_k)
    if k.gt(n):
        return space.newint(0)
    j = n.sub(k)
    if j.lt(k):
        k = j
    kk = _small_int(space, k, "min(n - k, k)")
    if kk == 0:
        return space.newint(1)
    # C(n, k) = n (n-1) ... (n-k+1) / k!, built up exactly term by term
    result = n
    for i in range(1, kk):
        result = result.mul(n.sub(rbigint.fromint(i)))
        result = result.floordiv(rbigint.fromint(i + 1))
    return space.newlong(result)


@unwrap_spec('perm', 'obj', opt('obj_or_none', None))
def math_perm(space, w_n, w_k):
    if w_k is None:
        return math_factorial(space, w_n)
    n, k = _comb_args(space, w_n, w_k)
    if k.gt(n):
        return space.newint(0)
    kk = _small_int(space, k, "k")
    result = rbigint.fromint(1)
    for i in range(kk):
        result = result.mul(n.sub(rbigint.fromint(i)))
    return space.newlong(result)


@unwrap_spec('isqrt', 'obj')
def math_isqrt(space, w_n):
    n = bigint_w(space, w_n)
    if n.sign < 0:
        raise space.value_error("isqrt() argument must be nonnegative")
    if n.sign == 0:
        return space.newint(0)
    # Newton's iteration from above: x = 2**ceil(bits/2) >= sqrt(n)
    x = rbigint.fromint(1).lshift((n.bit_length() + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            return space.newlong(x)
        x = y


@builtin('prod', 1, 1, keywords=True)
def math_prod(space, args_w, kwnames):
    check_keywords(space, kwnames, ['start'])
    w_start = get_keyword(args_w, kwnames, 'start')
    w_result = w_start if w_start is not None else space.newint(1)
    w_iter = space.iter(args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_result
        w_result = space.mul(w_result, w_item)


def runtime_setup(space):
    """At each program start: math.nan computed by the machine.  A NaN
    constant in the translated C is 0/0-style (x86's default NaN, whose
    sign bit is set); CPython's math.nan is positive."""
    moduledef = space.builtin_modules.get('math', None)
    if moduledef is not None:
        # (a sign not known at translation time, so that nothing folds)
        sign = 1.0 if space.call_depth >= 0 else -1.0
        moduledef.set_value(space, 'nan',
                            space.newfloat(rfloat.copysign(NAN, sign)))


def make_module(space):
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('math'))
    set('e', space.newfloat(math.e))
    set('pi', space.newfloat(math.pi))
    set('tau', space.newfloat(2.0 * math.pi))
    set('inf', space.newfloat(INFINITY))
    set('nan', space.newfloat(NAN))
    for name, w_func in FUNCS_W.items():
        set(name, w_func)
    for func in [math_log, math_log2, math_log10, math_frexp, math_ldexp,
                 math_modf, math_isinf, math_isnan, math_isfinite,
                 math_isclose, math_hypot, math_dist, math_factorial,
                 math_gcd, math_lcm, math_comb, math_perm, math_isqrt,
                 math_prod]:
        set(func.w_builtin.name, func.w_builtin)
    return W_ModuleObject('math', w_dict)
