# Generators, generator expressions and yield from pipelines.
from _harness import run, size_arg


def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    yield from (x * x for x in src)


def work(n):
    return sum(squares(evens(numbers(n))))


def check(n, r):
    m = (n + 1) // 2          # evens 0, 2, ..., 2(m-1)
    return r == 4 * (m - 1) * m * (2 * m - 1) // 6

run('generators', work, size_arg(300000), check)
