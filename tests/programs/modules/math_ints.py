# math: functions returning ints (rounding, factorial, gcd, comb, ...)
import math

for v in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 1.5e300, 7, -7, 10 ** 30, True]:
    print(v, math.ceil(v), math.floor(v), math.trunc(v),
          type(math.floor(v)).__name__)

class Num:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))

for v in [math.inf, -math.inf, math.nan]:
    for f in [math.ceil, math.floor, math.trunc]:
        try:
            f(v)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__)

print([math.factorial(n) for n in range(12)])
print(math.factorial(25), math.factorial(50))
print(len(str(math.factorial(500))), math.factorial(500) % (10 ** 9 + 7))
for bad in [-1, 2.5, 'x']:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5),
      math.gcd(), math.gcd(7), math.gcd(12, 18, 8), math.gcd(2 ** 100, 6 ** 40))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6),
      math.lcm(2, 3, 4), math.lcm(2 ** 64, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5),
      math.comb(52, 5), math.comb(100, 50), math.comb(2 ** 70, 2))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5),
      math.perm(20, 10))
for args in [(-1, 2), (5, -1), (5.0, 2)]:
    for f in [math.comb, math.perm]:
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__)

print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]])
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.isqrt(True))
try:
    math.isqrt(-1)
except ValueError as e:
    print('ValueError')

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)),
      math.prod([2.5, 2]), math.prod([2, 3], start=10), math.prod(iter([5, 5])))
print(math.prod(['ab', 3]))
