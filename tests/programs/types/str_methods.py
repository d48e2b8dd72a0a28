# Every str method with its argument forms, ASCII and non-ASCII text,
# edge cases and wrong argument types (only the exception type is printed
# where MicroPython's wording differs from CPython's).


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__)
        return
    print(repr(r))


u = "héllo wörld"
g = "ΑΒΓ αβγ"
e = ""

print("-- find rfind index rindex count")
for s in ["hello world", u, "aaaa", e, "日本語の日本"]:
    for sub in ["o", "l", "", "wor", "ö", "aa", "日本", "zz"]:
        print(s.find(sub), s.rfind(sub), s.count(sub), sub in s)
        for a, b in [(1, None), (-3, None), (2, 5), (5, 2), (100, None),
                     (None, -2), (-100, 100), (0, 0), (len(s), None),
                     (len(s) + 1, None)]:
            print(s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
                  end=" ")
        print()
print("hello".find("l", 3), "hello".find("l", 2 ** 100), "hello".find("l", -2 ** 100))
t(lambda: "hello".index("z"))
t(lambda: "hello".rindex("z"))
print("hello".index("l"), "hello".rindex("l"), u.index("ö"), u.rindex("l"))
t(lambda: "hello".find(1))
t(lambda: "hello".count())
t(lambda: "hello".find("l", "x"))
t(lambda: "hello".index("l", 4))

print("-- startswith endswith")
for s in ["hello", u, e]:
    for p in ["he", "lo", "", "hé", "ld", ("x", "he"), ("lo", "ö"), ()]:
        print(s.startswith(p), s.endswith(p), s.startswith(p, 1),
              s.endswith(p, 0, 2), s.startswith(p, -3), s.endswith(p, 2, -1),
              s.startswith(p, 10))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".startswith("", 2, 1))
print("abc".endswith("", 3), "abc".endswith("", 4), "abc".endswith("c", 0, 100))
t(lambda: "abc".startswith(1))
t(lambda: "abc".endswith(["a"]))
t(lambda: "abc".startswith(("a", 1)))
print("removeprefix", "abcabc".removeprefix("ab"), "abc".removeprefix("x"),
      "abc".removeprefix(""), u.removeprefix("hé"), "abc".removesuffix("bc"),
      "abc".removesuffix(""), u.removesuffix("örld"))
t(lambda: "abc".removeprefix(1))

print("-- case")
samples = ["Hello World", u, g, "ΣΑΣ ΟΔΟΣ", "straße", "ǆemal ǅ ǄA", "ﬁx",
           "hello-world_foo bar's", "ÉCOLE", "123abc", "aBc DeF", "İstanbul",
           "", "  ", "a1b2", "ΌΣΟΣ Σ", "σς", "Σ"]
for s in samples:
    print(repr(s.lower()), repr(s.upper()), repr(s.casefold()),
          repr(s.swapcase()), repr(s.capitalize()), repr(s.title()))
    print(s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isidentifier(), s.isprintable(), s.isascii())

print("-- predicates")
for s in ["123", "½", "²", "٣", "一", "abc", "ab c", "_x1", "1x", "x-y",
          "\t\n \x0b\x0c\r\x1c\x1d\x1e\x1f", "\u2000\u3000\xa0", "\x85",
          "a\tb", "\x7f", "é", "\u200b", "Ǆ", "ǅ", "Hello World", "Hello world",
          "HELLO", "hello", "Hello1 2World", "", "over", "ÀÉ", "class"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(),
          s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(),
          s.isidentifier(), s.isprintable(), s.isascii())

print("-- strip")
for s in ["  a b  ", "\t\n x \r\x0b\x0c", "xxhixx", u, "\u3000 ü \xa0", "", "   ",
          "\x1c a \x1f", "ééaéé"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          repr(s.strip("x")), repr(s.strip("éa")), repr(s.lstrip(" ü")),
          repr(s.rstrip(None)), repr(s.strip("")))
t(lambda: "abc".strip(1))
t(lambda: "abc".strip("a", "b"))

print("-- split rsplit")
for s in ["a,b,,c", " a  b c ", "a b c", u, "", "   ", "a\u3000b\xa0c\x85d",
          ",a,", "ö,ä,ü", "a\x1cb\x1fc", "one  two   three  "]:
    print(s.split(), s.rsplit(), s.split(","), s.rsplit(","))
    print(s.split(None, 1), s.rsplit(None, 1), s.split(",", 1), s.rsplit(",", 1))
    print(s.split(maxsplit=0), s.rsplit(maxsplit=2), s.split(sep=" "),
          s.rsplit(" ", 0), s.split(",", -1), s.split("ö"))
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit(""))
t(lambda: "abc".split(1))
t(lambda: "abc".split(",", "x"))
t(lambda: "abc".split(foo=1))

print("-- splitlines")
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r",
          "no newline", "a\x1fb", "\r\n\r\n"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))

print("-- partition")
for s in ["a=b=c", "abc", "", "é=ü=ö", "=="]:
    for sep in ["=", "b", "ü=", "zz"]:
        print(s.partition(sep), s.rpartition(sep))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(1))

print("-- join")
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"), "é".join(["a", "b"]),
      "".join(("a",)), "-".join(x for x in "xyz"), "-".join({"k": 1}))
t(lambda: "-".join(["a", 1]))
t(lambda: "-".join(5))
t(lambda: "-".join([None]))

print("-- replace")
for s in ["aXbXc", "", "abc", u, "ééé", "aaaa"]:
    print(repr(s.replace("X", "--")), repr(s.replace("", "-")),
          repr(s.replace("", "-", 2)), repr(s.replace("é", "e")),
          repr(s.replace("a", "", 1)), repr(s.replace("aa", "b")),
          repr(s.replace("a", "x", 0)), repr(s.replace("a", "x", -5)))
t(lambda: "abc".replace(1, "x"))
t(lambda: "abc".replace("a"))
t(lambda: "abc".replace("a", "b", "c"))

print("-- padding")
for s in ["a", "ab", "abc", "é", "日本", ""]:
    for w in [-1, 0, 3, 4, 5, 6]:
        print(repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")),
              repr(s.rjust(w)), repr(s.zfill(w)))
for s in ["-42", "+7", "42", "-", "+", "é", "--1"]:
    print(s.zfill(5), s.zfill(1))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center("5"))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".rjust())
t(lambda: "a".zfill("x"))

print("-- expandtabs")
for s in ["a\tb", "\t", "ab\tc\nd\te", "日\t本", "abcdefgh\tx", "a\r\tb", ""]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=1)))

print("-- maketrans translate")
tab = str.maketrans("abc", "xyz")
print(sorted(tab.items()))
tab2 = str.maketrans("abé", "xyz", "dö")
print(sorted(tab2.items()))
tab3 = str.maketrans({"a": "AA", "b": None, 99: 100, "é": "e"})
print(sorted(tab3.items(), key=lambda kv: kv[0]))
print("abcdef".translate(tab), "abédö".translate(tab2), "abcé".translate(tab3))
print("abc".translate({97: None, 98: "βeta", 99: 0x263a}), "abc".translate({}),
      "abc".translate([None, "x"] * 50))
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: -1}))
print("x".maketrans("x", "y"))

print("-- misc")
print(str.upper("abc"), str.join(",", ["a", "b"]), str.count("abcabc", "b"))
t(lambda: str.upper(1))
t(lambda: "abc".upper(1))
t(lambda: "abc".isalpha(1))
print(len(dir("")) > 40 if hasattr("", "__dir__") else True)
for name in ["find", "rfind", "index", "rindex", "count", "startswith",
             "endswith", "removeprefix", "removesuffix", "lower", "upper",
             "casefold", "swapcase", "capitalize", "title", "isalpha",
             "isdigit", "isdecimal", "isnumeric", "isspace", "isalnum",
             "isprintable", "isascii", "isidentifier", "islower", "isupper",
             "istitle", "join", "strip", "lstrip", "rstrip", "split",
             "rsplit", "splitlines", "partition", "rpartition", "replace",
             "center", "ljust", "rjust", "zfill", "expandtabs", "translate",
             "maketrans", "format", "format_map"]:
    print(name, hasattr("x", name))
