"""-X heapsize: a limit on the GC heap beyond which allocation raises
MemoryError, as often as the program goes past it.

rgc.set_max_heap_size bounds incminimark's heap and makes the GC raise
MemoryError at a major collection that finds the heap over the limit; but
RPython 0.2.1's GC aborts the process the second time this happens (its
`max_heap_size_already_raised` flag).  At import (translation) time we
make the GC's set_max_heap_size clear that flag too, and the eval loop
calls `rearm()` each time it turns an RPython MemoryError into a Python
one (space.memory_error), so every overrun raises again.  Untranslated,
nothing is limited (the host Python's memory is used).
"""
from rpython.rlib import rgc, jit
from rpython.memory.gc.incminimark import IncrementalMiniMarkGC


def _set_max_heap_size(self, size):
    self.max_heap_size = float(size)
    self.max_heap_size_already_raised = False
    if self.max_heap_size > 0.0:
        if self.max_heap_size < self.next_major_collection_initial:
            self.next_major_collection_initial = self.max_heap_size
        if self.max_heap_size < self.next_major_collection_threshold:
            self.next_major_collection_threshold = self.max_heap_size


IncrementalMiniMarkGC.set_max_heap_size = _set_max_heap_size


class _State(object):
    limit = 0


_state = _State()


@jit.dont_look_inside      # gc_set_max_heap_size: not for the JIT
def set_limit(nbytes):
    """Limit the GC heap to nbytes (0: no limit)."""
    _state.limit = nbytes
    rgc.set_max_heap_size(nbytes)


@jit.dont_look_inside
def rearm():
    """After a MemoryError: let the next overrun raise again."""
    if _state.limit > 0:
        rgc.set_max_heap_size(_state.limit)
