# complex: literals, arithmetic with int/float/complex, repr, parsing, hashing.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__)

inf = float('inf')
nan = float('nan')
print(1j, 2j, -1j, 0j, -0j, 1.5j, 1e20j, 1e-5j, 3 + 4j, 3 - 4j, -3 - 4j, (1+2j), 1j * 1j, 0.0j + 0)
for z in [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(-1, -0.0),
          complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(nan, -nan), complex(1e16, 1e-16),
          complex(1.5, -2.25), complex(0, 1e300)]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
vals = [1 + 2j, -3.5j, 2, -1.5, 0.5 + 0.5j, 1e200 + 1j, True]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b, a / b, a == b, a != b)
print((1 + 2j) ** 2, (1 + 2j) ** -2, (1 + 2j) ** 0, 1j ** 2, 1j ** 1j, 2 ** 1j, (1 + 1j) ** 0.5, 0j ** 0, (-1) ** 0.5)
print((2 + 3j) ** 101, (1 + 1j) ** 100, (0.5 + 0.5j) ** 2.5, (3 + 4j) ** (1 + 1j), 1.5 ** (2 - 1j))
print((-8) ** (1 / 3), (-2.0) ** 0.5, (-1.5) ** 1.5)
for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -1.5,
          lambda: 1j // 1, lambda: 1j % 1, lambda: divmod(1j, 1), lambda: 1j < 2j, lambda: 1j > 1, lambda: 1j <= 1.0,
          lambda: 1j + 'a', lambda: 1j & 1, lambda: ~1j, lambda: int(1j), lambda: float(1j), lambda: (1e200j) ** 2,
          lambda: abs(complex(1e308, 1e308)), lambda: (1e300 + 1e300j) * (1e300 + 1e300j), lambda: 10j ** 400.5,
          lambda: round(1j), lambda: hash(1j) == hash(1j)]:
    t(f)
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(1e300 + 1e300j))
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 1 == 1 + 1j, 2 ** 53 + 1 == complex(2 ** 53, 0), 1j == 1j, 1j != 1j, 1j == 'a')
print(-(1 + 2j), +(1 + 2j), -0j, bool(0j), bool(1j), bool(complex(0, -0.0)), not 0j)
# hashing matches int/float for real values
for z in [0j, 1 + 0j, -1 + 0j, 1.5 + 0j, 1j, -1j, 1 + 1j, 2.5 - 3.5j, 1e300j]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1: 'a', 1 + 0j: 'b', 1.0: 'c'})
# constructor
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex(1j), complex(1j, 1j), complex(1, 2j))
print(complex(1 + 2j, 3 + 4j), complex(True, False), complex(2 ** 64), complex(real=1, imag=2), complex(imag=3), complex(real=2j))
for s in ['1+2j', '1-2j', ' ( 1.5-2j ) ', 'j', '-j', '+j', '1e3j', '-1.5e-3+2.5e+3j', 'inf+nanj', '-infj', 'nanj',
          '1_0j', '+1.5', '3', '  3  ', '(3)', '1+j', '1-J', '.5j', '5.j', 'infinityj', '-Infinity-Infinityj', '1e1_0j']:
    print(repr(s), complex(s))
for s in ['1+', '1 + 2j', '(1+2j', '1+2j)', 'j1', '1+2jj', '', '()', '1e', '1_j', 'nan j', 'jj', '1+2', '1j+2',
          '++1j', 'x', '1.5.5', '(', '1_+2j', ' ']:
    try:
        complex(s)
        print('no error', repr(s))
    except ValueError:
        print('ValueError', repr(s))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: complex([]),
          lambda: complex(1, 2, 3), lambda: complex(1, None)]:
    t(f)
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1j).__mul__('a'), complex.__sub__(3j, 1), (2j).__pow__(2), (1j).__eq__(1j))
print(type(1j).__name__, isinstance(1j, complex), type(1j.real).__name__, 1j.imag, (3 + 4j).__abs__())
x = 1 + 1j
x += 1; x *= 2j; x -= 1; x /= 2; x **= 2
print(x)
print([1j, 2 + 0j], (0j,), {1j: 1})
