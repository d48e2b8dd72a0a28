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


def repeat_count(space, w_count):
    """The int value of a repeat count (negative counts as 0), or -1 when
    w_count isn't an int (NotImplemented)."""
    from objspace.intobject import W_IntObject
    if not isinstance(w_count, W_IntObject):
        return -1
    n = w_count.intval
    if n < 0:
        n = 0
    return n


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


W_SeqIterator.typedef = TypeDef('iterator')
