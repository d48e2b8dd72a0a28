# math: the float functions, constants and their special values
import math

print(math.e, math.pi, math.tau, math.inf, -math.inf, math.isnan(math.nan))

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, 10.0, 1e-10, 100.0]
for name in ['sqrt', 'exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin',
             'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh',
             'atanh', 'fabs', 'degrees', 'radians']:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except ValueError:
            out.append('ValueError')
        except OverflowError:
            out.append('OverflowError')
    print(name, ' '.join(out))

# error function and gamma: compared to 12 significant digits
for name in ['erf', 'erfc', 'gamma', 'lgamma']:
    f = getattr(math, name)
    out = []
    for v in [0.5, 1.0, 1.5, 2.5, -0.5, 3.0, 10.0, -2.5, 0.1]:
        out.append('%.12g' % f(v))
    print(name, ' '.join(out))
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2))

# two-argument functions
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 1))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, math.nan) > 0)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(1, math.inf))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(1, math.nan),
      math.pow(0.0, 0), math.pow(4, 0.5), math.pow(math.inf, -1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2),
      math.hypot(math.inf, math.nan), math.hypot(0, 0))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]))

# logarithms, ints of any size included
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10),
      math.log10(1000), math.log2(1024), math.log2(0.125), math.log2(3))
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000),
      math.log(10 ** 500, 10))
print(math.log(7, 0.5), math.log10(2), math.log2(10))

# splitting floats
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.0), math.frexp(1e-300))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, 0), math.ldexp(1, -2000))
print(math.modf(3.25), math.modf(-3.25), math.modf(0.0), math.modf(math.inf), math.modf(-math.inf))
fm = math.frexp(math.inf)
print(fm[0], fm[1])

# classification
for v in [0.0, 1.0, math.inf, -math.inf, math.nan, 5, 10 ** 20]:
    print(v, math.isinf(v), math.isnan(v), math.isfinite(v))

# isclose
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1),
      math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12),
      math.isclose(0.0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan),
      math.isclose(5, 5), math.isclose(1, 2, abs_tol=1, rel_tol=0))

# ints and bools are accepted where floats are
print(math.sqrt(16), math.sqrt(True), math.exp(0), math.sin(0), math.fabs(-3))
print(type(math.sqrt(4)).__name__, type(math.fabs(-3)).__name__)
