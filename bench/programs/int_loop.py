# Integer arithmetic in a tight loop.
from _harness import run, size_arg


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
        if i & 1:
            total -= 1
    return total


def check(n, r):
    expect = 0
    for i in range(7):
        count = (n - i + 6) // 7
        expect += count * (i * i % 7)
    return r == expect - n // 2

run('int_loop', work, size_arg(1000000), check)
