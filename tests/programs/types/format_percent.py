# printf-style formatting: str % values, every conversion with flags,
# width, precision, '*', mappings, big ints and floats, and errors (only
# the exception type is printed where MicroPython's wording differs).


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__)
        return
    print(repr(r))


class Idx:
    def __index__(self):
        return 42


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


class R:
    def __repr__(self):
        return "R<é>"

    def __str__(self):
        return "str-R"


ints = [0, 1, -1, 42, -42, 255, 2 ** 31, -2 ** 63, 2 ** 100, -3 ** 50, True]
for conv in "diuxXo":
    for flags in ["", "-", "+ ", "#0"]:
        for width in ["", "8"]:
            for prec in ["", ".3"]:
                fmt = "%" + flags + width + prec + conv
                print(fmt, "|".join([fmt % v for v in ints]))

floats = [0.0, -0.0, 1.0, -1.5, 0.5, 1.5, 2.5, 3.14159265358979, 1e-5, 1e16,
          1.23456789e-300, 1e300, 123456789.0, 0.1, 2 ** 0.5, float("inf"),
          float("-inf"), float("nan"), 5, 2 ** 70]
for conv in "eEfFgG":
    for flags in ["", "+", "#0"]:
        for width in ["12"]:
            for prec in ["", ".0", ".17"]:
                fmt = "%" + flags + width + prec + conv
                print(fmt, "|".join([fmt % v for v in floats]))

print("%.50f" % 0.1, "%.30e" % 1e-300, "%f" % 1e300)
print("%d %d %d" % (3.99, -3.99, 1e20), "%i" % 2.5)
print("%s|%5s|%-5s|%.2s|%5.1s|%s" % ("abc", "é", "日本", "héllo", "xyz", ""))
print("%r|%10r|%-8r|%.3r" % ("a'b", "é", 42, "abcdef"))
print("%a|%a|%8a" % ("é", "日\n", [1, "ü"]))
print("%c|%c|%c|%3c|%-3c|%c" % (65, "é", 0x1F600, "x", 66, True))
print("%s %s %s %r" % (None, [1, 2], (3,), R()), "%s" % R())
print("%s" % (1,), "%s" % [1], "%s" % {"a": 1}, "%s%%" % 50, "%%")
print("%(a)s-%(b)d-%(a)r %(c)5.1f %%" % {"a": "x", "b": 2, "c": 3.14159})
print("%(a)s" % {"a": "only"}, "no args" % {}, "%(x)s %(x)s" % {"x": 1})
print("%(a(b))s" % {"a(b)": 7})
print("%*d|%-*d|%.*f|%*.*f|%*s" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5, -4, "x"))
print("%x %X %o" % (Idx(), Idx(), Idx()), "%d" % Idx(), "%d" % Num(), "%f" % Num())
print("%ld %hd %Lf" % (1, 2, 3.0))
print("%5%|%-5%" % ()) if False else print("skip")
print("abc" % (), "abc" % [], "%s" % "%s", "x%sy" % "")
print("%.0f %.0f %.0f %.0f %.1f %.2f" % (0.5, 1.5, 2.5, -0.5, 0.25, 1.005))
print("%s" % 10 ** 50, "%x" % 16 ** 30, "%o" % -8 ** 20, "%+d" % 10 ** 25)
print("%e" % 10 ** 50, "%.3g" % 2 ** 80, "%g" % 10 ** 15, "%g" % 10 ** 16)

print("-- errors")
t(lambda: "%d" % "x")
t(lambda: "%d %d" % (1,))
t(lambda: "%d" % (1, 2))
t(lambda: "%(a)s" % 1)
t(lambda: "%(a)s" % {"b": 1})
t(lambda: "%(a" % {"a": 1})
t(lambda: "%q" % 1)
t(lambda: "%é" % 1)
t(lambda: "%" % ())
t(lambda: "abc %" % ())
t(lambda: "%5" % 1)
t(lambda: "%c" % "ab")
t(lambda: "%c" % 1.5)
t(lambda: "%c" % -1)
t(lambda: "%c" % 0x110000)
t(lambda: "%x" % 1.5)
t(lambda: "%o" % "s")
t(lambda: "%f" % "s")
t(lambda: "%e" % None)
t(lambda: "%f" % 10 ** 400)
t(lambda: "%d" % float("inf"))
t(lambda: "%d" % float("nan"))
t(lambda: "%*d" % ("x", 1))
t(lambda: "%.*f" % (1.5, 1.0))
t(lambda: "%s %s" % "ab")
t(lambda: "%d" % [1])
t(lambda: "%s" % ())
