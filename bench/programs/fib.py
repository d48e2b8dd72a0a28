# Recursive calls.
from _harness import run, size_arg


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def check(n, r):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return r == a

run('fib', fib, size_arg(25), check)
