# Float math with function calls: the spectral norm of an infinite matrix.
from _harness import run, size_arg


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(n, v):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(n, v):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def spectral(n):
    u = [1.0] * n
    for _ in range(10):
        v = mul_atv(n, mul_av(n, u))
        u = mul_atv(n, mul_av(n, v))
    vbv = sum(ub * vb for ub, vb in zip(u, v))
    vv = sum(vb * vb for vb in v)
    return (vbv / vv) ** 0.5

run('spectral_norm', spectral, size_arg(120), lambda n, r: abs(r - 1.2742) < 1e-3)
