# Integer and float arithmetic, including overflow into big ints.
print(6 * 7, 7 - 10, 2 + 3 * 4, (2 + 3) * 4)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 / 4, 7 / 2, -1 / 3, 10 / 5)
print(2 ** 10, 2 ** 0, (-3) ** 3, -2 ** 2, 2 ** -1)
print(1 << 10, 1024 >> 3, -1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -~5)
print(abs(-5), abs(5), abs(-2.5), -(-3), +4)
big = 2 ** 64
print(big, big * big, big - 1, -big, big // 3, big % 1000007)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500, 10 ** 30 // 10 ** 15)
print(1 << 100, (1 << 100) >> 99, 123456789 ** 5)
print(0x1f, 0o17, 0b101, 1_000_000, 0xFF_FF)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007))
print(1.5 + 2, 3 * 0.5, 1e10, 1.5e-7, 0.1 + 0.2, 1e16, 123456789.0)
print(2.0 ** 0.5, 10 / 4, 7.5 // 2, 7.5 % 2, -7.5 % 2)
print(int(3.9), int(-3.9), int("42"), int(" -17 "), int("ff", 16), int("0x10", 0))
print(float("1.5"), float(3), float("-inf"), float(" 2e3 "))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5))
print(round(2.5) if False else 0, max(3, 1, 2), min(3, 1, 2), sum([1, 2, 3]), sum(range(101)))
print(True + True, True * 5, False - 1, True & False, True | False)
print(hash(1) == hash(1.0), 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 > 1e19, 10 ** 20 < 1e21, -(10 ** 20) < 0.5)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
x <<= 3
x |= 1
print(x)
