# List sorting: numbers, keys, tuples and reverse (not stability: MicroPython's
# sort is not stable).
from _harness import run, size_arg


def data(n):
    x = 42
    out = []
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        out.append(x % 100000)
    return out


def work(n):
    xs = data(n)
    a = sorted(xs)
    b = sorted(xs, reverse=True)
    c = sorted(((v % 10, i) for i, v in enumerate(xs)), key=lambda t: t[0])
    xs.sort(key=lambda v: -v)
    return a, b, c, xs


def check(n, r):
    a, b, c, xs = r
    d = data(n)
    counts = {}
    for v in d:
        counts[v] = counts.get(v, 0) + 1
    for v in a:
        counts[v] = counts.get(v, 0) - 1
    ok = len(a) == n and all(a[i] <= a[i + 1] for i in range(n - 1)) and \
        not any(counts.values()) and b == a[::-1] and xs == b
    # sorted by key, and each (key, index) pair from the input, once
    return ok and all(c[i][0] <= c[i + 1][0] for i in range(n - 1)) and \
        sorted(t[1] for t in c) == list(range(n)) and \
        all(t[0] == d[t[1]] % 10 for t in c)

run('sorting', work, size_arg(100000), check)
