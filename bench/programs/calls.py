# Method calls, closures, keyword arguments and bound methods.
from _harness import run, size_arg


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self

    def get(self):
        return self.n


def make_adder(k):
    def add(x):
        return x + k
    return add


def work(n):
    c = Counter()
    add3 = make_adder(3)
    inc = c.inc
    total = 0
    for i in range(n):
        c.inc()
        inc(by=2)
        total = add3(total) - 3 + c.get() % 5
    return total, c.get()


def check(n, r):
    total = 0
    for i in range(n):
        total += (3 * (i + 1)) % 5
    return r == (total, 3 * n)

run('calls', work, size_arg(300000), check)
