# float: arithmetic, special values, conversions, methods.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__)

inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 0.1, 1e300, -1e-300, inf, -inf]
for a in [7.5, -7.5, 0.0, -0.0, 1e308, inf, -inf]:
    for b in [2.0, -2.0, 0.5, 3, -3, inf, -inf, 1e-308]:
        print(repr(a), repr(b), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5, 0.0, -0.0, inf]:
    for b in [0.0, -0.0, 0, False]:
        for f in [lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)]:
            t(f)
print(nan + 1, nan * 0, nan // 1, nan % 1, 1 % nan, inf - inf, inf * 0, -inf * -inf, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(5 % -0.5, -5 % 0.5, 1e-320 % 1, 3.5 % 1, -3.5 % 1, 1e16 % 3, -1e16 // 3, 1 // 0.1, 1 % 0.1)
# powers
for a in [2.0, -2.0, 0.0, -0.0, 1.0, -1.0, 0.5, inf, -inf, nan]:
    for b in [2.0, 3.0, -1.0, -2.0, 0.5, 0.0, inf, -inf, nan]:
        t(lambda: a ** b)
print(2 ** 0.5, 2.0 ** -1, 10 ** -2, 4 ** 0.5, (-8.0) ** 3, 2.0 ** 10, 1.5 ** 2, 9 ** 0.5, (-1.0) ** 1e300)
t(lambda: 10.0 ** 400)
t(lambda: (-10.0) ** 401)
t(lambda: (-8) ** 0.5)
# comparisons
print(1.5 < 2, 2.0 == 2, -0.0 == 0.0, nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16, 2.5 >= 2.5, 3.0 <= 2)
t(lambda: 1.0 < 'a')
t(lambda: 1.0 + 'a')
t(lambda: 1.0 & 1)
t(lambda: ~1.0)
# conversions
print(float(), float(3), float(-3), float(2 ** 53 + 1), float(True), float('1.5'), float(' -2e3 '), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('+inf'), float('Infinity'), float('-iNfInItY'), float('nan'), float('-nan'), float('NaN'))
print(float('1e500'), float('-1e500'), float('1e-500'), float('  1e500 '), float('1_0.5'), float('1_000.000_1'), float('1e1_0'))
for s in ['x', '', ' ', '1.5x', '1_', '_1', '1__0', '1._5', '0x10', '1e', 'e1', 'in', 'nana', '1 5', '--1', '+']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: float(None), lambda: float([]), lambda: float(1j), lambda: float(10 ** 400), lambda: float('1', '2')]:
    t(f)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()))
t(lambda: float(Bad()))
print(int(2.5), int(-2.5), int(1e20), int(-0.9), int(1.9999999999999998), int(2.0 ** 80))
for f in [lambda: int(inf), lambda: int(-inf), lambda: int(nan)]:
    t(f)
# methods
for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 2.0 ** -1074, 123456.0]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag, x.conjugate())
for f in [lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio()]:
    t(f)
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1.FFFFFFFFFFFFFp1023', '1', '0x.8', 'inf', '-Infinity', 'nan', '  0x10  ',
          '0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.fffffffffffff8p0']:
    print(s, repr(float.fromhex(s)))
for s in ['0x', 'x1', '0x1p', '0x1.8q', '', '0x1p1.5']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex('0x1p1024'))
print(2.5.__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__rsub__(1), (1.5).__add__('a'), (1.5).__eq__(1.5), float.__mul__(2.0, 3))
print(type(2.5.__floor__()).__name__, (1e20).__floor__(), (-1e20).__ceil__())
# hashing
for x in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e100, 2.0 ** 61, 2.0 ** 64, 1e-300, 123.456, inf, -inf, 1e308]:
    print(repr(x), hash(x))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0), hash(float(2 ** 61 - 1)))
# augmented
x = 1.5
x += 1; x *= 3; x -= 0.5; x /= 2; x //= 1; x **= 2; x %= 7
print(x)
print(1e0, 1., .5, 1_0.0_1, 1e-7, 1e16, 1.5e300 * 1.5e300, -1e400)
