"""Shared by the benchmarks (imported as a module): timing and checking.

Each benchmark calls run(name, func, size, check) where func(size) returns
a result and check(size, result) is True when it is right; it prints one
line `name size seconds` (the in-program time, measured with
time.ticks_us where it exists, MicroPython, else time.perf_counter) and
exits with status 1 when the check fails.
"""
import sys
import time

try:
    _ticks_us = time.ticks_us
    _ticks_diff = time.ticks_diff

    def _now():
        return _ticks_us()

    def _elapsed(t0, t1):
        return _ticks_diff(t1, t0) / 1e6
except AttributeError:
    def _now():
        return time.perf_counter()

    def _elapsed(t0, t1):
        return t1 - t0


def size_arg(default):
    if len(sys.argv) > 1:
        return int(sys.argv[1])
    return default


def run(name, func, size, check):
    t0 = _now()
    result = func(size)
    t1 = _now()
    ok = check(size, result)
    print(name, size, '%.6f' % _elapsed(t0, t1), 'ok' if ok else 'WRONG')
    if not ok:
        print('wrong result:', repr(result)[:200])
        sys.exit(1)
