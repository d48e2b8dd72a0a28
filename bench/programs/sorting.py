# List sorting: numbers, keys, tuples, reverse, and stability.
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
    ok = all(a[i] <= a[i + 1] for i in range(n - 1)) and b == a[::-1] and xs == b
    # stable: equal keys keep their original order
    return ok and all(c[i][0] < c[i + 1][0] or c[i][1] < c[i + 1][1]
                      for i in range(n - 1))

run('sorting', work, size_arg(100000), check)
