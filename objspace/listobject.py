"""list: a mutable sequence, W_ListObject (a resizable RPython list)."""
from rpython.rlib.listsort import make_timsort_class
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.longlong2float import float2longlong

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace import sequence, iterdriver
from objspace.intobject import W_IntObject, intval_bit_length
from objspace.floatobject import W_FloatObject
from objspace.strobject import W_StrObject


class W_ListObject(W_Root):

    def __init__(self, items_w):
        self.items_w = items_w

    def is_true(self, space):
        return len(self.items_w) != 0

    def len_w(self, space):
        return len(self.items_w)

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'list'")

    def repr_w(self, space):
        if space.repr_enter(self):
            return '[...]'
        try:
            return '[' + sequence.repr_items(space, self.items_w) + ']'
        finally:
            space.repr_leave(self)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return space.newbool(sequence.items_eq(space, self.items_w, w_other.items_w))

    def descr_ne(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return space.newbool(not sequence.items_eq(space, self.items_w, w_other.items_w))

    def descr_lt(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'lt')

    def descr_le(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'le')

    def descr_gt(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'gt')

    def descr_ge(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return sequence.items_cmp(space, self.items_w, w_other.items_w, 'ge')

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_ListObject):
            return None
        return W_ListObject(self.items_w + w_other.items_w)

    def descr_iadd(self, space, w_other):
        self.items_w.extend(space.unpackiterable(w_other))
        return self

    def descr_mul(self, space, w_other):
        n = sequence.repeat_count(space, w_other, len(self.items_w))
        if n < 0:
            return None
        return W_ListObject(self.items_w * n)

    def descr_imul(self, space, w_other):
        n = sequence.repeat_count(space, w_other, len(self.items_w))
        if n < 0:
            return None
        self.items_w = self.items_w * n
        return self

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_contains(self, space, w_item):
        return sequence.items_contain(space, self.items_w, w_item)

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            return W_ListObject(sequence.slice_items(space, self.items_w, w_index))
        i = space.getindex(w_index, len(self.items_w), "list")
        return self.items_w[i]

    def descr_setitem(self, space, w_index, w_value):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            self.setslice(space, w_index, w_value)
            return
        i = space.getindex(w_index, len(self.items_w), "list")
        self.items_w[i] = w_value

    def setslice(self, space, w_index, w_value):
        """self[w_index] = w_value for a slice (kept out of descr_setitem,
        whose index case the JIT inlines: this one has loops)."""
        start, stop, step, count = w_index.indices(space, len(self.items_w))
        new_w = space.unpackiterable(w_value)
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            self.items_w = self.items_w[:start] + new_w + self.items_w[stop:]
            return
        if len(new_w) != count:
            raise space.value_error(
                "attempt to assign sequence of size %d to extended slice "
                "of size %d" % (len(new_w), count))
        i = start
        for k in range(count):
            self.items_w[i] = new_w[k]
            i += step

    def descr_delitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, len(self.items_w))
            keep = [True] * len(self.items_w)
            i = start
            for k in range(count):
                keep[i] = False
                i += step
            self.items_w = [self.items_w[j] for j in range(len(keep)) if keep[j]]
            return
        i = space.getindex(w_index, len(self.items_w), "list")
        del self.items_w[i]

    def descr_iter(self, space):
        return sequence.W_SeqIterator(self.items_w, self)


def _self(space, w_obj):
    if not isinstance(w_obj, W_ListObject):
        raise space.type_error("descriptor requires a 'list' object")
    return w_obj


@builtin('append', 2, 2)
def list_append(space, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    _self(space, args_w[0]).items_w.append(args_w[1])
    return space.w_None


@builtin('extend', 2, 2)
def list_extend(space, args_w, kwnames):
    w_list = _self(space, args_w[0])
    if space.heap_locked:
        raise space.heap_locked_error()
    w_list.items_w.extend(space.unpackiterable(args_w[1]))
    return space.w_None


@builtin('insert', 3, 3)
def list_insert(space, args_w, kwnames):
    items_w = _self(space, args_w[0]).items_w
    if space.heap_locked:
        raise space.heap_locked_error()
    i = space.int_w(args_w[1])
    n = len(items_w)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    elif i > n:
        i = n
    items_w.insert(i, args_w[2])
    return space.w_None


@builtin('pop', 1, 2)
def list_pop(space, args_w, kwnames):
    w_list = _self(space, args_w[0])
    items_w = w_list.items_w
    if not items_w:
        raise space.index_error("pop from empty list")
    i = len(items_w) - 1
    if len(args_w) > 1:
        i = space.getindex(args_w[1], len(items_w), "list")
    return items_w.pop(i)


@builtin('remove', 2, 2)
def list_remove(space, args_w, kwnames):
    w_list = _self(space, args_w[0])
    i = 0
    while i < len(w_list.items_w):
        # (the list may change during ==: index it afresh each time)
        if space.eq_w(w_list.items_w[i], args_w[1]):
            if i < len(w_list.items_w):
                del w_list.items_w[i]
            return space.w_None
        i += 1
    raise space.value_error("object not in sequence")


@builtin('index', 2, 4)
def list_index(space, args_w, kwnames):
    items_w = _self(space, args_w[0]).items_w
    return space.newint(sequence.items_index(space, items_w, args_w[1],
                                             args_w[2:]))


@builtin('count', 2, 2)
def list_count(space, args_w, kwnames):
    items_w = _self(space, args_w[0]).items_w
    return space.newint(sequence.items_count(space, items_w, args_w[1]))


@builtin('reverse', 1, 1)
def list_reverse(space, args_w, kwnames):
    _self(space, args_w[0]).items_w.reverse()
    return space.w_None


@builtin('clear', 1, 1)
def list_clear(space, args_w, kwnames):
    del _self(space, args_w[0]).items_w[:]
    return space.w_None


@builtin('copy', 1, 1)
def list_copy(space, args_w, kwnames):
    return W_ListObject(_self(space, args_w[0]).items_w[:])


@builtin('__reversed__', 1, 1)
def list_reversed(space, args_w, kwnames):
    return sequence.W_ReverseSeqIterator(_self(space, args_w[0]))


def sort_items(space, items_w, w_key, reverse):
    """Sort items_w in place, stably, by key (a callable or None).

    When the items (or their keys) are all exact ints, floats or strs, the
    comparisons are done on the unwrapped values (as `<` on them would)
    instead of through space.lt_w; ints are sorted as packed machine words
    (see _sort_packed)."""
    keys_w = None
    if w_key is not None:
        # the key is called on the items in their order, as CPython does
        keys_w = _compute_keys(space, items_w, w_key)
    # reverse=True keeps equal items in order: reverse, sort, reverse
    if reverse:
        items_w.reverse()
        if keys_w is not None:
            keys_w.reverse()
    if keys_w is None:
        _sort_by_self(items_w)
    else:
        _sort_by_keys(items_w, keys_w)
    if reverse:
        items_w.reverse()


def _sort_by_self(items_w):
    kind = _sort_kind(items_w)
    if kind == _INTS or kind == _FLOATS:
        if not _sort_packed(items_w, _key_words(items_w, kind)):
            _GenericSort(items_w).sort()
    elif kind == _STRS:
        _StrSort(items_w).sort()
    else:
        _GenericSort(items_w).sort()


def _sort_by_keys(items_w, keys_w):
    kind = _sort_kind(keys_w)
    if ((kind == _INTS or kind == _FLOATS) and
            _sort_packed(items_w, _key_words(keys_w, kind))):
        return
    pairs = [_SortItem(keys_w[i], items_w[i]) for i in range(len(items_w))]
    _ItemSort(pairs).sort()
    for i in range(len(pairs)):
        items_w[i] = pairs[i].w_value


def _key_words(keys_w, kind):
    """The keys (exact ints or floats) as machine words in the same order,
    equal where the keys are equal; None when a float key is a NaN (which
    compares false with everything: the generic sort then orders them as
    CPython's does)."""
    words = [0] * len(keys_w)
    if kind == _INTS:
        for i in range(len(keys_w)):
            words[i] = _intval(keys_w[i])
        return words
    for i in range(len(keys_w)):
        f = _floatval(keys_w[i])
        if f != f:
            return None
        if f == 0.0:
            f = 0.0     # -0.0 == 0.0: one key, kept in order
        bits = intmask(float2longlong(f))
        if bits < 0:
            # negative floats: larger magnitude, larger bits: reversed
            bits ^= 0x7fffffffffffffff
        words[i] = bits
    return words


def _sort_packed(items_w, keys):
    """Sort items_w stably by keys (machine words from _key_words, as many,
    or None: nothing done) by sorting words key << b | index, b the bits of
    an index, key the offset from the smallest key or, when the keys' range
    is too wide for that, the key's rank among the distinct keys: no pointer
    is followed while sorting, equal keys keep their order and the items
    their identity, and one TimSort specialisation (on words) serves every
    int and float sort.  False (nothing done) also for more than 2**31
    items with a wide range."""
    if keys is None:
        return False
    n = len(keys)
    if n < 2:
        return True
    lo = hi = keys[0]
    for v in keys:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    b = intval_bit_length(n - 1)    # the bits of an index
    words = [0] * n
    span = r_uint(hi) - r_uint(lo)
    if b <= 62 and span >> (63 - b) == r_uint(0):
        for i in range(n):
            words[i] = intmask(((r_uint(keys[i]) - r_uint(lo)) << b)
                               | r_uint(i))
    elif b <= 31:
        distinct = _distinct_sorted(keys)
        for i in range(n):
            words[i] = (_rank(distinct, keys[i]) << b) | i
    else:
        return False
    _WordSort(words).sort()
    mask = (1 << b) - 1
    orig_w = items_w[:]
    for i in range(n):
        items_w[i] = orig_w[words[i] & mask]
    return True


def _distinct_sorted(keys):
    """The distinct values of keys (words), in increasing order."""
    values = keys[:]
    _WordSort(values).sort()
    m = 1
    for i in range(1, len(values)):
        if values[i] != values[m - 1]:
            values[m] = values[i]
            m += 1
    return values[:m]


def _rank(distinct, value):
    """The index of value in distinct (sorted, and holding it)."""
    lo = 0
    hi = len(distinct) - 1
    while lo < hi:
        mid = (lo + hi) >> 1
        if distinct[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _compute_keys(space, items_w, w_key):
    """[key(x) for x in items_w], with the key function traced by the JIT
    as a loop of its own (see objspace/iterdriver.py)."""
    keys_w = [None] * len(items_w)
    code = w_key.jit_call_code()
    i = 0
    while i < len(items_w):
        iterdriver.key_driver.jit_merge_point(code=code)
        keys_w[i] = space.call(w_key, [items_w[i]], None)
        i += 1
    return keys_w


_OTHER, _INTS, _FLOATS, _STRS = range(4)


def _sort_kind(items_w):
    """_INTS, _FLOATS or _STRS when every item is exactly of that type
    (not a subclass: those may define __lt__), else _OTHER."""
    if not items_w:
        return _OTHER
    w_first = items_w[0]
    if type(w_first) is W_IntObject:
        kind = _INTS
    elif type(w_first) is W_FloatObject:
        kind = _FLOATS
    elif type(w_first) is W_StrObject:
        kind = _STRS
    else:
        return _OTHER
    for w_item in items_w:
        if type(w_item) is not type(w_first):
            return _OTHER
    return kind


def _intval(w_obj):
    assert isinstance(w_obj, W_IntObject)
    return w_obj.intval


def _floatval(w_obj):
    assert isinstance(w_obj, W_FloatObject)
    return w_obj.floatval


def _utf8(w_obj):
    # UTF-8 byte order is code point order, which is how str compares
    assert isinstance(w_obj, W_StrObject)
    return w_obj.utf8


class _SortItem(object):
    def __init__(self, w_key, w_value):
        self.w_key = w_key
        self.w_value = w_value


_WordSort = make_timsort_class()
_StrSort = make_timsort_class(lt=lambda a, b: _utf8(a) < _utf8(b))
_GenericSort = make_timsort_class(lt=lambda a, b: _sort_space.lt_w(a, b))
_ItemSort = make_timsort_class(lt=lambda a, b: _sort_space.lt_w(a.w_key, b.w_key))
_sort_space = None   # set by the space when it is built (one space per binary)


@builtin('sort', 1, 1, keywords=True)
def list_sort(space, args_w, kwnames):
    check_keywords(space, kwnames, ['key', 'reverse'])
    w_list = _self(space, args_w[0])
    w_key = get_keyword(args_w, kwnames, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_reverse = get_keyword(args_w, kwnames, 'reverse')
    reverse = w_reverse is not None and space.is_true(w_reverse)
    # as CPython: the list looks empty while it is sorted, and changing it
    # meanwhile is an error
    items_w = w_list.items_w
    w_list.items_w = []
    try:
        sort_items(space, items_w, w_key, reverse)
    finally:
        modified = len(w_list.items_w) != 0
        w_list.items_w = items_w
    if modified:
        raise space.value_error("list modified during sort")
    return space.w_None


def _list_new(space, w_type, args_w, kwnames):
    if len(args_w) == 0:
        return space.newlist([])
    if len(args_w) > 1:
        raise space.type_error("list() takes at most 1 argument")
    return space.newlist(space.unpackiterable(args_w[0]))


W_ListObject.typedef = TypeDef('list', methods={
    'append': list_append.w_builtin,
    'extend': list_extend.w_builtin,
    'insert': list_insert.w_builtin,
    'pop': list_pop.w_builtin,
    'remove': list_remove.w_builtin,
    'index': list_index.w_builtin,
    'count': list_count.w_builtin,
    'reverse': list_reverse.w_builtin,
    'clear': list_clear.w_builtin,
    'copy': list_copy.w_builtin,
    '__reversed__': list_reversed.w_builtin,
    'sort': list_sort.w_builtin,
}, new=_list_new)
