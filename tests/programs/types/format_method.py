# str.format, str.format_map and format(): the whole format-spec
# mini-language, replacement fields (numbering, keywords, attributes,
# indexing, conversions, nested specs), __format__ on user classes and
# errors (only the exception type where the wording differs).


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__)
        return
    print(repr(r))


print("-- ints")
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, -10 ** 30, True, False]
specs = ["", "d", "5", "<6", ">6", "^7", "=8", "*^9", "é<6", "+", "-", " ",
         "+08", "08", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c", "n",
         ",", "_", "_x", "_b", "#_o", "012,", "09,", "08,", "07_", "015_b",
         "#012x", "0=+10", "<010", "^010", "e", ".2e", "f", ".3f", "%", ".1%",
         "g", "G", "E", "F", ",.2f", "+.0f", "=+12,d", "x<+#10x"]
for spec in specs:
    out = []
    for v in ints:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(spec), out)

print("-- floats")
floats = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 3.14159265358979, 1e-7, 1e16,
          123456.789, -9876543.21, 1e300, 5e-324, 0.1, 1 / 3,
          float("inf"), float("-inf"), float("nan")]
specs = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".3",
         ".17", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g", ".3g", ".12g",
         "#.0f", "#.0e", "#g", "#.3g", "#", "10.3f", "<10.2f", "^12.3e",
         "=+12.1f", "012.3f", "+", " ", "-.2f", ",", ",.2f", "_.3f", "015,.2f",
         ".2%", "*>12g", "z.1f", "z", "+z.0f", ".3n", "010", "=10"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in floats])

print("-- strs")
for s in ["", "abc", "héllo", "日本語"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^6", "*^6",
                                        "é>6", ".2", "8.1", ".0", "05", "<05",
                                        "^010", "03", "0>4", "x^1"]])
    print("{:>{}}|{:{}<{}}|{:.{}}".format(s, 6, s, "-", 7, s, 2))

print("-- other types")
print(format(None), format([1, 2]), format((1,)), format("x"), format(1.5),
      format(True), format(True, "d"), format(False, "^5"), format(True, "x"),
      format(3, ""), format("x", ""))
print("{} {} {}".format(None, [1, "a"], {"k": 1.5}), "{!r}".format("é"),
      "{!s:>5}".format(1), "{!a}".format("é\n"), "{0!r:^9}".format("ab"))


class P:
    x = 10
    items = {"a": [1, 2, {"b": "deep"}]}

    def __init__(self):
        self.y = "yy"


print("-- fields")
print("{} {} {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"),
      "{x}{y}{x}".format(x=1, y=2), "{0}{x}".format(0, x="k"),
      "{{}} {{{0}}} }}{{".format(5), "{}".format("{}"), "".format(1, x=2))
print("{0[0]} {0[1][1]} {1[k]} {1[k2]!r}".format([1, [2, 3]], {"k": "v", "k2": "w"}))
print("{a.x} {a.y} {0.items[a][1]} {b[2]}".format(P(), a=P(), b="xyz"))
print("{.y}|{[1]}".format(P(), "ab"), "{0[-1]}".format({"-1": "neg"}))



print("{p.x} {p.y} {p.items[a][2][b]} {0.x:>4}".format(P(), p=P()))
print("{:{}{}{}}".format(3.14159, "^", 12, ".3f"), "{0:{1}}".format(42, "+"),
      "{:{w}.{p}f}|{:>{w}}".format(2.5, "x", w=8, p=2),
      "{0:{fill}{align}{width}}".format("é", fill="*", align="^", width=5))
print("{:{}}".format("ab", ""), "{:%}".format(0.25))
print("{0} {0} {1} {1}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0:}|{0!s:}|{:}".format(5) if False else "{0:}|{0!s:}".format(5))
print("{k}-{n}".format_map({"k": "v", "n": 3}))


print("x".format_map({}), "{a}".format_map({"a": "é"}))

print("-- __format__")


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "":
            return "M" + str(self.v)
        return "M" + format(self.v, spec)

    def __str__(self):
        return "str-money"


class Plain:
    def __str__(self):
        return "plain"

    def __repr__(self):
        return "Plain()"


class Bad:
    def __format__(self, spec):
        return 42


class Sup:
    def __format__(self, spec):
        return "<" + object.__format__(self, "") + ">"

    def __str__(self):
        return "sup"


m = Money(3.14159)
print(format(m), format(m, ".2f"), "{}|{:>8.1f}|{!s}|{!r:.4}".format(m, m, m, m)[:-14] +
      "|", "{0:.3}".format(m))
print(format(Plain()), "{}".format(Plain()), "{!r}".format(Plain()), format(Sup()))
print("{:>{w}}".format(Money(5), w="6d"))
t(lambda: format(Plain(), "x"))
t(lambda: format(Plain(), ">5"))
t(lambda: format(Bad()))
t(lambda: format(object(), "s"))
t(lambda: "{:d}".format(Plain()))
print(object.__format__(Plain(), ""), format(Plain(), ""))
t(lambda: object.__format__(Plain(), "x"))
print("abc".__format__(">5"), "abc".__format__(""))

print("-- big numbers")
print(format(10 ** 40, ","), format(-2 ** 100, "_x"), format(2 ** 100, "#o"),
      format(3 ** 60, "e"), format(10 ** 30, ".3g"), format(2 ** 64, "%"),
      format(7 ** 30, "50,"), format(10 ** 22, "f"))
print(format(1e22, ""), format(1e22, "f"), format(1.7976931348623157e308, ",.0f")[:30],
      format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"),
      format(0.375, ".2f"), format(1.0005, ".3f"), format(2.675, ".2f"))

print("-- errors")
t(lambda: "{".format(1))
t(lambda: "}".format(1))
t(lambda: "{0".format(1))
t(lambda: "a{b".format(1))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{5}".format(1, 2))
t(lambda: "{}{}".format(1))
t(lambda: "{a}".format(1, 2))
t(lambda: "{!x}".format(1))
t(lambda: "{!}".format(1))
t(lambda: "{!rr}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[x]}".format({}))
t(lambda: "{0[}".format([1]))
t(lambda: "{0}".format_map({"0": 1}))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: format(1, "q"))
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "x"))
t(lambda: format("s", "d"))
t(lambda: format(1, "s"))
t(lambda: format("s", "+"))
t(lambda: format("s", "="))
t(lambda: format("s", "#"))
t(lambda: format("s", ",s"))
t(lambda: format(1, ",x"))
t(lambda: format(1, ",_"))
t(lambda: format(1, "_,"))
t(lambda: format(1, ".2"))
t(lambda: format(1, ".2d"))
t(lambda: format(1, "+c"))
t(lambda: format(1, "#c"))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(1.5, "."))
t(lambda: format(1.5, "10.2fx"))
t(lambda: format(1, "z"))
t(lambda: format(1, "99999999999999999999999"))
t(lambda: format(2 ** 2000, "f"))
t(lambda: format(1, 2))
t(lambda: "{:s}".format(1))
t(lambda: "{:,c}".format(65))
t(lambda: "{0:n}".format("x"))
