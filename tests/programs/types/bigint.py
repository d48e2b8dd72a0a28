# Big ints: arithmetic past the machine word, mixed with small ints and floats.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__)

big = 2 ** 100
nbig = -(3 ** 70)
small = [0, 1, -1, 7, -7, 2 ** 62]
for a in [big, nbig, big + 1, -big]:
    for b in small + [big, nbig, 10 ** 25]:
        if b != 0:
            print(a + b, a - b, a * b, a // b, a % b, divmod(a, b))
        print(a & b, a | b, a ^ b, a == b, a < b, a >= b)
print(big // big, big % big, (big * big) // big == big, -big // 3, -big % 3, big // -3, big % -3)
print(big / 3, big / big, nbig / big, 10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399, 1 / big)
print(2 ** 1000 % 1000007, 7 ** 77, (-7) ** 77, 12345678901234567890 ** 3)
print(big << 1, big << 100, big >> 1, big >> 100, big >> 101, nbig >> 1, nbig >> 200, -big >> 100, -big >> 101)
print(~big, ~nbig, -big, abs(nbig), +big, big.bit_length(), nbig.bit_length())
print(big ** -1, 2 ** -100, (10 ** 30) ** 2, 10 ** 30 * 0.5, big + 0.5, big * 1.5, 0.5 * big)
# exact comparisons with floats
f = 2.0 ** 100
print(big == f, big + 1 == f, big + 1 > f, big - 1 < f, -big == -f, big < float('inf'), big > float('-inf'))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 == float('inf'), 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(big == float('nan'), big != float('nan'))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10, int(-1.5e20), int(2.0 ** 64), float(2 ** 64), float(big))
# hashing consistent across int and float
for v in [big, nbig, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(hash(v), hash(v) == hash(float(v)) or float(v) != v)
# errors
for f in [lambda: big // 0, lambda: big % 0, lambda: big / 0, lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0,
          lambda: 10 ** 400 / 3, lambda: 1 << 2 ** 100, lambda: big >> -1, lambda: big << -1, lambda: 2.0 + 10 ** 400]:
    t(f)
# pow with modulus
print(pow(2, 100, 10 ** 9 + 7), pow(3, 10 ** 20, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(7, -1, 40), pow(38, -1, 97))
print(pow(big, 2, 10 ** 12), pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7), pow(2, -2, 7), pow(3, -1, -7))
print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(base=2, exp=5), pow(2, 5, mod=3), pow(2, 5, None))
for f in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0)]:
    t(f)
# powers of small bases
print((-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1), 1 ** (10 ** 20), 0 ** (10 ** 20), 2 ** 64 - 1, (2 ** 64) ** 2)
print(str(2 ** 200), repr(-(2 ** 200)), len(str(3 ** 1000)))
x = 1
for i in range(1, 30):
    x *= i
print(x, x // 2 ** 20, x % 1000003)
