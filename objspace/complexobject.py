"""complex: a pair of IEEE doubles, W_ComplexObject; and the builtins
complex() and pow().

Arithmetic follows CPython 3.11's Objects/complexobject.c: an int or float
operand becomes a complex with imaginary part 0.0 first; division is Smith's
method (_Py_c_quot); ** with a small integral exponent multiplies (c_powi),
otherwise goes through polar form (_Py_c_pow); an infinite result of ** is
an OverflowError.  Ordering comparisons are TypeErrors; == is exact across
int, float and complex.  repr/str as CPython: '(1+2j)', '2j', '(-0-1j)',
'(nan+infj)'.  Error messages: MicroPython's ("complex divide by zero").
"""
import math

from rpython.rlib.rfloat import formatd, isinf, isnan, DTSF_SIGN
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.objectmodel import compute_identity_hash
from rpython.rlib import rcomplex

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin, W_BuiltinFunction
from objspace.intobject import (is_int, HASH_IMAG, operator_methods,
                                BINARY_DUNDERS, UNARY_DUNDERS, _as_bigint,
                                _bytes_text, _digit_text, strip_spaces,
                                _is_space)
from objspace.floatobject import (W_FloatObject, float_hash, int_to_float,
                                  float_of, INFINITY, NAN)


def _part_repr(x, signed):
    """One part of a complex's repr: shortest round-trip, no '.0'."""
    if isnan(x):
        return '+nan' if signed else 'nan'
    if isinf(x):
        if x > 0:
            return '+inf' if signed else 'inf'
        return '-inf'
    if signed:
        return formatd(x, 'r', 0, DTSF_SIGN)
    return formatd(x, 'r', 0)


def complex_repr(re, im):
    if re == 0.0 and math.copysign(1.0, re) == 1.0:
        return _part_repr(im, False) + 'j'
    return '(' + _part_repr(re, False) + _part_repr(im, True) + 'j)'


def c_prod(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def c_quot(space, ar, ai, br, bi):
    """(ar+ai j) / (br+bi j) as CPython's _Py_c_quot; ZeroDivisionError
    for a zero divisor."""
    abs_br = -br if br < 0 else br
    abs_bi = -bi if bi < 0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return NAN, NAN


def _c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = c_prod(rr, ri, pr, pi)
        mask <<= 1
        pr, pi = c_prod(pr, pi, pr, pi)
    return rr, ri


def _c_pow(ar, ai, br, bi):
    """_Py_c_pow: through polar form; ZeroDivisionError for 0 to a
    negative or complex power, OverflowError on overflow."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError
        return 0.0, 0.0
    vabs = math.hypot(ar, ai)
    length = math.pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= math.exp(at * bi)
        phase += bi * math.log(vabs)
    try:
        return length * math.cos(phase), length * math.sin(phase)
    except ValueError:
        return NAN, NAN


def complex_pow(space, ar, ai, br, bi):
    """(ar+ai j) ** (br+bi j) as a W_ComplexObject, as CPython 3.11."""
    try:
        if bi == 0.0 and br == math.floor(br) and abs(br) <= 100.0:
            n = int(br)
            if n > 0:
                rr, ri = _c_powu(ar, ai, n)
            else:
                pr, pi = _c_powu(ar, ai, -n)
                rr, ri = c_quot(space, 1.0, 0.0, pr, pi)
        else:
            rr, ri = _c_pow(ar, ai, br, bi)
    except ZeroDivisionError:
        raise space.zero_division("0.0 to a negative or complex power")
    except OverflowError:
        raise space.overflow_error("complex exponentiation")
    if isinf(rr) or isinf(ri):
        raise space.overflow_error("complex exponentiation")
    return space.newcomplex(rr, ri)


def _other_complex(space, w_other):
    """(real, imag, ok) of an int, float or complex operand."""
    if isinstance(w_other, W_ComplexObject):
        return w_other.realval, w_other.imagval, True
    if isinstance(w_other, W_FloatObject):
        return w_other.floatval, 0.0, True
    if is_int(w_other):
        return int_to_float(space, w_other), 0.0, True
    return 0.0, 0.0, False


def _divide(space, ar, ai, br, bi):
    try:
        rr, ri = c_quot(space, ar, ai, br, bi)
    except ZeroDivisionError:
        raise space.zero_division("complex divide by zero")
    return space.newcomplex(rr, ri)


class W_ComplexObject(W_Root):
    _immutable_fields_ = ['realval', 'imagval']

    def __init__(self, realval, imagval):
        self.realval = realval
        self.imagval = imagval

    def is_true(self, space):
        return self.realval != 0.0 or self.imagval != 0.0

    def hash_w(self, space):
        re = self.realval
        im = self.imagval
        if isnan(re) or isnan(im):
            hr = compute_identity_hash(self)
            hi = hr
        else:
            hr = float_hash(re)
            hi = float_hash(im)
        h = intmask(r_uint(hr) + r_uint(HASH_IMAG) * r_uint(hi))
        if h == -1:
            h = -2
        return h

    def repr_w(self, space):
        return complex_repr(self.realval, self.imagval)

    def descr_neg(self, space):
        return space.newcomplex(-self.realval, -self.imagval)

    def descr_pos(self, space):
        return space.newcomplex(self.realval, self.imagval)

    def descr_abs(self, space):
        try:
            return space.newfloat(rcomplex.c_abs(self.realval, self.imagval))
        except OverflowError:
            raise space.overflow_error("absolute value too large")

    def _equal(self, space, w_other):
        """self == w_other as True/False, or -1 for NotImplemented."""
        if isinstance(w_other, W_ComplexObject):
            return int(self.realval == w_other.realval and
                       self.imagval == w_other.imagval)
        if isinstance(w_other, W_FloatObject):
            return int(self.realval == w_other.floatval and
                       self.imagval == 0.0)
        b = _as_bigint(space, w_other)
        if b is None:
            return -1
        if self.imagval != 0.0 or isnan(self.realval):
            return 0
        from objspace.longobject import bigint_float_cmp
        return int(bigint_float_cmp(b, self.realval) == 0)

    def descr_eq(self, space, w_other):
        eq = self._equal(space, w_other)
        if eq < 0:
            return None
        return space.newbool(eq == 1)

    def descr_ne(self, space, w_other):
        eq = self._equal(space, w_other)
        if eq < 0:
            return None
        return space.newbool(eq == 0)

    def descr_add(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return space.newcomplex(self.realval + br, self.imagval + bi)

    def descr_radd(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return space.newcomplex(br + self.realval, bi + self.imagval)

    def descr_sub(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return space.newcomplex(self.realval - br, self.imagval - bi)

    def descr_rsub(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return space.newcomplex(br - self.realval, bi - self.imagval)

    def descr_mul(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        rr, ri = c_prod(self.realval, self.imagval, br, bi)
        return space.newcomplex(rr, ri)

    def descr_rmul(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        rr, ri = c_prod(br, bi, self.realval, self.imagval)
        return space.newcomplex(rr, ri)

    def descr_truediv(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return _divide(space, self.realval, self.imagval, br, bi)

    def descr_rtruediv(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return _divide(space, br, bi, self.realval, self.imagval)

    def descr_pow(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return complex_pow(space, self.realval, self.imagval, br, bi)

    def descr_rpow(self, space, w_other):
        br, bi, ok = _other_complex(space, w_other)
        if not ok:
            return None
        return complex_pow(space, br, bi, self.realval, self.imagval)


# ---------------------------------------------------------------- methods
def _complex_self(space, w_obj):
    if not isinstance(w_obj, W_ComplexObject):
        raise space.type_error("descriptor requires a 'complex' object but "
                               "received a '%s'" % space.type_name(w_obj))
    return w_obj


@builtin('conjugate', 1, 1)
def complex_conjugate(space, args_w, kwnames):
    w_self = _complex_self(space, args_w[0])
    return space.newcomplex(w_self.realval, -w_self.imagval)


@builtin('__complex__', 1, 1)
def complex_complex(space, args_w, kwnames):
    w_self = _complex_self(space, args_w[0])
    return space.newcomplex(w_self.realval, w_self.imagval)


@builtin('__bool__', 1, 1)
def complex_bool(space, args_w, kwnames):
    return space.newbool(_complex_self(space, args_w[0]).is_true(space))


def _prop_real(space, args_w, kwnames):
    return space.newfloat(_complex_self(space, args_w[0]).realval)


def _prop_imag(space, args_w, kwnames):
    return space.newfloat(_complex_self(space, args_w[0]).imagval)


# ---------------------------------------------------------------- complex()
def _float_prefix_end(s, i):
    """The end of the longest float literal (decimal, inf, infinity, nan,
    with sign) at s[i:]; i itself when there is none."""
    start = i
    n = len(s)
    if i < n and (s[i] == '+' or s[i] == '-'):
        i += 1
    word = s[i:i + 8].lower()
    if word == 'infinity':
        return i + 8
    if word[:3] == 'inf' or word[:3] == 'nan':
        return i + 3
    digits = 0
    while i < n and '0' <= s[i] <= '9':
        i += 1
        digits += 1
    if i < n and s[i] == '.':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
            digits += 1
    if digits == 0:
        return start
    if i < n and (s[i] == 'e' or s[i] == 'E'):
        j = i + 1
        if j < n and (s[j] == '+' or s[j] == '-'):
            j += 1
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            i = j
    return i


def _to_float(s, start, end):
    from rpython.rlib.rfloat import string_to_float
    assert start >= 0 and end >= start
    return string_to_float(s[start:end])


def parse_complex_text(space, text):
    """complex(text), as CPython's complex_from_string: <float>,
    <float>j, <float><signed-float>j (also <sign>j and j), optionally in
    parentheses, surrounded by whitespace, '_' between digits."""
    from objspace.floatobject import _valid_underscores
    from rpython.rlib.rstring import replace as rreplace
    s = _digit_text(text)
    if not _valid_underscores(strip_spaces(s)):
        raise _malformed(space)
    s = rreplace(s, '_', '')
    n = len(s)
    i = 0
    while i < n and _is_space(s[i]):
        i += 1
    got_bracket = False
    if i < n and s[i] == '(':
        got_bracket = True
        i += 1
        while i < n and _is_space(s[i]):
            i += 1
    x = 0.0
    y = 0.0
    end = _float_prefix_end(s, i)
    if end != i:
        z = _to_float(s, i, end)
        i = end
        if i < n and (s[i] == '+' or s[i] == '-'):
            x = z
            end = _float_prefix_end(s, i)
            if end != i:
                y = _to_float(s, i, end)
                i = end
            else:
                y = 1.0 if s[i] == '+' else -1.0
                i += 1
            if not (i < n and (s[i] == 'j' or s[i] == 'J')):
                raise _malformed(space)
            i += 1
        elif i < n and (s[i] == 'j' or s[i] == 'J'):
            i += 1
            y = z
        else:
            x = z
    else:
        y = 1.0
        if i < n and (s[i] == '+' or s[i] == '-'):
            y = 1.0 if s[i] == '+' else -1.0
            i += 1
        if not (i < n and (s[i] == 'j' or s[i] == 'J')):
            raise _malformed(space)
        i += 1
    while i < n and _is_space(s[i]):
        i += 1
    if got_bracket:
        if not (i < n and s[i] == ')'):
            raise _malformed(space)
        i += 1
        while i < n and _is_space(s[i]):
            i += 1
    if i != n:
        raise _malformed(space)
    return space.newcomplex(x, y)


def _malformed(space):
    return space.value_error("complex() arg is a malformed string")


def _complex_special(space, w_obj):
    """w_obj.__complex__() of a user object, or None."""
    from objspace.instanceobject import W_InstanceObject, call_special
    if not isinstance(w_obj, W_InstanceObject):
        return None
    w_res = call_special(space, w_obj, '__complex__', [])
    if w_res is None:
        return None
    if not isinstance(w_res, W_ComplexObject):
        raise space.type_error("__complex__ returned non-complex (type %s)"
                               % space.type_name(w_res))
    return w_res


def _is_text(space, w_obj):
    from objspace.strobject import W_StrObject
    return isinstance(w_obj, W_StrObject)


def make_complex(space, w_real, w_imag):
    """complex(w_real, w_imag); w_imag None when not given."""
    from objspace.strobject import W_StrObject
    if isinstance(w_real, W_StrObject):
        if w_imag is not None:
            raise space.type_error("complex() can't take second arg if "
                                   "first is a string")
        return parse_complex_text(space, w_real.utf8)
    if w_imag is not None and _is_text(space, w_imag):
        raise space.type_error("complex() second arg can't be a string")
    w_c = _complex_special(space, w_real)
    if w_c is not None:
        w_real = w_c
    cr_is_complex = False
    if isinstance(w_real, W_ComplexObject):
        crr = w_real.realval
        cri = w_real.imagval
        cr_is_complex = True
    else:
        crr = float_of(space, w_real)
        cri = 0.0
    if w_imag is None:
        cir = cri
        cii = 0.0
    elif isinstance(w_imag, W_ComplexObject):
        cir = w_imag.realval
        cii = w_imag.imagval
        crr -= cii
    else:
        cir = float_of(space, w_imag)
    if cr_is_complex and w_imag is not None:
        cir += cri
    return space.newcomplex(crr, cir)


def _complex_new(space, w_type, args_w, kwnames):
    from objspace.functionobject import get_keyword, check_keywords
    check_keywords(space, kwnames, ['real', 'imag'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos > 2:
        raise space.type_error("function takes 2 positional arguments but "
                               "%d were given" % npos)
    w_real = args_w[0] if npos > 0 else get_keyword(args_w, kwnames, 'real')
    w_imag = args_w[1] if npos > 1 else get_keyword(args_w, kwnames, 'imag')
    if w_real is None:
        if w_imag is None:
            return space.newcomplex(0.0, 0.0)
        w_real = space.newint(0)
    if w_imag is None:
        if isinstance(w_real, W_ComplexObject):
            return space.newcomplex(w_real.realval, w_real.imagval)
        text = _bytes_text(space, w_real)
        if text is not None:
            raise space.type_error("complex() argument must be a string or "
                                   "a number, not 'bytes'")
    return make_complex(space, w_real, w_imag)


def _make_prop(name, func):
    from objspace.descriptors import W_Property
    return W_Property(W_BuiltinFunction(name, func, 1, 1), None, None)


_complex_methods = operator_methods(
    W_ComplexObject,
    [(d, n) for (d, n) in BINARY_DUNDERS
     if d not in ('__floordiv__', '__rfloordiv__', '__mod__', '__rmod__',
                  '__lt__', '__le__', '__gt__', '__ge__')],
    UNARY_DUNDERS)
_complex_methods.update({
    'conjugate': complex_conjugate.w_builtin,
    '__complex__': complex_complex.w_builtin,
    '__bool__': complex_bool.w_builtin,
    'real': _make_prop('real', _prop_real),
    'imag': _make_prop('imag', _prop_imag),
})
W_ComplexObject.typedef = TypeDef('complex', methods=_complex_methods,
                                  new=_complex_new)


# ---------------------------------------------------------------- pow()
@builtin('pow', 0, 3, keywords=True)
def builtin_pow(space, args_w, kwnames):
    """pow(base, exp, mod=None): base ** exp, or modular exponentiation of
    ints (a negative exp uses the inverse of base, as Python 3.8)."""
    from objspace.functionobject import get_keyword, check_keywords
    from objspace.longobject import pow_mod
    check_keywords(space, kwnames, ['base', 'exp', 'mod'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    w_base = args_w[0] if npos > 0 else get_keyword(args_w, kwnames, 'base')
    w_exp = args_w[1] if npos > 1 else get_keyword(args_w, kwnames, 'exp')
    w_mod = args_w[2] if npos > 2 else get_keyword(args_w, kwnames, 'mod')
    if w_base is None or w_exp is None:
        raise space.type_error("function missing required positional "
                               "arguments")
    if w_mod is None or space.is_none(w_mod):
        return space.pow(w_base, w_exp)
    a = _as_bigint(space, w_base)
    b = _as_bigint(space, w_exp)
    c = _as_bigint(space, w_mod)
    if a is None or b is None or c is None:
        raise space.type_error("pow() with 3 arguments requires integers")
    return pow_mod(space, a, b, c)


def install_builtins(space, w_dict):
    """Put complex, round and pow into the builtins module's dict."""
    from objspace.floatobject import builtin_round
    w_dict.setitem(space.newtext('complex'), W_ComplexObject.typedef.w_type)
    for func in [builtin_round, builtin_pow]:
        w_dict.setitem(space.newtext(func.w_builtin.name), func.w_builtin)
