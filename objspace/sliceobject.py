"""slice: start, stop and step (each any value, usually int or None).

Semantics: CPython 3's slice (attributes, indices(), repr, comparisons as
the tuple (start, stop, step), unhashable as before 3.12).
"""
import sys

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


class W_SliceObject(W_Root):
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def repr_w(self, space):
        return 'slice(%s, %s, %s)' % (space.repr_w(self.w_start),
                                      space.repr_w(self.w_stop),
                                      space.repr_w(self.w_step))

    def getattr_builtin(self, space, name):
        if name == 'start':
            return self.w_start
        if name == 'stop':
            return self.w_stop
        if name == 'step':
            return self.w_step
        return None

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'slice'")

    def as_tuple(self, space):
        return space.newtuple([self.w_start, self.w_stop, self.w_step])

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.eq(self.as_tuple(space), w_other.as_tuple(space))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.ne(self.as_tuple(space), w_other.as_tuple(space))

    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.lt(self.as_tuple(space), w_other.as_tuple(space))

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.le(self.as_tuple(space), w_other.as_tuple(space))

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.gt(self.as_tuple(space), w_other.as_tuple(space))

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_SliceObject):
            return None
        return space.ge(self.as_tuple(space), w_other.as_tuple(space))

    def indices(self, space, length):
        """(start, stop, step, count) for a sequence of `length` items, as
        CPython's slice.indices with the number of selected items."""
        if space.is_none(self.w_step):
            step = 1
        else:
            step = slice_int(space, self.w_step)
            if step == 0:
                raise space.value_error("slice step cannot be zero")
            if step < -sys.maxint:
                step = -sys.maxint
        if step < 0:
            lower = -1
            upper = length - 1
        else:
            lower = 0
            upper = length
        if space.is_none(self.w_start):
            start = upper if step < 0 else lower
        else:
            start = slice_int(space, self.w_start)
            if start < 0:
                start += length
                if start < lower:
                    start = lower
            elif start > upper:
                start = upper
        if space.is_none(self.w_stop):
            stop = lower if step < 0 else upper
        else:
            stop = slice_int(space, self.w_stop)
            if stop < 0:
                stop += length
                if stop < lower:
                    stop = lower
            elif stop > upper:
                stop = upper
        if step < 0:
            count = (start - stop - 1) // (-step) + 1 if stop < start else 0
        else:
            count = (stop - start - 1) // step + 1 if start < stop else 0
        return start, stop, step, count


def slice_int(space, w_x):
    """A slice bound as an int; ints beyond a machine word are clamped (as
    CPython clamps them to the largest index)."""
    from objspace.longobject import W_LongObject
    if isinstance(w_x, W_LongObject):
        if w_x.num.sign < 0:
            return -sys.maxint
        return sys.maxint
    return space.int_w(w_x)


@builtin('indices', 2, 2)
def slice_indices(space, args_w, kwnames):
    w_slice = args_w[0]
    if not isinstance(w_slice, W_SliceObject):
        raise space.type_error("descriptor requires a 'slice' object")
    length = space.int_w(args_w[1])
    if length < 0:
        raise space.value_error("length should not be negative")
    start, stop, step, count = w_slice.indices(space, length)
    return space.newtuple([space.newint(start), space.newint(stop),
                           space.newint(step)])


def _slice_new(space, w_type, args_w, kwnames):
    n = len(args_w)
    if n == 1:
        return W_SliceObject(space.w_None, args_w[0], space.w_None)
    if n == 2:
        return W_SliceObject(args_w[0], args_w[1], space.w_None)
    if n == 3:
        return W_SliceObject(args_w[0], args_w[1], args_w[2])
    raise space.type_error("slice expected at most 3 arguments")


W_SliceObject.typedef = TypeDef('slice', new=_slice_new, methods={
    'indices': slice_indices.w_builtin,
})
