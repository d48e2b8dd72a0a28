"""SIGINT (Ctrl-C) as KeyboardInterrupt inside running code.

`install()` makes SIGINT set a flag (rlib's rsignal: the C handler sets
`pypysig_counter` to -1 and records the signal); the eval loop calls
`pending()` at every backward jump, which is one memory read while no
signal has arrived, and `interrupt(space)` when it is true.  Blocking reads
that fail with EINTR call `check(space)`.

Untranslated (tests on CPython 2.7), the flag is a plain Python value that
tests set with simulate_interrupt(), so the same logic runs without C.
"""
from __future__ import absolute_import

import signal as host_signal

from rpython.rlib import jit
from rpython.rlib.objectmodel import we_are_translated

SIGINT = host_signal.SIGINT


class _Untranslated(object):
    pending = False


_untranslated = _Untranslated()


def install():
    """Ctrl-C sets the flag instead of killing the process."""
    if we_are_translated():
        from rpython.rlib import rsignal
        rsignal.pypysig_setflag(SIGINT)
    # untranslated (in the tests' own process) CPython's handler stays:
    # tests set the flag with simulate_interrupt()


def pending():
    """True if a signal arrived since the last interrupt()/clear()."""
    if we_are_translated():
        from rpython.rlib import rsignal
        return rsignal.pypysig_getaddr_occurred().c_value < 0
    return _untranslated.pending


@jit.dont_look_inside
def clear():
    """Forget the signals that arrived; True if one of them was SIGINT."""
    if not we_are_translated():
        got = _untranslated.pending
        _untranslated.pending = False
        return got
    from rpython.rlib import rsignal
    rsignal.pypysig_getaddr_occurred().c_value = 0
    got = False
    while True:
        n = rsignal.pypysig_poll()
        if n < 0:
            break
        if n == SIGINT:
            got = True
    return got


def interrupt(space):
    """The OperationError to raise for the signals that arrived: a
    KeyboardInterrupt (SIGINT is the only signal micropy catches)."""
    clear()
    return space.error_noarg(space.w_KeyboardInterrupt)


def check(space):
    """Raise KeyboardInterrupt if Ctrl-C was pressed."""
    if pending():
        if clear():
            raise space.error_noarg(space.w_KeyboardInterrupt)


def simulate_interrupt():
    """Untranslated only: act as if Ctrl-C had been pressed."""
    _untranslated.pending = True
