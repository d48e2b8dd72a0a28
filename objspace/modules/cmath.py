"""The cmath module: mathematical functions for complex numbers.

The functions are rlib's rcomplex (PyPy's port of CPython's
Modules/cmathmodule.c: the same formulas, branch cuts and special-value
tables), so results follow CPython's; a domain error is ValueError("math
domain error"), an overflow OverflowError("math range error").  Arguments
may be complex, float, int, or objects with __complex__, __float__ or
__index__.
"""
from __future__ import absolute_import
import math

from rpython.rlib import rcomplex
from rpython.rlib.rfloat import isinf

from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace.moduleobject import W_ModuleObject
from objspace.complexobject import (W_ComplexObject, _complex_special,
                                    c_quot)
from objspace.floatobject import W_FloatObject, float_of, INFINITY, NAN


def complex_arg(space, w_obj):
    """(real, imag) of a cmath argument."""
    if isinstance(w_obj, W_ComplexObject):
        return w_obj.realval, w_obj.imagval
    w_c = _complex_special(space, w_obj)
    if w_c is not None:
        return w_c.realval, w_c.imagval
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval, 0.0
    return float_of(space, w_obj), 0.0


def _call(space, func, x, y):
    try:
        return func(x, y)
    except ValueError:
        raise space.value_error("math domain error")
    except OverflowError:
        raise space.overflow_error("math range error")


def _make_unary(name, func):
    def cmath_func(space, args_w, kwnames):
        x, y = complex_arg(space, args_w[0])
        rr, ri = _call(space, func, x, y)
        return W_ComplexObject(rr, ri)
    cmath_func.func_name = 'cmath_' + name
    return builtin(name, 1, 1)(cmath_func)


UNARY_FUNCTIONS = [
    ('exp', rcomplex.c_exp), ('sqrt', rcomplex.c_sqrt),
    ('log10', rcomplex.c_log10),
    ('sin', rcomplex.c_sin), ('cos', rcomplex.c_cos), ('tan', rcomplex.c_tan),
    ('asin', rcomplex.c_asin), ('acos', rcomplex.c_acos),
    ('atan', rcomplex.c_atan), ('sinh', rcomplex.c_sinh),
    ('cosh', rcomplex.c_cosh), ('tanh', rcomplex.c_tanh),
    ('asinh', rcomplex.c_asinh), ('acosh', rcomplex.c_acosh),
    ('atanh', rcomplex.c_atanh),
]
_unary_builtins = [_make_unary(name, func) for name, func in UNARY_FUNCTIONS]


@builtin('log', 1, 2)
def cmath_log(space, args_w, kwnames):
    """log(x[, base]): the natural logarithm, or log(x) / log(base)."""
    x, y = complex_arg(space, args_w[0])
    if len(args_w) > 1:
        # as CPython, where reading the base clears the errno of log(0)
        try:
            rr, ri = rcomplex.c_log(x, y)
        except ValueError:
            rr, ri = -INFINITY, math.atan2(y, x)
        bx, by = complex_arg(space, args_w[1])
        br, bi = _call(space, rcomplex.c_log, bx, by)
        try:
            rr, ri = c_quot(space, rr, ri, br, bi)
        except ZeroDivisionError:
            raise space.value_error("math domain error")
    else:
        rr, ri = _call(space, rcomplex.c_log, x, y)
    return W_ComplexObject(rr, ri)


@builtin('phase', 1, 1)
def cmath_phase(space, args_w, kwnames):
    x, y = complex_arg(space, args_w[0])
    return space.newfloat(rcomplex.c_phase(x, y))


@builtin('polar', 1, 1)
def cmath_polar(space, args_w, kwnames):
    x, y = complex_arg(space, args_w[0])
    r, phi = _call(space, rcomplex.c_polar, x, y)
    return space.newtuple([space.newfloat(r), space.newfloat(phi)])


@builtin('rect', 2, 2)
def cmath_rect(space, args_w, kwnames):
    r = float_of(space, args_w[0])
    phi = float_of(space, args_w[1])
    rr, ri = _call(space, rcomplex.c_rect, r, phi)
    return W_ComplexObject(rr, ri)


@builtin('isfinite', 1, 1)
def cmath_isfinite(space, args_w, kwnames):
    x, y = complex_arg(space, args_w[0])
    return space.newbool(rcomplex.c_isfinite(x, y))


@builtin('isinf', 1, 1)
def cmath_isinf(space, args_w, kwnames):
    x, y = complex_arg(space, args_w[0])
    return space.newbool(rcomplex.c_isinf(x, y))


@builtin('isnan', 1, 1)
def cmath_isnan(space, args_w, kwnames):
    x, y = complex_arg(space, args_w[0])
    return space.newbool(rcomplex.c_isnan(x, y))


@builtin('isclose', 2, 2, keywords=True)
def cmath_isclose(space, args_w, kwnames):
    """isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as CPython's."""
    check_keywords(space, kwnames, ['rel_tol', 'abs_tol'])
    ar, ai = complex_arg(space, args_w[0])
    br, bi = complex_arg(space, args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    w_rel = get_keyword(args_w, kwnames, 'rel_tol')
    if w_rel is not None:
        rel_tol = float_of(space, w_rel)
    w_abs = get_keyword(args_w, kwnames, 'abs_tol')
    if w_abs is not None:
        abs_tol = float_of(space, w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.value_error("tolerances must be non-negative")
    if ar == br and ai == bi:
        return space.w_True
    if isinf(ar) or isinf(ai) or isinf(br) or isinf(bi):
        return space.w_False
    diff = _abs(ar - br, ai - bi)
    return space.newbool(diff <= rel_tol * _abs(br, bi)
                         or diff <= rel_tol * _abs(ar, ai)
                         or diff <= abs_tol)


def _abs(x, y):
    try:
        return rcomplex.c_abs(x, y)
    except OverflowError:
        return INFINITY


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('cmath'))
    for func in _unary_builtins + [
            cmath_log, cmath_phase, cmath_polar, cmath_rect, cmath_isfinite,
            cmath_isinf, cmath_isnan, cmath_isclose]:
        w_dict.setitem(space.newtext(func.w_builtin.name), func.w_builtin)
    constants = [('e', math.e), ('pi', math.pi), ('tau', 2.0 * math.pi),
                 ('inf', INFINITY), ('nan', NAN)]
    for name, value in constants:
        w_dict.setitem(space.newtext(name), space.newfloat(value))
    w_dict.setitem(space.newtext('infj'), W_ComplexObject(0.0, INFINITY))
    w_dict.setitem(space.newtext('nanj'), W_ComplexObject(0.0, NAN))
    return W_ModuleObject('cmath', w_dict)
