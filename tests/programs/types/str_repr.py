# repr() and ascii() (through %a and !a) of str exactly as CPython 3 writes
# them: quote choice, escapes of control characters, printable non-ASCII
# kept (characters chosen from Unicode 8.0, which both databases agree on).

samples = ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash",
           "\n\r\t", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é ü ß ñ",
           "日本語", "\U0001f600", "\u200b\u200e\u2028\u2029\ufeff",
           "\ud800\udfff", "\ue000\uf8ff", "\U000f0000\U0010ffff", "\u0378",
           "\x0b\x0c", "\u3000", "\u00a0x", "a\u0301", "\U0001d11e", "'\"",
           "'", '"', "\\'", "\u2603\u263a", "\x1b[0m", "Ω≈ç√∫", "ﬁ", "\U00020000"]
for s in samples:
    print(repr(s), "%a" % (s,), len(repr(s)), len(s))
    print(str([s]), str((s, s)), str({s: s}))
print(repr(repr("x'")), repr(str(repr("é"))))
print("%a %a %a %a" % ([1, "é", ("ü",)], 3, None, "plain"))
print("%r %a" % ("é\x00", "é\x00"), "{!r} {!a}".format("\u2028", "\u2028"))
for cp in [0, 9, 10, 13, 27, 31, 32, 34, 39, 92, 126, 127, 128, 159, 160, 161,
           173, 255, 256, 0x37e, 0x378, 0x85, 0x2000, 0x200f, 0xd7ff, 0xfffe,
           0xffff, 0x10000, 0x1f3fb, 0xe0001, 0x10fffd]:
    c = chr(cp)
    print(cp, repr(c), "{!a}".format(c), c.isprintable())
