# Raising and catching exceptions, try/finally and with.
from _harness import run, size_arg


class Invalid(Exception):
    pass


class Guard:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        return False


def parse(i):
    if i % 3 == 0:
        raise Invalid(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def work(n):
    g = Guard()
    caught = 0
    total = 0
    for i in range(n):
        try:
            with g:
                total += parse(i)
        except Invalid:
            caught += 1
        except LookupError as e:
            caught += 2
        finally:
            total += 1
    return total, caught, g.entered


def check(n, r):
    total = n
    caught = 0
    for i in range(n):
        if i % 3 == 0:
            caught += 1
        elif i % 5 == 0:
            caught += 2
        else:
            total += i
    return r == (total, caught, n)

run('exceptions', work, size_arg(200000), check)
