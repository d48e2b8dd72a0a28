"""tuple: an immutable sequence, W_TupleObject (items in a fixed list)."""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import r_uint, intmask, LONG_BIT

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin
from objspace import sequence


if LONG_BIT == 64:
    _XXPRIME_1 = r_uint(11400714785074694791)
    _XXPRIME_2 = r_uint(14029467366897019727)
    _XXPRIME_5 = r_uint(2870177450012600261)
    _XXROTATE = 31
else:
    _XXPRIME_1 = r_uint(2654435761)
    _XXPRIME_2 = r_uint(2246822519)
    _XXPRIME_5 = r_uint(374761393)
    _XXROTATE = 13


class W_TupleObject(W_Root):
    _immutable_fields_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def is_true(self, space):
        return len(self.items_w) != 0

    def len_w(self, space):
        return len(self.items_w)

    @jit.unroll_safe
    def hash_w(self, space):
        """CPython's tuple hash (xxHash-based, 3.8+): equal tuples hash
        equal, and the values match CPython's where the items' do."""
        acc = _XXPRIME_5
        for w_item in self.items_w:
            lane = r_uint(space.hash_w(w_item))
            acc += lane * _XXPRIME_2
            acc = (acc << _XXROTATE) | (acc >> (LONG_BIT - _XXROTATE))
            acc *= _XXPRIME_1
        acc += r_uint(len(self.items_w)) ^ (_XXPRIME_5 ^ r_uint(3527539))
        result = intmask(acc)
        if result == -1:
            return 1546275796
        return result

    def repr_w(self, space):
        if space.repr_enter(self):
            return '(...)'
        try:
            if len(self.items_w) == 1:
                return '(' + space.repr_w(self.items_w[0]) + ',)'
            return '(' + sequence.repr_items(space, self.items_w) + ')'
        finally:
            space.repr_leave(self)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return space.newbool(sequence.items_eq(space, self.items_w, w_other.items_w))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return space.newbool(not sequence.items_eq(space, self.items_w, w_other.items_w))

    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'lt')

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'le')

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'gt')

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'ge')

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_TupleObject):
            return None
        return W_TupleObject(self.items_w + w_other.items_w)

    def descr_mul(self, space, w_other):
        n = sequence.repeat_count(space, w_other, len(self.items_w))
        if n < 0:
            return None
        if n == 1:
            return self
        return W_TupleObject(self.items_w * n)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_contains(self, space, w_item):
        return sequence.items_contain(space, self.items_w, w_item)

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return W_TupleObject(sequence.slice_items(space, self.items_w, w_index))
        i = space.getindex(w_index, len(self.items_w), "tuple")
        return self.items_w[i]

    def descr_iter(self, space):
        return sequence.W_SeqIterator(self.items_w, None)


def _self(space, w_obj):
    if not isinstance(w_obj, W_TupleObject):
        raise space.type_error("descriptor requires a 'tuple' object")
    return w_obj


@builtin('index', 2, 4)
def tuple_index(space, args_w, kwnames):
    items_w = _self(space, args_w[0]).items_w
    return space.newint(sequence.items_index(space, items_w, args_w[1],
                                             args_w[2:]))


@builtin('count', 2, 2)
def tuple_count(space, args_w, kwnames):
    items_w = _self(space, args_w[0]).items_w
    return space.newint(sequence.items_count(space, items_w, args_w[1]))


def _tuple_new(space, w_type, args_w, kwnames):
    if len(args_w) == 0:
        return space.newtuple([])
    if len(args_w) > 1:
        raise space.type_error("tuple() takes at most 1 argument")
    if isinstance(args_w[0], W_TupleObject):
        return args_w[0]
    return space.newtuple(space.unpackiterable(args_w[0]))


W_TupleObject.typedef = TypeDef('tuple', new=_tuple_new, methods={
    'index': tuple_index.w_builtin,
    'count': tuple_count.w_builtin,
})
