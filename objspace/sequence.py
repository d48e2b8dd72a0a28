"""Helpers shared by the sequence types (tuple, list): comparison, repr,
slicing and the sequence iterator."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize

from objspace.baseobject import W_Root, TypeDef


def repr_items(space, items_w):
    return ', '.join([space.repr_w(w_item) for w_item in items_w])


@jit.unroll_safe
def items_eq(space, a_w, b_w):
    if len(a_w) != len(b_w):
        return False
    for i in range(len(a_w)):
        if not space.eq_w(a_w[i], b_w[i]):
            return False
    return True


@specialize.arg(3)
def items_cmp(space, a_w, b_w, op):
    """Lexicographic comparison; returns a W_BoolObject."""
    n = min(len(a_w), len(b_w))
    for i in range(n):
        if not space.eq_w(a_w[i], b_w[i]):
            return getattr(space, op)(a_w[i], b_w[i])
    la = len(a_w)
    lb = len(b_w)
    if op == 'lt':
        return space.newbool(la < lb)
    elif op == 'le':
        return space.newbool(la <= lb)
    elif op == 'gt':
        return space.newbool(la > lb)
    return space.newbool(la >= lb)


def items_contain(space, items_w, w_item):
    for w_x in items_w:
        if space.is_w(w_x, w_item) or space.eq_w(w_x, w_item):
            return True
    return False


MAX_ITEMS = 1 << 32     # longer repeats raise MemoryError


def repeat_count(space, w_count, length=-1):
    """The int value of a repeat count (negative counts as 0) for a
    sequence of `length` items (-1: not known), or -1 when w_count isn't an int
    (NotImplemented); MemoryError/OverflowError when the result would be
    too long."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if isinstance(w_count, W_LongObject):
        raise space.overflow_error("cannot fit 'int' into an index-sized "
                                   "integer")
    if not isinstance(w_count, W_IntObject):
        return -1
    n = w_count.intval
    if n < 0:
        n = 0
    if length > 0 and n > MAX_ITEMS // length:
        raise space.error(space.w_MemoryError, "memory allocation failed")
    return n


def clamp_index(space, w_index, length):
    """A start/stop argument of index(): negative counts from the end, the
    result is clamped to [0, length]."""
    i = space.int_w(w_index)
    if i < 0:
        i += length
        if i < 0:
            i = 0
    elif i > length:
        i = length
    return i


def items_index(space, items_w, w_item, args_w):
    """seq.index(x[, start[, stop]]): args_w is [start] or [start, stop]."""
    length = len(items_w)
    start = 0
    stop = length
    if len(args_w) > 0:
        start = clamp_index(space, args_w[0], length)
    if len(args_w) > 1:
        stop = clamp_index(space, args_w[1], length)
    i = start
    while i < stop and i < len(items_w):
        if space.eq_w(items_w[i], w_item):
            return i
        i += 1
    raise space.value_error("object not in sequence")


def items_count(space, items_w, w_item):
    count = 0
    for w_x in items_w:
        if space.eq_w(w_x, w_item):
            count += 1
    return count


def slice_items(space, items_w, w_slice):
    start, stop, step, count = w_slice.indices(space, len(items_w))
    if step == 1:
        if count <= 0:
            return []
        assert start >= 0 and stop >= 0
        return items_w[start:stop]
    result = [None] * count
    i = start
    for k in range(count):
        result[k] = items_w[i]
        i += step
    return result


class W_SeqIterator(W_Root):
    """Iterates over a list of items; w_list is the W_ListObject to follow
    (whose length may change while iterating) or None for a fixed list."""

    def __init__(self, items_w, w_list):
        self.items_w = items_w
        self.w_list = w_list
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        items_w = self.items_w
        if self.w_list is not None:
            items_w = self.w_list.items_w
        i = self.index
        if i >= len(items_w):
            return None
        self.index = i + 1
        return items_w[i]


class W_ReverseSeqIterator(W_Root):
    """reversed() of a list: follows the list as it changes."""

    def __init__(self, w_list):
        self.w_list = w_list
        self.index = len(w_list.items_w) - 1

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        items_w = self.w_list.items_w
        i = self.index
        if i < 0 or i >= len(items_w):
            self.index = -1
            return None
        self.index = i - 1
        return items_w[i]


W_SeqIterator.typedef = TypeDef('iterator')
W_ReverseSeqIterator.typedef = TypeDef('list_reverseiterator')
