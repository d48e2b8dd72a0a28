"""The C-stack overflow check for recursive interpreter code, made safe for
the JIT.

rlib's `rstack.stack_check()` is always inlined and reads the stack pointer
(`stack_current`), an operation the JIT's code writer refuses; any function
the JIT looks into must call `stack_check()` from here instead.  Inside
compiled traces the check is skipped: the JIT backend checks the stack
depth itself on entering machine code.  Overflow raises rlib's
StackOverflow, which the eval loop turns into RecursionError.
"""
from __future__ import absolute_import

from rpython.rlib import jit, rstack
from rpython.rlib.objectmodel import dont_inline


@jit.dont_look_inside
@dont_inline
def _stack_check_outside_jit():
    rstack.stack_check()


def stack_check():
    """Raise StackOverflow if the C stack is nearly exhausted."""
    if not jit.we_are_jitted():
        _stack_check_outside_jit()
