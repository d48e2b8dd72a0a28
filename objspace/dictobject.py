"""dict: an insertion-ordered mapping, W_DictObject (an RPython r_dict
keyed by application-level values with the space's == and hash)."""
from rpython.rlib.objectmodel import r_ordereddict

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


_space = None   # the one space, set when it is built (translation time)


def _eq(w_a, w_b):
    return _space.is_w(w_a, w_b) or _space.eq_w(w_a, w_b)


def _hash(w_a):
    return _space.hash_w(w_a)


def new_storage():
    return r_ordereddict(_eq, _hash)


class W_DictObject(W_Root):

    def __init__(self):
        self.storage = new_storage()

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

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_DictObject):
            return None
        if len(self.storage) != len(w_other.storage):
            return space.w_False
        for w_k, w_v in self.storage.iteritems():
            w_v2 = w_other.storage.get(w_k, None)
            if w_v2 is None or not space.eq_w(w_v, w_v2):
                return space.w_False
        return space.w_True

    def descr_contains(self, space, w_item):
        return w_item in self.storage

    def descr_getitem(self, space, w_key):
        w_value = self.storage.get(w_key, None)
        if w_value is None:
            raise space.key_error(w_key)
        return w_value

    def descr_setitem(self, space, w_key, w_value):
        self.storage[w_key] = w_value

    def descr_delitem(self, space, w_key):
        if w_key not in self.storage:
            raise space.key_error(w_key)
        del self.storage[w_key]

    def descr_iter(self, space):
        from objspace.sequence import W_SeqIterator
        return W_SeqIterator(self.storage.keys(), None)


class W_DictView(W_Root):
    """dict_keys, dict_values or dict_items over a dict (kind 0, 1, 2)."""
    _immutable_fields_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        return space.dict_view_types_w[self.kind]

    def items(self, space):
        storage = self.w_dict.storage
        if self.kind == 0:
            return storage.keys()
        elif self.kind == 1:
            return storage.values()
        return [space.newtuple([w_k, w_v]) for w_k, w_v in storage.iteritems()]

    def len_w(self, space):
        return len(self.w_dict.storage)

    def repr_w(self, space):
        from objspace.sequence import repr_items
        return '%s([%s])' % (space.type_name(self),
                             repr_items(space, self.items(space)))

    def descr_iter(self, space):
        from objspace.sequence import W_SeqIterator
        return W_SeqIterator(self.items(space), None)

    def descr_contains(self, space, w_item):
        if self.kind == 0:
            return w_item in self.w_dict.storage
        return W_Root.descr_contains(self, space, w_item)


def _self(space, w_obj):
    if not isinstance(w_obj, W_DictObject):
        raise space.type_error("descriptor requires a 'dict' object")
    return w_obj


@builtin('keys', 1, 1)
def dict_keys(space, args_w, kwnames):
    return W_DictView(_self(space, args_w[0]), 0)


@builtin('values', 1, 1)
def dict_values(space, args_w, kwnames):
    return W_DictView(_self(space, args_w[0]), 1)


@builtin('items', 1, 1)
def dict_items(space, args_w, kwnames):
    return W_DictView(_self(space, args_w[0]), 2)


@builtin('get', 2, 3)
def dict_get(space, args_w, kwnames):
    w_value = _self(space, args_w[0]).storage.get(args_w[1], None)
    if w_value is None:
        return args_w[2] if len(args_w) > 2 else space.w_None
    return w_value


@builtin('setdefault', 2, 3)
def dict_setdefault(space, args_w, kwnames):
    storage = _self(space, args_w[0]).storage
    w_value = storage.get(args_w[1], None)
    if w_value is None:
        w_value = args_w[2] if len(args_w) > 2 else space.w_None
        storage[args_w[1]] = w_value
    return w_value


@builtin('pop', 2, 3)
def dict_pop(space, args_w, kwnames):
    storage = _self(space, args_w[0]).storage
    w_value = storage.get(args_w[1], None)
    if w_value is None:
        if len(args_w) > 2:
            return args_w[2]
        raise space.key_error(args_w[1])
    del storage[args_w[1]]
    return w_value


@builtin('update', 1, 2, keywords=True)
def dict_update(space, args_w, kwnames):
    w_dict = _self(space, args_w[0])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos > 1:
        update_from(space, w_dict, args_w[1])
    if kwnames is not None:
        for i in range(len(kwnames)):
            w_dict.storage[space.newtext(kwnames[i])] = args_w[npos + i]
    return space.w_None


def update_from(space, w_dict, w_other):
    """dict.update(other): a dict, or an iterable of key/value pairs."""
    if isinstance(w_other, W_DictObject):
        for w_k, w_v in w_other.storage.iteritems():
            w_dict.storage[w_k] = w_v
        return
    for w_pair in space.unpackiterable(w_other):
        pair_w = space.unpackiterable(w_pair)
        if len(pair_w) != 2:
            raise space.value_error("dict update sequence element has wrong length")
        w_dict.storage[pair_w[0]] = pair_w[1]


@builtin('copy', 1, 1)
def dict_copy(space, args_w, kwnames):
    w_new = W_DictObject()
    update_from(space, w_new, _self(space, args_w[0]))
    return w_new


@builtin('clear', 1, 1)
def dict_clear(space, args_w, kwnames):
    _self(space, args_w[0]).storage.clear()
    return space.w_None


def _dict_new(space, w_type, args_w, kwnames):
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
    'update': dict_update.w_builtin,
    'copy': dict_copy.w_builtin,
    'clear': dict_clear.w_builtin,
}, new=_dict_new)
W_DictView.typedef = TypeDef('dict_view')
