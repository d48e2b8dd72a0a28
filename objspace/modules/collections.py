"""The collections module: deque, OrderedDict, namedtuple (MicroPython's
set) and defaultdict, with CPython 3's behaviour; error messages are
MicroPython's where it has the operation ("empty" for popping an empty
deque), CPython's elsewhere.

User classes cannot subclass builtin types yet, so each is a builtin type
of its own:
- deque: W_Deque, a ring buffer (amortised O(1) at both ends), optional
  maxlen; iterating while the deque changes size raises RuntimeError.
- OrderedDict: W_OrderedDict, a W_DictObject (dicts keep insertion order)
  whose type subclasses dict and adds move_to_end, popitem(last=), an
  order-sensitive ==, and the repr OrderedDict({...}) (MicroPython's and
  CPython 3.12's).
- defaultdict: W_DefaultDict, a W_DictObject with default_factory, called
  for a missing key by d[key].
- namedtuple(typename, field_names, *, rename=False, defaults=None,
  module=None) makes a new type (a W_TypeObject whose base is tuple, not a
  user class: it can't be subclassed or given new attributes yet) whose
  instances are W_NamedTuple, a tuple that remembers its class; fields are
  descriptors on the type; _fields, _field_defaults, _make, _asdict and
  _replace as CPython's.
"""
from __future__ import absolute_import

from rpython.rlib.objectmodel import r_ordereddict

from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec, opt
from objspace.functionobject import (builtin, get_keyword, check_keywords,
                                     W_BuiltinFunction)
from objspace.moduleobject import W_ModuleObject
from objspace.dictobject import W_DictObject, dict_update, new_storage
from objspace.tupleobject import W_TupleObject
from objspace.typeobject import W_TypeObject
from objspace.strobject import W_StrObject
from objspace.descriptors import W_ClassMethod
from objspace import sequence


def _npos(args_w, kwnames):
    return len(args_w) - (len(kwnames) if kwnames is not None else 0)


# ================================================================ deque
class W_Deque(W_Root):
    """A double-ended queue: items_w is a ring of capacity a power of two,
    the items are items_w[(head + i) & (capacity - 1)] for i < length."""

    def __init__(self, maxlen):
        self.items_w = [None] * 8
        self.head = 0
        self.length = 0
        self.maxlen = maxlen        # -1: unbounded
        self.state = 0              # changes whenever the length does

    def _mask(self):
        return len(self.items_w) - 1

    def get(self, i):
        return self.items_w[(self.head + i) & self._mask()]

    def set(self, i, w_item):
        self.items_w[(self.head + i) & self._mask()] = w_item

    def to_list(self):
        return [self.get(i) for i in range(self.length)]

    def _grow(self):
        new_w = [None] * (2 * len(self.items_w))
        for i in range(self.length):
            new_w[i] = self.get(i)
        self.items_w = new_w
        self.head = 0

    def append(self, w_item):
        if self.maxlen == 0:
            return
        if self.length == self.maxlen:
            self.popleft()
        if self.length == len(self.items_w):
            self._grow()
        self.items_w[(self.head + self.length) & self._mask()] = w_item
        self.length += 1
        self.state += 1

    def appendleft(self, w_item):
        if self.maxlen == 0:
            return
        if self.length == self.maxlen:
            self.pop()
        if self.length == len(self.items_w):
            self._grow()
        self.head = (self.head - 1) & self._mask()
        self.items_w[self.head] = w_item
        self.length += 1
        self.state += 1

    def pop(self):
        """The last item, removed (the deque must not be empty)."""
        index = (self.head + self.length - 1) & self._mask()
        w_item = self.items_w[index]
        self.items_w[index] = None
        self.length -= 1
        self.state += 1
        return w_item

    def popleft(self):
        w_item = self.items_w[self.head]
        self.items_w[self.head] = None
        self.head = (self.head + 1) & self._mask()
        self.length -= 1
        self.state += 1
        return w_item

    def clear(self):
        self.items_w = [None] * 8
        self.head = 0
        self.length = 0
        self.state += 1

    def set_items(self, items_w):
        self.clear()
        for w_item in items_w:
            self.append(w_item)

    def extend(self, space, w_iterable):
        for w_item in space.unpackiterable(w_iterable):
            self.append(w_item)

    # ---- protocol
    def is_true(self, space):
        return self.length != 0

    def len_w(self, space):
        return self.length

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'deque'")

    def repr_w(self, space):
        if space.repr_enter(self):
            return '[...]'
        try:
            text = 'deque([%s]' % sequence.repr_items(space, self.to_list())
        finally:
            space.repr_leave(self)
        if self.maxlen >= 0:
            text += ', maxlen=%d' % self.maxlen
        return text + ')'

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_Deque):
            return None
        return space.newbool(sequence.items_eq(space, self.to_list(),
                                               w_other.to_list()))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_Deque):
            return None
        return space.newbool(not sequence.items_eq(space, self.to_list(),
                                                   w_other.to_list()))

    def descr_iadd(self, space, w_other):
        self.extend(space, w_other)
        return self

    def descr_contains(self, space, w_item):
        return sequence.items_contain(space, self.to_list(), w_item)

    def descr_getitem(self, space, w_index):
        return self.get(space.getindex(w_index, self.length, "deque"))

    def descr_setitem(self, space, w_index, w_value):
        self.set(space.getindex(w_index, self.length, "deque"), w_value)

    def descr_delitem(self, space, w_index):
        i = space.getindex(w_index, self.length, "deque")
        items_w = self.to_list()
        assert i >= 0
        del items_w[i]
        self.set_items(items_w)

    def descr_iter(self, space):
        return W_DequeIterator(self)

    def getattr_builtin(self, space, name):
        if name == 'maxlen':
            if self.maxlen < 0:
                return space.w_None
            return space.newint(self.maxlen)
        return None


class W_DequeIterator(W_Root):
    def __init__(self, w_deque):
        self.w_deque = w_deque
        self.index = 0
        self.state = w_deque.state

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_deque = self.w_deque
        if w_deque.state != self.state:
            raise space.error(space.w_RuntimeError,
                              "deque mutated during iteration")
        if self.index >= w_deque.length:
            return None
        w_item = w_deque.get(self.index)
        self.index += 1
        return w_item


def _deque_empty(space):
    return space.index_error("empty")


@unwrap_spec('append', W_Deque, 'obj')
def deque_append(space, w_self, w_item):
    w_self.append(w_item)
    return space.w_None


@unwrap_spec('appendleft', W_Deque, 'obj')
def deque_appendleft(space, w_self, w_item):
    w_self.appendleft(w_item)
    return space.w_None


@unwrap_spec('pop', W_Deque)
def deque_pop(space, w_self):
    if w_self.length == 0:
        raise _deque_empty(space)
    return w_self.pop()


@unwrap_spec('popleft', W_Deque)
def deque_popleft(space, w_self):
    if w_self.length == 0:
        raise _deque_empty(space)
    return w_self.popleft()


@unwrap_spec('extend', W_Deque, 'obj')
def deque_extend(space, w_self, w_iterable):
    w_self.extend(space, w_iterable)
    return space.w_None


@unwrap_spec('extendleft', W_Deque, 'obj')
def deque_extendleft(space, w_self, w_iterable):
    for w_item in space.unpackiterable(w_iterable):
        w_self.appendleft(w_item)
    return space.w_None


@unwrap_spec('clear', W_Deque)
def deque_clear(space, w_self):
    w_self.clear()
    return space.w_None


@unwrap_spec('copy', W_Deque)
def deque_copy(space, w_self):
    w_new = W_Deque(w_self.maxlen)
    w_new.set_items(w_self.to_list())
    return w_new


@unwrap_spec('count', W_Deque, 'obj')
def deque_count(space, w_self, w_item):
    n = 0
    for w_x in w_self.to_list():
        if space.is_w(w_x, w_item) or space.eq_w(w_x, w_item):
            n += 1
    return space.newint(n)


@unwrap_spec('index', W_Deque, 'obj')
def deque_index(space, w_self, w_item):
    items_w = w_self.to_list()
    for i in range(len(items_w)):
        if space.is_w(items_w[i], w_item) or space.eq_w(items_w[i], w_item):
            return space.newint(i)
    raise space.value_error("%s is not in deque" % space.repr_w(w_item))


@unwrap_spec('remove', W_Deque, 'obj')
def deque_remove(space, w_self, w_item):
    items_w = w_self.to_list()
    for i in range(len(items_w)):
        if space.is_w(items_w[i], w_item) or space.eq_w(items_w[i], w_item):
            assert i >= 0
            del items_w[i]
            w_self.set_items(items_w)
            return space.w_None
    raise space.value_error("deque.remove(x): x not in deque")


@unwrap_spec('insert', W_Deque, 'int', 'obj')
def deque_insert(space, w_self, index, w_item):
    if w_self.length == w_self.maxlen:
        raise space.index_error("deque already at its maximum size")
    n = w_self.length
    if index < 0:
        index += n
        if index < 0:
            index = 0
    if index > n:
        index = n
    items_w = w_self.to_list()
    assert index >= 0
    items_w.insert(index, w_item)
    w_self.set_items(items_w)
    return space.w_None


@unwrap_spec('reverse', W_Deque)
def deque_reverse(space, w_self):
    items_w = w_self.to_list()
    items_w.reverse()
    w_self.set_items(items_w)
    return space.w_None


@unwrap_spec('rotate', W_Deque, opt('int', 1))
def deque_rotate(space, w_self, n):
    length = w_self.length
    if length <= 1:
        return space.w_None
    n = n % length        # rotating right by n == left by length - n
    if n == 0:
        return space.w_None
    items_w = w_self.to_list()
    split = length - n
    assert split >= 0
    w_self.set_items(items_w[split:] + items_w[:split])
    return space.w_None


def _deque_new(space, w_type, args_w, kwnames):
    check_keywords(space, kwnames, ['iterable', 'maxlen'])
    npos = _npos(args_w, kwnames)
    if npos > 3:
        raise space.type_error("function takes at most 3 arguments")
    w_iterable = args_w[0] if npos > 0 else get_keyword(args_w, kwnames,
                                                         'iterable')
    w_maxlen = args_w[1] if npos > 1 else get_keyword(args_w, kwnames,
                                                       'maxlen')
    maxlen = -1
    if w_maxlen is not None and not space.is_none(w_maxlen):
        maxlen = space.int_w(w_maxlen)
        if maxlen < 0:
            raise space.value_error("maxlen must be non-negative")
    w_deque = W_Deque(maxlen)
    if w_iterable is not None:
        w_deque.extend(space, w_iterable)
    return w_deque


W_Deque.typedef = TypeDef('deque', new=_deque_new, methods={
    'append': deque_append.w_builtin,
    'appendleft': deque_appendleft.w_builtin,
    'pop': deque_pop.w_builtin,
    'popleft': deque_popleft.w_builtin,
    'extend': deque_extend.w_builtin,
    'extendleft': deque_extendleft.w_builtin,
    'clear': deque_clear.w_builtin,
    'copy': deque_copy.w_builtin,
    'count': deque_count.w_builtin,
    'index': deque_index.w_builtin,
    'remove': deque_remove.w_builtin,
    'insert': deque_insert.w_builtin,
    'reverse': deque_reverse.w_builtin,
    'rotate': deque_rotate.w_builtin,
})
W_DequeIterator.typedef = TypeDef('_deque_iterator')


# ================================================================ OrderedDict
class W_OrderedDict(W_DictObject):
    """A dict whose == also compares the order (with another OrderedDict)."""

    def repr_w(self, space):
        return '%s(%s)' % (space.type_name(self), W_DictObject.repr_w(self, space))

    def descr_eq(self, space, w_other):
        if isinstance(w_other, W_OrderedDict):
            if len(self.storage) != len(w_other.storage):
                return space.w_False
            keys_w = self.storage.keys()
            other_keys_w = w_other.storage.keys()
            for i in range(len(keys_w)):
                if not space.eq_w(keys_w[i], other_keys_w[i]):
                    return space.w_False
        return W_DictObject.descr_eq(self, space, w_other)


def _odict_self(space, w_obj):
    if not isinstance(w_obj, W_OrderedDict):
        raise space.type_error("descriptor requires an 'OrderedDict' object")
    return w_obj


def move_to_front(w_dict, w_key):
    """Make w_key (present) the first key of w_dict's storage."""
    old = w_dict.storage
    new = new_storage()
    new[w_key] = old[w_key]
    for w_k, w_v in old.iteritems():
        if w_k not in new:
            new[w_k] = w_v
    w_dict.storage = new


@builtin('move_to_end', 2, 3, keywords=True)
def odict_move_to_end(space, args_w, kwnames):
    check_keywords(space, kwnames, ['last'])
    w_self = _odict_self(space, args_w[0])
    w_key = args_w[1]
    last = True
    if _npos(args_w, kwnames) > 2:
        last = space.is_true(args_w[2])
    w_last = get_keyword(args_w, kwnames, 'last')
    if w_last is not None:
        last = space.is_true(w_last)
    w_value = w_self.storage.get(w_key, None)
    if w_value is None:
        raise space.key_error(w_key)
    if last:
        del w_self.storage[w_key]
        w_self.storage[w_key] = w_value
    else:
        move_to_front(w_self, w_key)
    return space.w_None


@builtin('popitem', 1, 2, keywords=True)
def odict_popitem(space, args_w, kwnames):
    check_keywords(space, kwnames, ['last'])
    w_self = _odict_self(space, args_w[0])
    last = True
    if _npos(args_w, kwnames) > 1:
        last = space.is_true(args_w[1])
    w_last = get_keyword(args_w, kwnames, 'last')
    if w_last is not None:
        last = space.is_true(w_last)
    if len(w_self.storage) == 0:
        raise space.key_error(space.newtext("popitem(): dictionary is empty"))
    keys_w = w_self.storage.keys()
    w_key = keys_w[-1] if last else keys_w[0]
    w_value = w_self.storage[w_key]
    del w_self.storage[w_key]
    return space.newtuple([w_key, w_value])


@builtin('copy', 1, 1)
def odict_copy(space, args_w, kwnames):
    w_self = _odict_self(space, args_w[0])
    w_new = W_OrderedDict()
    for w_k, w_v in w_self.storage.iteritems():
        w_new.storage[w_k] = w_v
    return w_new


def _odict_new(space, w_type, args_w, kwnames):
    if _npos(args_w, kwnames) > 1:
        raise space.type_error("function takes at most 1 positional "
                               "argument")
    w_dict = W_OrderedDict()
    dict_update(space, [w_dict] + args_w, kwnames)
    return w_dict


W_OrderedDict.typedef = TypeDef('OrderedDict', base=W_DictObject.typedef,
                                new=_odict_new, methods={
    'move_to_end': odict_move_to_end.w_builtin,
    'popitem': odict_popitem.w_builtin,
    'copy': odict_copy.w_builtin,
})


# ================================================================ defaultdict
class W_DefaultDict(W_DictObject):
    def __init__(self, w_factory):
        W_DictObject.__init__(self)
        self.w_factory = w_factory      # None: no default_factory

    def repr_w(self, space):
        factory = 'None'
        if self.w_factory is not None:
            factory = space.repr_w(self.w_factory)
        return 'defaultdict(%s, %s)' % (factory,
                                        W_DictObject.repr_w(self, space))

    def descr_getitem(self, space, w_key):
        w_value = self.storage.get(w_key, None)
        if w_value is None:
            if self.w_factory is None:
                raise space.key_error(w_key)
            w_value = space.call_function(self.w_factory, [])
            self.storage[w_key] = w_value
        return w_value

    def getattr_builtin(self, space, name):
        if name == 'default_factory':
            if self.w_factory is None:
                return space.w_None
            return self.w_factory
        return None


def _ddict_self(space, w_obj):
    if not isinstance(w_obj, W_DefaultDict):
        raise space.type_error("descriptor requires a 'defaultdict' object")
    return w_obj


@builtin('__missing__', 2, 2)
def ddict_missing(space, args_w, kwnames):
    return _ddict_self(space, args_w[0]).descr_getitem(space, args_w[1])


@builtin('copy', 1, 1)
def ddict_copy(space, args_w, kwnames):
    w_self = _ddict_self(space, args_w[0])
    w_new = W_DefaultDict(w_self.w_factory)
    for w_k, w_v in w_self.storage.iteritems():
        w_new.storage[w_k] = w_v
    return w_new


def _ddict_new(space, w_type, args_w, kwnames):
    npos = _npos(args_w, kwnames)
    w_factory = None
    rest_w = args_w
    if npos > 0:
        w_factory = args_w[0]
        if space.is_none(w_factory):
            w_factory = None
        elif not space.callable_w(w_factory):
            raise space.type_error("first argument must be callable or None")
        rest_w = args_w[1:]
    if npos > 2:
        raise space.type_error("function takes at most 2 positional "
                               "arguments")
    w_dict = W_DefaultDict(w_factory)
    dict_update(space, [w_dict] + rest_w, kwnames)
    return w_dict


W_DefaultDict.typedef = TypeDef('defaultdict', base=W_DictObject.typedef,
                                new=_ddict_new, methods={
    '__missing__': ddict_missing.w_builtin,
    'copy': ddict_copy.w_builtin,
})


# ================================================================ namedtuple
class NamedTupleInfo(object):
    """What a namedtuple type knows: its field names and the defaults of
    the last len(defaults_w) fields."""

    def __init__(self, fields, defaults_w):
        self.fields = fields
        self.defaults_w = defaults_w


class W_NamedTuple(W_TupleObject):
    """An instance of a namedtuple type: a tuple and its class."""

    def __init__(self, w_class, items_w):
        W_TupleObject.__init__(self, items_w)
        self.w_class = w_class

    def getclass(self, space):
        return self.w_class

    def repr_w(self, space):
        info = namedtuple_info(space, self.w_class)
        parts = []
        for i in range(len(self.items_w)):
            name = info.fields[i] if i < len(info.fields) else '?'
            parts.append(name + '=' + space.repr_w(self.items_w[i]))
        return '%s(%s)' % (self.w_class.name, ', '.join(parts))


class W_NamedTupleField(W_Root):
    """The descriptor of field `index` on a namedtuple type."""
    _immutable_fields_ = ['index', 'name']

    def __init__(self, index, name):
        self.index = index
        self.name = name

    def get_descr(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        if not isinstance(w_obj, W_TupleObject) or \
                self.index >= len(w_obj.items_w):
            raise space.type_error("descriptor for field '%s' doesn't apply"
                                   % self.name)
        return w_obj.items_w[self.index]

    def is_data_descr(self, space):
        return True

    def repr_w(self, space):
        return "<field '%s'>" % self.name


W_NamedTupleField.typedef = TypeDef('_tuplegetter')

NAMEDTUPLE_INFOS = {}    # {W_TypeObject: NamedTupleInfo}


def namedtuple_info(space, w_type):
    info = NAMEDTUPLE_INFOS.get(w_type, None)
    if info is None:
        raise space.type_error("'%s' is not a namedtuple type" % w_type.name)
    return info


def _nt_self(space, w_obj):
    if not isinstance(w_obj, W_NamedTuple):
        raise space.type_error("descriptor requires a namedtuple")
    return w_obj


def namedtuple_make(space, w_type, items_w):
    info = namedtuple_info(space, w_type)
    if len(items_w) != len(info.fields):
        raise space.type_error("Expected %d arguments, got %d"
                               % (len(info.fields), len(items_w)))
    return W_NamedTuple(w_type, items_w)


def _namedtuple_new(space, w_type, args_w, kwnames):
    """Point(1, 2), Point(x=1, y=2), defaults for the last fields."""
    info = namedtuple_info(space, w_type)
    fields = info.fields
    nfields = len(fields)
    npos = _npos(args_w, kwnames)
    if npos > nfields:
        raise space.type_error("function takes %d positional arguments but "
                               "%d were given" % (nfields, npos))
    slots_w = [None] * nfields
    for i in range(npos):
        slots_w[i] = args_w[i]
    if kwnames is not None:
        for k in range(len(kwnames)):
            name = kwnames[k]
            index = -1
            for j in range(nfields):
                if fields[j] == name:
                    index = j
            if index < 0:
                raise space.type_error("unexpected keyword argument '%s'"
                                       % name)
            if slots_w[index] is not None:
                raise space.type_error("function got multiple values for "
                                       "argument '%s'" % name)
            slots_w[index] = args_w[npos + k]
    first_default = nfields - len(info.defaults_w)
    items_w = []
    for i in range(nfields):
        w_item = slots_w[i]
        if w_item is None:
            if i < first_default:
                raise space.type_error("function missing required argument "
                                       "'%s'" % fields[i])
            w_item = info.defaults_w[i - first_default]
        items_w.append(w_item)
    return W_NamedTuple(w_type, items_w)


@builtin('_make', 2, 2)
def namedtuple__make(space, args_w, kwnames):
    w_type = args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.type_error("_make needs a namedtuple type")
    return namedtuple_make(space, w_type, space.unpackiterable(args_w[1]))


@builtin('_asdict', 1, 1)
def namedtuple__asdict(space, args_w, kwnames):
    w_self = _nt_self(space, args_w[0])
    info = namedtuple_info(space, w_self.w_class)
    w_dict = space.newdict()
    for i in range(len(w_self.items_w)):
        w_dict.setitem(space.newtext(info.fields[i]), w_self.items_w[i])
    return w_dict


@builtin('_replace', 1, 1, keywords=True)
def namedtuple__replace(space, args_w, kwnames):
    w_self = _nt_self(space, args_w[0])
    info = namedtuple_info(space, w_self.w_class)
    items_w = [w_x for w_x in w_self.items_w]
    unknown = []
    if kwnames is not None:
        for k in range(len(kwnames)):
            index = -1
            for j in range(len(info.fields)):
                if info.fields[j] == kwnames[k]:
                    index = j
            if index < 0:
                unknown.append("'" + kwnames[k] + "'")
            else:
                items_w[index] = args_w[1 + k]
    if unknown:
        raise space.value_error("Got unexpected field names: [%s]"
                                % ', '.join(unknown))
    return W_NamedTuple(w_self.w_class, items_w)


@builtin('__getnewargs__', 1, 1)
def namedtuple__getnewargs__(space, args_w, kwnames):
    w_self = _nt_self(space, args_w[0])
    return space.newtuple([w_x for w_x in w_self.items_w])


def is_identifier(name):
    if not name:
        return False
    for i in range(len(name)):
        c = name[i]
        if c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or ord(c) >= 128:
            continue
        if i > 0 and '0' <= c <= '9':
            continue
        return False
    return True

KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
            'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
            'except', 'finally', 'for', 'from', 'global', 'if', 'import',
            'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
            'return', 'try', 'while', 'with', 'yield']


def _field_names(space, w_names):
    """The field names from a str ('x y' or 'x, y') or an iterable of str."""
    if isinstance(w_names, W_StrObject):
        text = w_names.utf8
        names = []
        current = ''
        for c in text:
            if c == ',' or c == ' ' or c == '\t' or c == '\n':
                if current:
                    names.append(current)
                current = ''
            else:
                current += c
        if current:
            names.append(current)
        return names
    return [space.text_w(w_x) for w_x in space.unpackiterable(w_names)]


@builtin('namedtuple', 2, 2, keywords=True)
def collections_namedtuple(space, args_w, kwnames):
    check_keywords(space, kwnames, ['rename', 'defaults', 'module'])
    typename = space.text_w(args_w[0])
    fields = _field_names(space, args_w[1])
    w_rename = get_keyword(args_w, kwnames, 'rename')
    rename = w_rename is not None and space.is_true(w_rename)
    if rename:
        seen = {}
        for i in range(len(fields)):
            name = fields[i]
            if (not is_identifier(name) or name in KEYWORDS
                    or name.startswith('_') or name in seen):
                fields[i] = '_%d' % i
            seen[fields[i]] = None
    for name in [typename] + fields:
        if not is_identifier(name):
            raise space.value_error("Type names and field names must be "
                                    "valid identifiers: '%s'" % name)
        if name in KEYWORDS:
            raise space.value_error("Type names and field names cannot be a "
                                    "keyword: '%s'" % name)
    seen = {}
    for name in fields:
        if name.startswith('_') and not rename:
            raise space.value_error("Field names cannot start with an "
                                    "underscore: '%s'" % name)
        if name in seen:
            raise space.value_error("Encountered duplicate field name: '%s'"
                                    % name)
        seen[name] = None
    defaults_w = []
    w_defaults = get_keyword(args_w, kwnames, 'defaults')
    if w_defaults is not None and not space.is_none(w_defaults):
        defaults_w = space.unpackiterable(w_defaults)
        if len(defaults_w) > len(fields):
            raise space.type_error("Got more default values than field names")
    dict_w = {}
    for i in range(len(fields)):
        dict_w[fields[i]] = W_NamedTupleField(i, fields[i])
    dict_w['_fields'] = space.newtuple([space.newtext(f) for f in fields])
    w_field_defaults = space.newdict()
    first_default = len(fields) - len(defaults_w)
    for i in range(len(defaults_w)):
        w_field_defaults.setitem(space.newtext(fields[first_default + i]),
                                 defaults_w[i])
    dict_w['_field_defaults'] = w_field_defaults
    dict_w['_make'] = W_ClassMethod(namedtuple__make.w_builtin)
    dict_w['_asdict'] = namedtuple__asdict.w_builtin
    dict_w['_replace'] = namedtuple__replace.w_builtin
    dict_w['__getnewargs__'] = namedtuple__getnewargs__.w_builtin
    w_module = get_keyword(args_w, kwnames, 'module')
    if w_module is not None and not space.is_none(w_module):
        dict_w['__module__'] = w_module
    w_type = W_TypeObject(typename, [space.w_tuple], dict_w, None,
                          _namedtuple_new)
    NAMEDTUPLE_INFOS[w_type] = NamedTupleInfo(fields, defaults_w)
    return w_type


# ================================================================ module
MODULE_TYPES = [W_Deque, W_DequeIterator, W_OrderedDict, W_DefaultDict,
                W_NamedTupleField]


def make_module(space):
    for cls in MODULE_TYPES:
        typedef = cls.typedef
        if typedef.w_type is None:
            if typedef.base is not None:
                bases_w = [typedef.base.w_type]
            else:
                bases_w = [space.w_object]
            typedef.w_type = W_TypeObject(typedef.name, bases_w,
                                          dict(typedef.methods), typedef,
                                          typedef.new)
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('collections'))
    set('deque', W_Deque.typedef.w_type)
    set('OrderedDict', W_OrderedDict.typedef.w_type)
    set('defaultdict', W_DefaultDict.typedef.w_type)
    set('namedtuple', collections_namedtuple.w_builtin)
    return W_ModuleObject('collections', w_dict)
