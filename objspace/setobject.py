"""set and frozenset: W_SetObject (mutable) and W_FrozensetObject (hashable),
both W_BaseSetObject, and their iterator.

The elements live in an insertion-ordered RPython dict keyed through the
space's hash and == (dictobject.new_storage), each element mapped to itself.
So iteration follows insertion order, where CPython follows its hash table:
the elements are the same, their printed order may differ.
Semantics: CPython 3's set types ("Set Types" in the library reference);
error messages: MicroPython's where it has the operation.
"""
from rpython.rlib.rarithmetic import r_uint, intmask

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin
from objspace.dictobject import new_storage, W_DictObject


class W_BaseSetObject(W_Root):
    """What set and frozenset share; `storage` maps each element to itself."""

    def __init__(self, storage):
        self.storage = storage

    def make(self, storage):
        """A new set of the same kind (set or frozenset) as self."""
        raise NotImplementedError

    def is_true(self, space):
        return len(self.storage) != 0

    def len_w(self, space):
        return len(self.storage)

    def repr_w(self, space):
        if space.repr_enter(self):
            return '%s(...)' % space.type_name(self)
        try:
            parts = [space.repr_w(w_k) for w_k in self.storage.keys()]
        finally:
            space.repr_leave(self)
        if isinstance(self, W_FrozensetObject):
            if not parts:
                return 'frozenset()'
            return 'frozenset({' + ', '.join(parts) + '})'
        if not parts:
            return 'set()'
        return '{' + ', '.join(parts) + '}'

    def descr_contains(self, space, w_item):
        return lookup_key(w_item) in self.storage

    def descr_iter(self, space):
        return W_SetIterator(self)

    # ---- comparisons: subset and superset; other kinds give NotImplemented
    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(storage_eq(self.storage, w_other.storage))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(not storage_eq(self.storage, w_other.storage))

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(storage_issubset(self.storage, w_other.storage))

    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(len(self.storage) < len(w_other.storage) and
                             storage_issubset(self.storage, w_other.storage))

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(storage_issubset(w_other.storage, self.storage))

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return space.newbool(len(self.storage) > len(w_other.storage) and
                             storage_issubset(w_other.storage, self.storage))

    # ---- operators: both operands sets; the result has the left one's kind
    def descr_or(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return self.make(storage_union(self.storage, w_other.storage))

    def descr_and(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return self.make(storage_intersection(self.storage, w_other.storage))

    def descr_sub(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return self.make(storage_difference(self.storage, w_other.storage))

    def descr_xor(self, space, w_other):
        if not isinstance(w_other, W_BaseSetObject):
            return None
        return self.make(storage_symdiff(self.storage, w_other.storage))


class W_SetObject(W_BaseSetObject):

    def make(self, storage):
        return W_SetObject(storage)

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'set'")

    def add(self, w_item):
        self.storage[w_item] = w_item

    def descr_inplace(self, space, index, w_other):
        """s |= t, s &= t, s -= t, s ^= t (t a set or frozenset): self,
        changed in place; None for other operators and operands."""
        if not isinstance(w_other, W_BaseSetObject):
            return None
        if index == _OR:
            update_storage(self.storage, w_other.storage)
        elif index == _AND:
            self.storage = storage_intersection(self.storage, w_other.storage)
        elif index == _SUB:
            difference_update(self.storage, w_other.storage)
        elif index == _XOR:
            self.storage = storage_symdiff(self.storage, w_other.storage)
        else:
            return None
        return self


class W_FrozensetObject(W_BaseSetObject):

    def make(self, storage):
        return W_FrozensetObject(storage)

    def hash_w(self, space):
        """CPython's frozenset hash: independent of the elements' order."""
        h = r_uint(0)
        for w_k in self.storage.keys():
            h ^= _shuffle_bits(r_uint(space.hash_w(w_k)))
        h ^= (r_uint(len(self.storage)) + 1) * r_uint(1927868237)
        h ^= (h >> 11) ^ (h >> 25)
        h = h * r_uint(69069) + r_uint(907133923)
        result = intmask(h)
        if result == -1:
            result = 590923713
        return result


def _shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


class W_SetIterator(W_Root):
    """Iterates over a snapshot of a set's elements; RuntimeError when the
    set's size changes meanwhile (as CPython)."""

    def __init__(self, w_set):
        self.w_set = w_set
        self.items_w = w_set.storage.keys()
        self.size = len(w_set.storage)
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if len(self.w_set.storage) != self.size:
            self.size = -1
            raise space.error(space.w_RuntimeError,
                              "Set changed size during iteration")
        i = self.index
        if i >= len(self.items_w):
            return None
        self.index = i + 1
        return self.items_w[i]


# indexes of the operators in interp.bytecode.BINARY_OPS
_SUB = 1
_AND = 9
_OR = 10
_XOR = 11


# ---------------------------------------------------------------- storages
# Storages are r_ordereddicts (element -> element); these helpers build new
# ones or change the first argument in place.

def lookup_key(w_item):
    """The key to look w_item up with: a set is looked up as the frozenset
    of its elements (as CPython's contains/remove/discard)."""
    if isinstance(w_item, W_SetObject):
        return W_FrozensetObject(w_item.storage)
    return w_item


def copy_storage(storage):
    result = new_storage()
    for w_k in storage.keys():
        result[w_k] = w_k
    return result


def update_storage(storage, other):
    for w_k in other.keys():
        storage[w_k] = w_k


def storage_union(a, b):
    result = copy_storage(a)
    update_storage(result, b)
    return result


def storage_intersection(a, b):
    result = new_storage()
    for w_k in a.keys():
        if w_k in b:
            result[w_k] = w_k
    return result


def storage_difference(a, b):
    result = new_storage()
    for w_k in a.keys():
        if w_k not in b:
            result[w_k] = w_k
    return result


def difference_update(storage, other):
    for w_k in other.keys():
        if w_k in storage:
            del storage[w_k]


def storage_symdiff(a, b):
    result = new_storage()
    for w_k in a.keys():
        if w_k not in b:
            result[w_k] = w_k
    for w_k in b.keys():
        if w_k not in a:
            result[w_k] = w_k
    return result


def storage_issubset(a, b):
    if len(a) > len(b):
        return False
    for w_k in a.keys():
        if w_k not in b:
            return False
    return True


def storage_eq(a, b):
    return len(a) == len(b) and storage_issubset(a, b)


def storage_isdisjoint(a, b):
    if len(a) > len(b):
        a, b = b, a
    for w_k in a.keys():
        if w_k in b:
            return False
    return True


def storage_of(space, w_iterable):
    """The elements of any iterable as a storage; a set's own storage is
    returned as is (don't change it)."""
    if isinstance(w_iterable, W_BaseSetObject):
        return w_iterable.storage
    result = new_storage()
    if isinstance(w_iterable, W_DictObject):
        for w_k in w_iterable.storage.keys():
            result[w_k] = w_k
        return result
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return result
        result[w_item] = w_item


def storage_from_list(items_w):
    storage = new_storage()
    for w_item in items_w:
        storage[w_item] = w_item
    return storage


def newset(space, items_w):
    return W_SetObject(storage_from_list(items_w))


def set_add(space, w_set, w_item):
    """SET_ADD (set displays and comprehensions)."""
    assert isinstance(w_set, W_SetObject)
    w_set.add(w_item)


def set_update(space, w_set, w_iterable):
    """SET_UPDATE (`*iterable` in a set display)."""
    assert isinstance(w_set, W_SetObject)
    update_storage(w_set.storage, storage_of(space, w_iterable))


# ---------------------------------------------------------------- methods

def _set(space, w_obj):
    if not isinstance(w_obj, W_SetObject):
        raise space.type_error("descriptor requires a 'set' object")
    return w_obj


def _anyset(space, w_obj):
    if not isinstance(w_obj, W_BaseSetObject):
        raise space.type_error("descriptor requires a 'set' or 'frozenset' "
                               "object")
    return w_obj


def _no_keywords(space, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")


@builtin('add', 2, 2)
def set_add_method(space, args_w, kwnames):
    _set(space, args_w[0]).add(args_w[1])
    return space.w_None


@builtin('clear', 1, 1)
def set_clear(space, args_w, kwnames):
    _set(space, args_w[0]).storage.clear()
    return space.w_None


@builtin('copy', 1, 1)
def set_copy(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    if isinstance(w_self, W_FrozensetObject):
        return w_self
    return w_self.make(copy_storage(w_self.storage))


@builtin('discard', 2, 2)
def set_discard(space, args_w, kwnames):
    storage = _set(space, args_w[0]).storage
    w_key = lookup_key(args_w[1])
    if w_key in storage:
        del storage[w_key]
    return space.w_None


@builtin('remove', 2, 2)
def set_remove(space, args_w, kwnames):
    storage = _set(space, args_w[0]).storage
    w_key = lookup_key(args_w[1])
    if w_key not in storage:
        raise space.key_error(args_w[1])
    del storage[w_key]
    return space.w_None


@builtin('pop', 1, 1)
def set_pop(space, args_w, kwnames):
    storage = _set(space, args_w[0]).storage
    if len(storage) == 0:
        raise space.key_error(space.newtext("pop from an empty set"))
    w_key, _ = storage.popitem()
    return w_key


@builtin('union', 1, -1)
def set_union(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    result = copy_storage(w_self.storage)
    for i in range(1, len(args_w)):
        update_storage(result, storage_of(space, args_w[i]))
    return w_self.make(result)


@builtin('update', 1, -1)
def set_update_method(space, args_w, kwnames):
    w_self = _set(space, args_w[0])
    for i in range(1, len(args_w)):
        other = storage_of(space, args_w[i])
        update_storage(w_self.storage, other)
    return space.w_None


@builtin('intersection', 1, -1)
def set_intersection(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    result = copy_storage(w_self.storage)
    for i in range(1, len(args_w)):
        result = storage_intersection(result, storage_of(space, args_w[i]))
    return w_self.make(result)


@builtin('intersection_update', 1, -1)
def set_intersection_update(space, args_w, kwnames):
    w_self = _set(space, args_w[0])
    result = w_self.storage
    for i in range(1, len(args_w)):
        result = storage_intersection(result, storage_of(space, args_w[i]))
    if len(args_w) > 1:
        w_self.storage = result
    return space.w_None


@builtin('difference', 1, -1)
def set_difference(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    result = copy_storage(w_self.storage)
    for i in range(1, len(args_w)):
        difference_update(result, storage_of(space, args_w[i]))
    return w_self.make(result)


@builtin('difference_update', 1, -1)
def set_difference_update(space, args_w, kwnames):
    w_self = _set(space, args_w[0])
    for i in range(1, len(args_w)):
        if args_w[i] is w_self:
            w_self.storage.clear()
        else:
            difference_update(w_self.storage, storage_of(space, args_w[i]))
    return space.w_None


@builtin('symmetric_difference', 2, 2)
def set_symmetric_difference(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    return w_self.make(storage_symdiff(w_self.storage,
                                       storage_of(space, args_w[1])))


@builtin('symmetric_difference_update', 2, 2)
def set_symmetric_difference_update(space, args_w, kwnames):
    w_self = _set(space, args_w[0])
    w_self.storage = storage_symdiff(w_self.storage,
                                     storage_of(space, args_w[1]))
    return space.w_None


@builtin('isdisjoint', 2, 2)
def set_isdisjoint(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    return space.newbool(storage_isdisjoint(w_self.storage,
                                            storage_of(space, args_w[1])))


@builtin('issubset', 2, 2)
def set_issubset(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    return space.newbool(storage_issubset(w_self.storage,
                                          storage_of(space, args_w[1])))


@builtin('issuperset', 2, 2)
def set_issuperset(space, args_w, kwnames):
    w_self = _anyset(space, args_w[0])
    return space.newbool(storage_issubset(storage_of(space, args_w[1]),
                                          w_self.storage))


def _set_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("set() takes no keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("set expected at most 1 argument, got %d"
                               % len(args_w))
    if not args_w:
        return W_SetObject(new_storage())
    return W_SetObject(copy_storage(storage_of(space, args_w[0])))


def _frozenset_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("frozenset() takes no keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("frozenset expected at most 1 argument, "
                               "got %d" % len(args_w))
    if not args_w:
        return W_FrozensetObject(new_storage())
    w_arg = args_w[0]
    if isinstance(w_arg, W_FrozensetObject):
        return w_arg
    return W_FrozensetObject(copy_storage(storage_of(space, w_arg)))


_SHARED_METHODS = {
    'copy': set_copy.w_builtin,
    'union': set_union.w_builtin,
    'intersection': set_intersection.w_builtin,
    'difference': set_difference.w_builtin,
    'symmetric_difference': set_symmetric_difference.w_builtin,
    'isdisjoint': set_isdisjoint.w_builtin,
    'issubset': set_issubset.w_builtin,
    'issuperset': set_issuperset.w_builtin,
}
_SET_METHODS = dict(_SHARED_METHODS)
_SET_METHODS.update({
    'add': set_add_method.w_builtin,
    'clear': set_clear.w_builtin,
    'discard': set_discard.w_builtin,
    'remove': set_remove.w_builtin,
    'pop': set_pop.w_builtin,
    'update': set_update_method.w_builtin,
    'intersection_update': set_intersection_update.w_builtin,
    'difference_update': set_difference_update.w_builtin,
    'symmetric_difference_update': set_symmetric_difference_update.w_builtin,
})

W_SetObject.typedef = TypeDef('set', methods=_SET_METHODS, new=_set_new)
W_FrozensetObject.typedef = TypeDef('frozenset', methods=dict(_SHARED_METHODS),
                                    new=_frozenset_new)
W_SetIterator.typedef = TypeDef('set_iterator')
