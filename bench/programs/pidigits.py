# Big integers: digits of pi by Gibbons' unbounded spigot.
from _harness import run, size_arg


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return ''.join(str(d) for d in out)


def check(n, r):
    return len(r) == n and r.startswith('31415926535897932384626433832795028841971')

run('pidigits', pi_digits, size_arg(1000), check)
