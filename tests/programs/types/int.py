# int: operators, edge cases, methods, conversions (CPython 3 semantics).
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__)

MAX = 9223372036854775807
MIN = -MAX - 1
vals = [0, 1, -1, 7, -7, 3, -3, 2 ** 31, MAX, MIN]
for a in [7, -7, 0, MAX, MIN]:
    for b in [3, -3, 1, -1, 2]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(MIN // -1, MIN % -1, -MIN, abs(MIN), MAX + 1, MIN - 1, MAX * MAX)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 0 % -5)
print(1 / 4, 7 / 2, -1 / 3, 10 / 5, 0 / 3, -0 / 3, (2 ** 60 + 1) / 3, 9007199254740993 / 1)
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, -2 ** 2, 2 ** -1, (-2) ** -2, 10 ** -3, 2 ** 63, (-2) ** 63)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 1 >> 64, -1 >> 64, 5 << 0, 1 << 64, -1 << 63, 3 << 62)
print(0 << 1000, 7 >> 2 ** 100, -7 >> 2 ** 100)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -~5, -5 & 3, -5 | 3, -5 ^ 3, -5 & -3, ~0, ~-1)
print(abs(-5), abs(5), abs(0), -(-3), +4, -0)
for f in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0), lambda: 0 ** -1,
          lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 + 'a', lambda: 'a' - 1, lambda: 1 & 1.5,
          lambda: 1 < 'a', lambda: ~1.5, lambda: 1 << 1.0, lambda: MIN // 0]:
    t(f)
# comparisons, including with floats (exact)
print(1 < 2, 2 <= 2, 3 > 4, 3 >= 3, 1 == 1, 1 != 1, 1 == 1.0, 1 == 1.5, 2 < 2.5, -1 > -1.5)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 == 2.0 ** 53, MAX == 2.0 ** 63, MAX < 2.0 ** 63)
print(1 < float('inf'), 1 > float('-inf'), 1 == float('nan'), 1 != float('nan'), 1 < float('nan'))
print(1 == 'a', 1 != 'a', 1 == None, 0 == False, 1 == True)
# int() conversions
print(int(), int(3.9), int(-3.9), int(0.5), int(-0.0), int(1e18), int(1e19), int(-1e19), int(2.0 ** 70))
print(int(True), int(False), int(5), int(-5), type(int(True)).__name__)
print(int("42"), int(" -17 "), int("+5"), int("ff", 16), int("0x10", 0), int("0o17", 0), int("0b101", 0))
print(int("0x_1f", 16), int("1_000"), int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("0", 0), int("00", 0))
for f in [lambda: int(float('inf')), lambda: int(float('-inf')), lambda: int(float('nan')), lambda: int(None),
          lambda: int([]), lambda: int(1j), lambda: int("1", 1), lambda: int("1", 37), lambda: int(5, 10),
          lambda: int("12", "10"), lambda: int(), lambda: int(base=10)]:
    t(f)
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return -3
class Bad:
    def __int__(self):
        return 'x'
print(int(I()), int(X()), int(T()))
t(lambda: int(Bad()))
print(int('10', base=16), int('10', X()))
# methods and attributes
for v in [0, 1, -1, 255, -256, 2 ** 40, MAX, MIN]:
    print(v, v.bit_length(), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.as_integer_ratio())
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__abs__(), (-5).__neg__(), (5).__add__(3), (5).__add__(1.5))
print((5).__radd__(3), (5).__rsub__(3), (5).__eq__(5), (5).__lt__(6), (7).__floordiv__(2), (7).__rtruediv__(2))
print((5).__round__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (1234).__round__(-2), int.__add__(1, 2))
print(type(5).__name__, type(2 ** 100).__name__, isinstance(2 ** 100, int), type(2 ** 100) is int)
# hashing (CPython's numeric hash)
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, MAX, MIN, -2 ** 61 + 1, -(2 ** 61)]:
    print(v, hash(v))
print(hash(1) == hash(1.0), hash(-1) == hash(-1.0), hash(2 ** 70) == hash(2.0 ** 70))
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d)
# augmented assignment
x = 5
x += 3; x *= 2; x -= 1; x //= 2; x **= 2; x %= 10; x <<= 3; x |= 1; x ^= 2; x &= 0xff; x >>= 1
print(x)
print(0x1f, 0o17, 0b101, 1_000_000, 0xFF_FF, 0, 00, 0_0)
