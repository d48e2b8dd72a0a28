"""dict: an insertion-ordered mapping, W_DictObject (an RPython r_ordereddict
keyed by application-level values with the space's == and hash), its views
(dict_keys, dict_values, dict_items) and their iterator.

Semantics: CPython 3.9's dict ("Mapping Types" in the library reference:
`|` and `|=`, views with set operations, reversed(), LIFO popitem,
RuntimeError when the size changes during iteration); error messages:
MicroPython's where it has the operation.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import r_ordereddict

from objspace.baseobject import W_Root, TypeDef, RichCompareMixin
from objspace.functionobject import builtin, get_keyword
from objspace.descriptors import W_ClassMethod
from objspace.strobject import W_StrObject


_space = None   # the one space, set when it is built (translation time)


def _eq(w_a, w_b):
    return _space.is_w(w_a, w_b) or _space.eq_w(w_a, w_b)


def _hash(w_a):
    return _space.hash_w(w_a)


def new_storage():
    return r_ordereddict(_eq, _hash)


# index of `|` in interp.bytecode.BINARY_OPS
_OR = 10

KEYS = 0
VALUES = 1
ITEMS = 2


class GlobalsVersion(object):
    """Identity token: a globals dict's keys and values are unchanged
    while its version is (see W_DictObject.version)."""


# after this many changes a globals dict stops versioning: its names change
# too often for cached lookups (and JIT code depending on them) to pay
MAX_VERSION_BUMPS = 1000


class W_DictObject(W_Root):
    """A dict.  Dicts used as module globals (and the builtins) are
    versioned: `version` is replaced on every change, so that LOAD_GLOBAL can
    cache what it finds (interp/frame.py) and the JIT can constant-fold it
    behind the quasi-immutable field."""
    _immutable_fields_ = ['version?']

    def __init__(self):
        self.storage = new_storage()
        self.version = None
        self.version_bumps = 0
        self.name_cache = None      # see lookup_name

    def lookup_name(self, name):
        """The value of the str key `name` (UTF-8), or None, through a
        str-keyed copy of the dict rebuilt after each change.  Unlike
        getitem it never runs a program's __eq__/__hash__, so the JIT may
        treat it as pure for a given version (see Frame.load_global)."""
        cache = self.name_cache
        if cache is None:
            cache = {}
            for w_key, w_value in self.storage.iteritems():
                if isinstance(w_key, W_StrObject):
                    cache[w_key.utf8] = w_value
            self.name_cache = cache
        return cache.get(name, None)

    @jit.elidable
    def lookup_name_pure(self, version, name):
        """lookup_name, pure while `version` (the dict's current version,
        promoted by the caller) is: every change replaces the version."""
        return self.lookup_name(name)

    def enable_versioning(self):
        self.version = GlobalsVersion()

    def mutated(self):
        """Called on every change of a versioned dict's contents."""
        self.name_cache = None
        if self.version is not None:
            self.version_bumps += 1
            if self.version_bumps > MAX_VERSION_BUMPS:
                self.version = None
            else:
                self.version = GlobalsVersion()

    def is_true(self, space):
        return len(self.storage) != 0

    def len_w(self, space):
        return len(self.storage)

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'dict'")

    def repr_w(self, space):
        if space.repr_enter(self):
            return '{...}'
        try:
            parts = [space.repr_w(w_k) + ': ' + space.repr_w(w_v)
                     for w_k, w_v in self.storage.iteritems()]
            return '{' + ', '.join(parts) + '}'
        finally:
            space.repr_leave(self)

    def getitem(self, w_key):
        """The value for w_key, or None (interp-level)."""
        return self.storage.get(w_key, None)

    def setitem(self, w_key, w_value):
        self.storage[w_key] = w_value
        self.mutated()

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        return space.newbool(dicts_equal(space, self, w_other))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        return space.newbool(not dicts_equal(space, self, w_other))

    def descr_contains(self, space, w_item):
        return w_item in self.storage

    def descr_getitem(self, space, w_key):
        w_value = self.storage.get(w_key, None)
        if w_value is None:
            raise space.key_error(w_key)
        return w_value

    def descr_setitem(self, space, w_key, w_value):
        self.storage[w_key] = w_value
        self.mutated()

    def descr_delitem(self, space, w_key):
        if w_key not in self.storage:
            raise space.key_error(w_key)
        del self.storage[w_key]
        self.mutated()

    def descr_iter(self, space):
        return W_DictIterator(self, KEYS, False)

    def descr_or(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        w_new = self.copy()
        w_new.update_from_dict(w_other)
        return w_new

    def descr_inplace(self, space, index, w_other):
        if index != _OR:
            return None
        update_from(space, self, w_other)
        return self

    def copy(self):
        w_new = W_DictObject()
        w_new.update_from_dict(self)
        return w_new

    def update_from_dict(self, w_other):
        for w_k, w_v in w_other.storage.iteritems():
            self.storage[w_k] = w_v
        self.mutated()


def dicts_equal(space, w_a, w_b):
    if len(w_a.storage) != len(w_b.storage):
        return False
    keys_w = w_a.storage.keys()
    values_w = w_a.storage.values()
    for i in range(len(keys_w)):
        w_v2 = w_b.storage.get(keys_w[i], None)
        if w_v2 is None or not space.eq_w(values_w[i], w_v2):
            return False
    return True


class W_DictIterator(W_Root):
    """Iterates over a snapshot of a dict's keys, values or items (kind),
    forwards or reversed; RuntimeError when the dict's size changes
    meanwhile (as CPython)."""

    def __init__(self, w_dict, kind, reverse):
        self.w_dict = w_dict
        self.kind = kind
        self.keys_w = w_dict.storage.keys()
        if kind != KEYS:
            self.values_w = w_dict.storage.values()
        else:
            self.values_w = None
        if reverse:
            self.keys_w.reverse()
            if self.values_w is not None:
                self.values_w.reverse()
        self.size = len(w_dict.storage)
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if len(self.w_dict.storage) != self.size:
            self.size = -1
            raise space.error(space.w_RuntimeError,
                              "dictionary changed size during iteration")
        i = self.index
        if i >= len(self.keys_w):
            return None
        self.index = i + 1
        if self.kind == KEYS:
            return self.keys_w[i]
        values_w = self.values_w
        assert values_w is not None
        if self.kind == VALUES:
            return values_w[i]
        return space.newtuple([self.keys_w[i], values_w[i]])


# ---------------------------------------------------------------- views

class W_DictView(W_Root):
    """What dict_keys, dict_values and dict_items share: the dict seen."""
    _immutable_fields_ = ['w_dict']
    kind = KEYS

    def __init__(self, w_dict):
        self.w_dict = w_dict

    def items(self, space):
        """A snapshot of the view's elements, an RPython list."""
        storage = self.w_dict.storage
        if self.kind == KEYS:
            return storage.keys()
        elif self.kind == VALUES:
            return storage.values()
        return [space.newtuple([w_k, w_v]) for w_k, w_v in storage.iteritems()]

    def len_w(self, space):
        return len(self.w_dict.storage)

    def is_true(self, space):
        return len(self.w_dict.storage) != 0

    def repr_w(self, space):
        from objspace.sequence import repr_items
        if space.repr_enter(self):
            return '...'
        try:
            return '%s([%s])' % (space.type_name(self),
                                 repr_items(space, self.items(space)))
        finally:
            space.repr_leave(self)

    def descr_iter(self, space):
        return W_DictIterator(self.w_dict, self.kind, False)


class W_DictValues(W_DictView):
    kind = VALUES


class W_DictSetView(RichCompareMixin, W_DictView):
    """dict_keys and dict_items: set-like (set operators and comparisons
    with sets and other set-like views)."""

    def as_storage(self, space):
        from objspace.setobject import storage_from_list
        return storage_from_list(self.items(space))

    def _setop(self, space, w_left, w_right, op):
        from objspace.setobject import (W_SetObject, storage_of, update_storage,
                                        storage_intersection, difference_update,
                                        storage_symdiff, copy_storage)
        left = copy_storage(storage_of(space, w_left))
        right = storage_of(space, w_right)
        if op == '|':
            update_storage(left, right)
        elif op == '&':
            left = storage_intersection(left, right)
        elif op == '-':
            difference_update(left, right)
        else:
            left = storage_symdiff(left, right)
        return W_SetObject(left)

    def descr_or(self, space, w_other):
        return self._setop(space, self, w_other, '|')

    def descr_ror(self, space, w_other):
        return self._setop(space, w_other, self, '|')

    def descr_and(self, space, w_other):
        return self._setop(space, self, w_other, '&')

    def descr_rand(self, space, w_other):
        return self._setop(space, w_other, self, '&')

    def descr_sub(self, space, w_other):
        return self._setop(space, self, w_other, '-')

    def descr_rsub(self, space, w_other):
        return self._setop(space, w_other, self, '-')

    def descr_xor(self, space, w_other):
        return self._setop(space, self, w_other, '^')

    def descr_rxor(self, space, w_other):
        return self._setop(space, w_other, self, '^')

    def _compare(self, space, w_other, op):
        from objspace.setobject import W_BaseSetObject
        if not (isinstance(w_other, W_BaseSetObject) or
                isinstance(w_other, W_DictSetView)):
            return None
        la = space.len_w(self)
        lb = space.len_w(w_other)
        if op == 'eq' or op == 'ne':
            result = la == lb and _all_contained_in(space, self, w_other)
            if op == 'ne':
                result = not result
        elif op == 'le':
            result = la <= lb and _all_contained_in(space, self, w_other)
        elif op == 'lt':
            result = la < lb and _all_contained_in(space, self, w_other)
        elif op == 'ge':
            result = la >= lb and _all_contained_in(space, w_other, self)
        else:
            result = la > lb and _all_contained_in(space, w_other, self)
        return space.newbool(result)


class W_DictKeys(W_DictSetView):
    kind = KEYS

    def descr_contains(self, space, w_item):
        return w_item in self.w_dict.storage


class W_DictItems(W_DictSetView):
    kind = ITEMS

    def descr_contains(self, space, w_item):
        from objspace.tupleobject import W_TupleObject
        if not isinstance(w_item, W_TupleObject) or len(w_item.items_w) != 2:
            return False
        w_value = self.w_dict.storage.get(w_item.items_w[0], None)
        if w_value is None:
            return False
        return space.eq_w(w_value, w_item.items_w[1])


def _all_contained_in(space, w_a, w_b):
    w_iter = space.iter(w_a)
    while True:
        w_x = space.next(w_iter)
        if w_x is None:
            return True
        if not space.contains_w(w_b, w_x):
            return False


# ---------------------------------------------------------------- methods

def _self(space, w_obj):
    if not isinstance(w_obj, W_DictObject):
        raise space.type_error("descriptor requires a 'dict' object")
    return w_obj


@builtin('keys', 1, 1)
def dict_keys(space, args_w, kwnames):
    return W_DictKeys(_self(space, args_w[0]))


@builtin('values', 1, 1)
def dict_values(space, args_w, kwnames):
    return W_DictValues(_self(space, args_w[0]))


@builtin('items', 1, 1)
def dict_items(space, args_w, kwnames):
    return W_DictItems(_self(space, args_w[0]))


@builtin('get', 2, 3)
def dict_get(space, args_w, kwnames):
    w_value = _self(space, args_w[0]).storage.get(args_w[1], None)
    if w_value is None:
        return args_w[2] if len(args_w) > 2 else space.w_None
    return w_value


@builtin('setdefault', 2, 3)
def dict_setdefault(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    storage = w_dict.storage
    w_value = storage.get(args_w[1], None)
    if w_value is None:
        w_value = args_w[2] if len(args_w) > 2 else space.w_None
        storage[args_w[1]] = w_value
        w_dict.mutated()
    return w_value


@builtin('pop', 2, 3)
def dict_pop(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    storage = w_dict.storage
    w_value = storage.get(args_w[1], None)
    if w_value is None:
        if len(args_w) > 2:
            return args_w[2]
        raise space.key_error(args_w[1])
    del storage[args_w[1]]
    w_dict.mutated()
    return w_value


@builtin('popitem', 1, 1)
def dict_popitem(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    storage = w_dict.storage
    if len(storage) == 0:
        raise space.key_error(space.newtext("popitem(): dictionary is empty"))
    w_key, w_value = storage.popitem()
    w_dict.mutated()
    return space.newtuple([w_key, w_value])


@builtin('update', 1, 2, keywords=True)
def dict_update(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos > 1:
        update_from(space, w_dict, args_w[1])
    if kwnames is not None:
        for i in range(len(kwnames)):
            w_dict.storage[space.newtext(kwnames[i])] = args_w[npos + i]
        w_dict.mutated()
    return space.w_None


def update_from(space, w_dict, w_other):
    """dict.update(other): a dict, a mapping (an object with keys()), or an
    iterable of key/value pairs."""
    if isinstance(w_other, W_DictObject):
        w_dict.update_from_dict(w_other)
        return
    w_keys = space.findattr(w_other, 'keys')
    if w_keys is not None:
        w_iter = space.iter(space.call(w_keys, [], None))
        while True:
            w_k = space.next(w_iter)
            if w_k is None:
                return
            w_dict.storage[w_k] = space.getitem(w_other, w_k)
            w_dict.mutated()
    w_iter = space.iter(w_other)
    while True:
        w_pair = space.next(w_iter)
        if w_pair is None:
            return
        pair_w = space.unpackiterable(w_pair)
        if len(pair_w) != 2:
            raise space.value_error("dict update sequence has wrong length")
        w_dict.storage[pair_w[0]] = pair_w[1]
        w_dict.mutated()


@builtin('copy', 1, 1)
def dict_copy(space, args_w, kwnames):
    return _self(space, args_w[0]).copy()


@builtin('clear', 1, 1)
def dict_clear(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    w_dict.storage.clear()
    w_dict.mutated()
    return space.w_None


@builtin('fromkeys', 2, 3)
def dict_fromkeys(space, args_w, kwnames):
    """dict.fromkeys(iterable, value=None), a classmethod."""
    w_type = args_w[0]
    w_value = args_w[2] if len(args_w) > 2 else space.w_None
    if w_type is space.w_dict:
        w_dict = W_DictObject()
    else:
        w_dict = space.call(w_type, [], None)
    w_iter = space.iter(args_w[1])
    while True:
        w_key = space.next(w_iter)
        if w_key is None:
            return w_dict
        space.setitem(w_dict, w_key, w_value)


@builtin('__reversed__', 1, 1)
def dict_reversed(space, args_w, kwnames):
    return W_DictIterator(_self(space, args_w[0]), KEYS, True)


def _view_reversed_func(kind, name):
    def view_reversed(space, args_w, kwnames):
        w_view = args_w[0]
        if not isinstance(w_view, W_DictView) or w_view.kind != kind:
            raise space.type_error("descriptor requires a '%s' object" % name)
        return W_DictIterator(w_view.w_dict, kind, True)
    view_reversed.func_name = 'view_reversed_%d' % kind
    return builtin('__reversed__', 1, 1)(view_reversed).w_builtin


@builtin('isdisjoint', 2, 2)
def view_isdisjoint(space, args_w, kwnames):
    w_view = args_w[0]
    if not isinstance(w_view, W_DictSetView):
        raise space.type_error("descriptor requires a 'dict_keys' object")
    w_iter = space.iter(args_w[1])
    while True:
        w_x = space.next(w_iter)
        if w_x is None:
            return space.w_True
        if w_view.descr_contains(space, w_x):
            return space.w_False


def _dict_new(space, w_type, args_w, kwnames):
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos > 1:
        raise space.type_error("dict expected at most 1 argument, got %d"
                               % npos)
    w_dict = W_DictObject()
    dict_update(space, [w_dict] + args_w, kwnames)
    return w_dict


W_DictObject.typedef = TypeDef('dict', methods={
    'keys': dict_keys.w_builtin,
    'values': dict_values.w_builtin,
    'items': dict_items.w_builtin,
    'get': dict_get.w_builtin,
    'setdefault': dict_setdefault.w_builtin,
    'pop': dict_pop.w_builtin,
    'popitem': dict_popitem.w_builtin,
    'update': dict_update.w_builtin,
    'copy': dict_copy.w_builtin,
    'clear': dict_clear.w_builtin,
    'fromkeys': W_ClassMethod(dict_fromkeys.w_builtin),
    '__reversed__': dict_reversed.w_builtin,
}, new=_dict_new)
W_DictView.typedef = TypeDef('dict_view')
W_DictKeys.typedef = TypeDef('dict_keys', methods={
    '__reversed__': _view_reversed_func(KEYS, 'dict_keys'),
    'isdisjoint': view_isdisjoint.w_builtin,
})
W_DictValues.typedef = TypeDef('dict_values', methods={
    '__reversed__': _view_reversed_func(VALUES, 'dict_values'),
})
W_DictItems.typedef = TypeDef('dict_items', methods={
    '__reversed__': _view_reversed_func(ITEMS, 'dict_items'),
    'isdisjoint': view_isdisjoint.w_builtin,
})
W_DictIterator.typedef = TypeDef('dict_iterator')
