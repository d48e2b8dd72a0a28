# micropy: slow
# The exhaustive version of str_index.py's slicing check (binaries only).


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


steps = [None, 1, 2, 3, -1, -2, -3, 7, -64, 65]
bounds = [None, 0, 1, -1, 3, -3, 64, -65, 100, 1000, -1000]

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

