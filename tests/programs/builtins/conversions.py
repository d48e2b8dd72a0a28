# chr, ord, hex, oct, bin, ascii, repr, format, abs


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


# chr / ord over the whole range
for cp in [0, 9, 10, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000,
           0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, len(c), ord(c) == cp, repr(c) if cp < 128 else "")
print(chr(97) + chr(0xE9) + chr(0x4E2D) + chr(0x1F40D))
print([ord(c) for c in "aé中🐍"])
print(chr(True), ord("\x00"), ord("\U0010FFFF"))


class Idx:
    def __index__(self):
        return 66


print(chr(Idx()))
err(lambda: chr(-1))
err(lambda: chr(0x110000))
err(lambda: chr(1.5))
err(lambda: chr("a"))
err(lambda: chr())
err(lambda: ord(""))
err(lambda: ord("ab"))
err(lambda: ord("é中"))
err(lambda: ord(65))
err(lambda: ord(None))

# hex / oct / bin: big, negative, __index__
for n in [0, 1, -1, 7, 8, 255, -256, 2**31, 2**63 - 1, -2**63, 2**64, 3**50,
          -(2**100)]:
    print(hex(n), oct(n), bin(n))
print(hex(True), oct(False), bin(Idx()), hex(Idx()), oct(Idx()))
print(int(hex(-2**70), 16) == -2**70, int(bin(12345678901234567890), 2))
err(lambda: hex(1.0))
err(lambda: oct("7"))
err(lambda: bin(None))
err(lambda: hex())


class BadIndex:
    def __index__(self):
        return "no"


err(lambda: hex(BadIndex()))

# ascii / repr
for s in ["abc", "é", "\n\t\\", "'", '"', "'\"", "中文", "😀", "\x7f\x80",
          "\u2028", "ÿĀ"]:
    print(ascii(s), ascii(s) == repr(s) if max(s) < "\x7f" else "")
print(ascii(["é", ("ü", {"ñ": 1})]), ascii(1), ascii(None), ascii(2.5))
print(repr("x"), repr(1), repr([1, "a"]), repr((1,)), repr({}), repr(None))
print(repr(2**80), repr(-0.0), repr(1e100), repr(True), repr(...))


class R:
    def __repr__(self):
        return "R<é>"


print(repr(R()), ascii(R()), str(R()))
err(lambda: repr())

# format
print(format(5), format(5, ""), format(5, "d"), format(255, "x"))
print(format(255, "08b"), format(-3, "+d"), format(42, ">6"))
print(format(3.14159, ".2f"), format(0.5, "%"), format(1e10, "e"))
print(format("hi", "<5") + "|", format("hi", "^6") + "|", format("hi"))
print(format(True), format(None), format(False, ""), format(2**70))


class F:
    def __format__(self, spec):
        return "F(" + spec + ")"


class G:
    def __str__(self):
        return "G-str"


print(format(F(), "abc"), format(F()), "{:xyz}".format(F()) if False else "")
print(format(G()))
err(lambda: format(5, "q"))
err(lambda: format(5, 5))
err(lambda: format())


class BadF:
    def __format__(self, spec):
        return 5


err(lambda: format(BadF(), ""))

# abs on all numbers
print(abs(0), abs(-5), abs(5), abs(-2**100), abs(2**100), abs(-0.0))
print(abs(-2.5), abs(True), abs(False), abs(float("-inf")))
print(abs(-9223372036854775808), abs(-9223372036854775807))


class A:
    def __abs__(self):
        return "absolute"


print(abs(A()))
err(lambda: abs("a"))
err(lambda: abs(None))
err(lambda: abs([]))
err(lambda: abs())
