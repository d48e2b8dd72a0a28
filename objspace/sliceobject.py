"""slice: start, stop and step (each any value, usually int or None)."""
from objspace.baseobject import W_Root, TypeDef


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

    def indices(self, space, length):
        """(start, stop, step, count) for a sequence of `length` items, as
        CPython's slice.indices with the number of selected items."""
        if space.is_none(self.w_step):
            step = 1
        else:
            step = space.int_w(self.w_step)
            if step == 0:
                raise space.value_error("slice step cannot be zero")
        if step < 0:
            lower = -1
            upper = length - 1
        else:
            lower = 0
            upper = length
        if space.is_none(self.w_start):
            start = upper if step < 0 else lower
        else:
            start = space.int_w(self.w_start)
            if start < 0:
                start += length
                if start < lower:
                    start = lower
            elif start > upper:
                start = upper
        if space.is_none(self.w_stop):
            stop = lower if step < 0 else upper
        else:
            stop = space.int_w(self.w_stop)
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


def _slice_new(space, w_type, args_w, kwnames):
    n = len(args_w)
    if n == 1:
        return W_SliceObject(space.w_None, args_w[0], space.w_None)
    if n == 2:
        return W_SliceObject(args_w[0], args_w[1], space.w_None)
    if n == 3:
        return W_SliceObject(args_w[0], args_w[1], args_w[2])
    raise space.type_error("slice expected at most 3 arguments")


W_SliceObject.typedef = TypeDef('slice', new=_slice_new)
