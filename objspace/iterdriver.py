"""JIT drivers for the loops that builtins run over an iterator.

`sum(x * x for x in data)`, `list(gen)`, `min(...)`, `''.join(...)`: the
loop is RPython code, not bytecode, so the eval loop's JitDriver never sees
it, and each item would cost a residual call into the iterator, and for a
generator a trip from the interpreter into the generator frame's compiled
code and back.  With a JitDriver of its own the builtin's loop is traced
like a Python loop: the iterator's `__next__` is inlined, a generator's
frame is resumed inside the trace (the eval loop's portal is inlined or
reached through call_assembler), and the items stay unboxed where they
can.  PyPy does the same (its `min`/`max` drivers, app-level `sum`).

The greens are the iterator's type and, for a generator, its code object
(so two generator expressions summed at one call site get a loop each).
Where it matters (sum, unpackiterable) the first item is fetched before the
loop, so that a loop is never traced through a generator's first start.
The generator's own loop is followed inside the trace up to its next yield
(interp.frame.should_unroll_one_iteration).
"""
from rpython.rlib import jit


def _name(name):
    # (the log's location must be a str, never None)
    return name if name is not None else '?'


def get_printable_location(w_type, code):
    if code is None:
        return _name(w_type.name)
    return '%s %s' % (_name(w_type.name), _name(code.name))


def make_driver(name):
    """A JitDriver for one builtin's loop (a driver has exactly one
    jit_merge_point, so one per loop); at the top of each iteration:
    `driver.jit_merge_point(w_type=space.type(w_iter),
    code=w_iter.jit_iter_code())`, both computed before the loop."""
    return jit.JitDriver(name=name, greens=['w_type', 'code'], reds='auto',
                         get_printable_location=get_printable_location)


sum_driver = make_driver('sum')
minmax_driver = make_driver('minmax')
all_driver = make_driver('all')
any_driver = make_driver('any')
unpack_driver = make_driver('unpackiterable')


def get_key_location(code):
    return 'key %s' % (_name(code.name) if code is not None else '(builtin)')


# The loop calling a sort's key function, keyed by the function's code.
key_driver = jit.JitDriver(name='sortkey', greens=['code'], reds='auto',
                           get_printable_location=get_key_location)
