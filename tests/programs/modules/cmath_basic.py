# cmath: constants, functions with CPython's branch cuts and special values, domain errors.
# micropy: slow
import cmath

def r(x):
    # round away libm last-bit differences, keep signs of zeros
    if isinstance(x, complex):
        return complex(round(x.real, 11), round(x.imag, 11))
    if isinstance(x, float):
        return round(x, 11)
    if isinstance(x, tuple):
        return tuple(r(v) for v in x)
    return x

def t(name, *args):
    try:
        print(name, args, r(getattr(cmath, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)

print(cmath.e, cmath.pi, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
points = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -1 + 0j, complex(-1, -0.0), 1j, -1j, complex(-0.0, -1),
          2 + 3j, -2 - 3j, 0.5 + 0.5j, -0.5 - 0.25j, 3, -2.5, 1e-10 + 1e-10j, 10 + 0j, complex(-10, -0.0), 2j, -2j,
          complex(0.0, 2), complex(-0.0, -2)]
funcs = ['exp', 'log', 'log10', 'sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
         'asinh', 'acosh', 'atanh']
for f in funcs:
    for z in points:
        t(f, z)
# special values
inf = float('inf')
nan = float('nan')
specials = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf),
            complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan),
            complex(1, inf), complex(-1, -inf), complex(inf, 1), complex(-inf, 1)]
for f in funcs:
    for z in specials:
        t(f, z)
for z in points + specials:
    t('phase', z)
    t('polar', z)
    t('isfinite', z)
    t('isinf', z)
    t('isnan', z)
for args in [(1, 0), (2, cmath.pi / 2), (1, cmath.pi), (-1, 0.5), (0, inf), (1, inf), (inf, 0), (inf, 1), (inf, -1),
             (nan, 0), (0, nan), (-inf, 2), (3, -cmath.pi / 4)]:
    t('rect', *args)
for args in [(100, 10), (8, 2), (-1, 10), (1j, 1j), (2, 1), (0, 2), (2, 0), (1 + 1j, 2 + 2j), (cmath.e,)]:
    t('log', *args)
for args in [(1, 1), (1, 1 + 1e-10j), (1, 1.1), (1 + 1j, 1 + 1j + 1e-9), (inf, inf), (inf, -inf), (nan, nan),
             (0, 1e-10), (1e10, 1e10 + 1)]:
    t('isclose', *args)
print(cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(1, 1.05, rel_tol=0.1), cmath.isclose(1j, 1.001j, rel_tol=1e-2))
for f in [lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.sqrt('a'), lambda: cmath.exp(None),
          lambda: cmath.exp(1e300), lambda: cmath.cosh(1000), lambda: cmath.log(0), lambda: cmath.atanh(1),
          lambda: cmath.atanh(-1), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.sqrt(1, 2)]:
    try:
        print(r(f()))
    except ValueError as e:
        print(type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__)
class C:
    def __complex__(self):
        return 1 + 1j
class F:
    def __float__(self):
        return 4.0
print(r(cmath.sqrt(C())), cmath.sqrt(F()), cmath.sqrt(-4), cmath.sqrt(4), cmath.sqrt(2 ** 100), cmath.phase(-1.0))
print(cmath.sqrt(-1), cmath.exp(0), cmath.log(1), cmath.polar(1j), cmath.rect(0, 0), cmath.acos(1), cmath.asin(0))
