# Indexing, slicing (steps, negative steps), iteration, len, `in`, + and *,
# comparisons and hashing of str, ASCII and non-ASCII (short and long, the
# latter past the indexed-lookup threshold).


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__)
        return
    print(repr(r))


short = ["", "a", "hello", "héllo", "日本語", "a\U0001f600b", "ΑΒΓΔ"]
long_mixed = "".join(chr(0x41 + i % 26) if i % 3 else chr(0x3b1 + i % 20)
                     for i in range(300))
long_astral = "x\U0001f600é" * 50 + "end"
samples = short + [long_mixed, long_astral, "a" * 100 + "é"]


def indices(a, b, c, n):
    """range(*slice(a, b, c).indices(n)), written out."""
    c = 1 if c is None else c
    lo, hi = (-1, n - 1) if c < 0 else (0, n)
    def fix(x, default):
        if x is None:
            return default
        if x < 0:
            return max(x + n, lo)
        return min(x, hi)
    return range(fix(a, hi if c < 0 else lo), fix(b, lo if c < 0 else hi), c)


steps = [None, 2, -1, -3, 65]
bounds = [None, 1, -1, -65, 100]

for s in samples:
    n = len(s)
    print(n, repr(s[:10]))
    out = []
    for i in range(-n - 2, n + 2):
        try:
            out.append(s[i])
        except IndexError:
            out.append("!")
    print("".join(out) == "!!" + s + s + "!!" if n else out)
    ok = True
    count = 0
    for a in bounds:
        for b in bounds:
            for c in steps:
                got = s[a:b:c]
                exp = "".join([s[i] for i in indices(a, b, c, n)])
                if got != exp:
                    ok = False
                    print("MISMATCH", a, b, c, repr(got), repr(exp))
                count += len(got)
    print("slices ok", ok, count)
    print(repr(s[::-1][:12]), repr(s[1:-1:2][:12]), repr(s[-3:]), repr(s[5:2]))
    chars = [ch for ch in s]
    print(len(chars), "".join(chars) == s, [ch for ch in chars if len(ch) != 1] == [])
    it = iter(s)
    print(repr(next(it, None)), repr(next(it, None)), list(it) == chars[2:])

print("-- index errors")
t(lambda: "abc"[3])
t(lambda: "abc"[-4])
t(lambda: "日本"[2])
t(lambda: ""[0])
for bad in [1.0, "1", None]:
    t(lambda: "abc"[bad])
t(lambda: "abc"[::0])
t(lambda: "abc"[2 ** 100])
print("abc"[True], "abc"[False:], "abc"[-True])

print("-- in")
for sub in ["", "a", "é", "日本", "本語", "abc", "z", "\U0001f600"]:
    print(repr(sub), [sub in s for s in short])
t(lambda: 1 in "abc")
t(lambda: None in "abc")

print("-- + and *")
print("ab" + "cd", "" + "", "é" + "ü", len("日" + "本" * 3))
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "é", "x" * True, False * "x")
t(lambda: "" * 10 ** 20)
t(lambda: "ab" * -10 ** 20)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a" * (2 ** 100))
s = "x"
s += "y"
s *= 3
print(s)

print("-- comparisons")
words = ["", "a", "A", "ab", "b", "é", "e", "z", "ß", "日", "\U0001f600", "aa",
         "\x7f", "\x80", "\uffff", "\ue000"]
for a in words:
    print(repr(a), "".join("<" if a < b else (">" if a > b else "=") for b in words),
          [a <= b for b in words[:4]], [a >= b for b in words[:4]],
          a == a + "", a != a)
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print("a" == 1, "a" != 1, "1" == 1)
t(lambda: "a" < 1)
t(lambda: "a" >= None)
t(lambda: 1 > "a")

print("-- hashing")
d = {}
for w in words + ["é" * 3, "a" + "b", "ab"]:
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("é"[:]),
      hash("") == hash(""))

print("-- len, bool, str, repr of values")
print(len(""), len("é"), len(long_mixed), bool(""), bool(" "), bool("0"))
for v in [0, -5, 2 ** 100, 1.5, -0.0, 1e100, 1e-7, True, None, [1, "a"],
          (1,), ("é", 'q"'), {"k": "v"}, "str", Ellipsis, NotImplemented,
          range(3), str, int]:
    print(str(v), repr(v) == repr(v), str(v) == format(v))
print(str(), str("x"), str(object=5) if False else "skip", repr(str(3)))
t(lambda: str(1, 2))
t(lambda: str(1, 2, 3, 4))
t(lambda: ord(""))
print([ord(c) for c in "aé日\U0001f600"], chr(0), repr(chr(0xd800)), len(chr(0x10ffff)))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
