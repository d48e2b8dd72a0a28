"""range: W_RangeObject (machine-word bounds) and its iterator.

Semantics: CPython 3's range (a lazy immutable sequence: len, indexing,
slicing giving a range, `in`/index/count in O(1) for ints, equality as
sequences, start/stop/step attributes); bounds beyond a machine word are
not supported.
"""
from rpython.rlib.rarithmetic import intmask

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


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

    def getattr_builtin(self, space, name):
        if name == 'start':
            return space.newint(self.start)
        if name == 'stop':
            return space.newint(self.stop)
        if name == 'step':
            return space.newint(self.step)
        return None

    def hash_w(self, space):
        """As CPython: the hash of (len, start, step), with start and step
        None where they don't matter; so equal ranges hash equal."""
        n = self.length()
        w_n = space.newint(n)
        if n == 0:
            items_w = [w_n, space.w_None, space.w_None]
        elif n == 1:
            items_w = [w_n, space.newint(self.start), space.w_None]
        else:
            items_w = [w_n, space.newint(self.start), space.newint(self.step)]
        return space.hash_w(space.newtuple(items_w))

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

    def position(self, x):
        """The index of the int x in the range, or -1."""
        if self.step > 0:
            if not (self.start <= x < self.stop):
                return -1
        elif not (self.stop < x <= self.start):
            return -1
        if (x - self.start) % self.step != 0:
            return -1
        return intmask((x - self.start) // self.step)

    def descr_contains(self, space, w_item):
        from objspace.intobject import W_IntObject
        from objspace.longobject import W_LongObject
        if isinstance(w_item, W_IntObject):
            return self.position(w_item.intval) >= 0
        if isinstance(w_item, W_LongObject):
            return False      # beyond a machine word, so beyond the bounds
        return W_Root.descr_contains(self, space, w_item)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return None
        return space.newbool(self.equals(w_other))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_RangeObject):
            return None
        return space.newbool(not self.equals(w_other))

    def equals(self, w_other):
        n = self.length()
        if n != w_other.length():
            return False
        if n == 0:
            return True
        if self.start != w_other.start:
            return False
        return n == 1 or self.step == w_other.step


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


def _self(space, w_obj):
    if not isinstance(w_obj, W_RangeObject):
        raise space.type_error("descriptor requires a 'range' object")
    return w_obj


@builtin('count', 2, 2)
def range_count(space, args_w, kwnames):
    from objspace.intobject import W_IntObject
    w_range = _self(space, args_w[0])
    w_item = args_w[1]
    if isinstance(w_item, W_IntObject):
        return space.newint(1 if w_range.position(w_item.intval) >= 0 else 0)
    count = 0
    w_iter = w_range.descr_iter(space)
    while True:
        w_x = space.next(w_iter)
        if w_x is None:
            return space.newint(count)
        if space.eq_w(w_x, w_item):
            count += 1


@builtin('index', 2, 2)
def range_index(space, args_w, kwnames):
    from objspace.intobject import W_IntObject
    w_range = _self(space, args_w[0])
    w_item = args_w[1]
    if isinstance(w_item, W_IntObject):
        i = w_range.position(w_item.intval)
        if i >= 0:
            return space.newint(i)
    else:
        i = 0
        w_iter = w_range.descr_iter(space)
        while True:
            w_x = space.next(w_iter)
            if w_x is None:
                break
            if space.eq_w(w_x, w_item):
                return space.newint(i)
            i += 1
    raise space.value_error("object not in sequence")


@builtin('__reversed__', 1, 1)
def range_reversed(space, args_w, kwnames):
    w_range = _self(space, args_w[0])
    n = w_range.length()
    last = w_range.start + (n - 1) * w_range.step
    return W_RangeIterator(last, -w_range.step, n)


def _range_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
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


W_RangeObject.typedef = TypeDef('range', new=_range_new, methods={
    'count': range_count.w_builtin,
    'index': range_index.w_builtin,
    '__reversed__': range_reversed.w_builtin,
})
W_RangeIterator.typedef = TypeDef('range_iterator')
