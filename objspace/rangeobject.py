"""range: W_RangeObject (machine-word bounds) and its iterator."""
from objspace.baseobject import W_Root, TypeDef


class W_RangeObject(W_Root):
    _immutable_fields_ = ['start', 'stop', 'step']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def length(self):
        if self.step > 0:
            if self.start >= self.stop:
                return 0
            return (self.stop - self.start - 1) // self.step + 1
        if self.start <= self.stop:
            return 0
        return (self.start - self.stop - 1) // (-self.step) + 1

    def len_w(self, space):
        return self.length()

    def is_true(self, space):
        return self.length() != 0

    def repr_w(self, space):
        if self.step == 1:
            return 'range(%d, %d)' % (self.start, self.stop)
        return 'range(%d, %d, %d)' % (self.start, self.stop, self.step)

    def descr_iter(self, space):
        return W_RangeIterator(self.start, self.step, self.length())

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        n = self.length()
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, n)
            return W_RangeObject(self.start + start * self.step,
                                 self.start + stop * self.step,
                                 self.step * step)
        i = space.getindex(w_index, n, "range")
        return space.newint(self.start + i * self.step)

    def descr_contains(self, space, w_item):
        from objspace.intobject import W_IntObject
        if isinstance(w_item, W_IntObject):
            x = w_item.intval
            if self.step > 0:
                if not (self.start <= x < self.stop):
                    return False
            elif not (self.stop < x <= self.start):
                return False
            return (x - self.start) % self.step == 0
        return W_Root.descr_contains(self, space, w_item)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return None
        n = self.length()
        if n != w_other.length():
            return space.w_False
        if n == 0:
            return space.w_True
        if self.start != w_other.start:
            return space.w_False
        return space.newbool(n == 1 or self.step == w_other.step)


class W_RangeIterator(W_Root):

    def __init__(self, current, step, remaining):
        self.current = current
        self.step = step
        self.remaining = remaining

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.remaining <= 0:
            return None
        self.remaining -= 1
        value = self.current
        self.current = value + self.step
        return space.newint(value)


def _range_new(space, w_type, args_w, kwnames):
    n = len(args_w)
    if kwnames is not None or n < 1 or n > 3:
        raise space.type_error("range expected 1 to 3 arguments")
    step = 1
    if n == 1:
        start = 0
        stop = space.int_w(args_w[0])
    else:
        start = space.int_w(args_w[0])
        stop = space.int_w(args_w[1])
        if n == 3:
            step = space.int_w(args_w[2])
            if step == 0:
                raise space.value_error("range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


W_RangeObject.typedef = TypeDef('range', new=_range_new)
W_RangeIterator.typedef = TypeDef('range_iterator')
