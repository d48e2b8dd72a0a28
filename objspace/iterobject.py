"""The lazy iterators the builtins make: enumerate, zip, map, filter,
reversed, and iter(callable, sentinel)'s callable_iterator.

enumerate, zip, map, filter and reversed are types, as in CPython 3 (their
constructors are the builtins of the same name); each iterator's
descr_next returns None when it is exhausted, like every iterator here.
Error messages follow MicroPython's wording.
"""
from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


class W_Enumerate(W_Root):
    """enumerate(iterable, start=0): (count, item) pairs."""

    def __init__(self, w_iter, w_count):
        self.w_iter = w_iter
        self.w_count = w_count

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = space.next(self.w_iter)
        if w_item is None:
            return None
        w_count = self.w_count
        self.w_count = space.add(w_count, space.newint(1))
        return space.newtuple([w_count, w_item])


class W_Zip(W_Root):
    """zip(*iterables): tuples of one item from each, until the shortest
    ends."""

    def __init__(self, iters_w):
        self.iters_w = iters_w

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if not self.iters_w:
            return None
        items_w = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                self.iters_w = []     # stays exhausted
                return None
            items_w[i] = w_item
        return space.newtuple(items_w)


def _stop_iteration_ends(space, e):
    """A StopIteration raised by a called function ends the iteration
    (CPython's iterators pass it on to the loop, which stops)."""
    if not e.match(space, space.w_StopIteration):
        raise e


class W_Map(W_Root):
    """map(function, *iterables): function applied to one item of each."""

    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if not self.iters_w:
            return None
        args_w = [None] * len(self.iters_w)
        for i in range(len(self.iters_w)):
            w_item = space.next(self.iters_w[i])
            if w_item is None:
                self.iters_w = []
                return None
            args_w[i] = w_item
        try:
            return space.call(self.w_func, args_w, None)
        except OperationError as e:
            _stop_iteration_ends(space, e)
            self.iters_w = []
            return None


class W_Filter(W_Root):
    """filter(function, iterable): the items for which function (or, with
    None, the item itself) is true."""

    def __init__(self, w_func, w_iter):
        self.w_func = w_func      # None: the items' own truth
        self.w_iter = w_iter

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        while True:
            w_item = space.next(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is None:
                w_test = w_item
            else:
                w_test = space.call(self.w_func, [w_item], None)
            if space.is_true(w_test):
                return w_item


class W_Reversed(W_Root):
    """reversed(sequence): items by index from len-1 down to 0 (the
    sequence protocol: len() and [] with ints)."""

    def __init__(self, w_seq, remaining):
        self.w_seq = w_seq
        self.remaining = remaining

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        i = self.remaining - 1
        if i < 0:
            return None
        self.remaining = i
        try:
            return space.getitem(self.w_seq, space.newint(i))
        except OperationError as e:
            # a sequence that shrank: CPython's reversed just stops
            if (e.match(space, space.w_IndexError)
                    or e.match(space, space.w_StopIteration)):
                self.remaining = 0
                return None
            raise


class W_CallableIterator(W_Root):
    """iter(callable, sentinel): callable() until it returns sentinel."""

    def __init__(self, w_callable, w_sentinel):
        self.w_callable = w_callable
        self.w_sentinel = w_sentinel
        self.done = False

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.done:
            return None
        try:
            w_value = space.call(self.w_callable, [], None)
        except OperationError as e:
            _stop_iteration_ends(space, e)
            self.done = True
            return None
        if space.eq_w(w_value, self.w_sentinel):
            self.done = True
            return None
        return w_value


# ------------------------------------------------------------ constructors

def _npos(args_w, kwnames):
    return len(args_w) - (len(kwnames) if kwnames is not None else 0)


def _no_keywords(space, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")


def _enumerate_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    npos = _npos(args_w, kwnames)
    w_iterable = None
    w_start = None
    if kwnames is not None:
        for k in range(len(kwnames)):
            name = kwnames[k]
            w_value = args_w[npos + k]
            if name == 'iterable':
                w_iterable = w_value
            elif name == 'start':
                w_start = w_value
            else:
                raise space.type_error("unexpected keyword argument '%s'"
                                       % name)
    if npos > 2:
        raise space.type_error("function takes 2 positional arguments but "
                               "%d were given" % npos)
    if npos >= 1:
        if w_iterable is not None:
            raise space.type_error("function got multiple values for "
                                   "argument 'iterable'")
        w_iterable = args_w[0]
    if npos == 2:
        if w_start is not None:
            raise space.type_error("function got multiple values for "
                                   "argument 'start'")
        w_start = args_w[1]
    if w_iterable is None:
        raise space.type_error("function missing 1 required positional "
                               "arguments")
    if w_start is None:
        w_start = space.newint(0)
    else:
        from objspace.builtins import index_of
        w_start = index_of(space, w_start)
    return W_Enumerate(space.iter(w_iterable), w_start)


def _zip_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    _no_keywords(space, kwnames)
    return W_Zip([space.iter(w_x) for w_x in args_w])


def _map_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    _no_keywords(space, kwnames)
    if len(args_w) < 2:
        raise space.type_error("function missing %d required positional "
                               "arguments" % (2 - len(args_w)))
    return W_Map(args_w[0], [space.iter(args_w[i])
                             for i in range(1, len(args_w))])


def _filter_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    _no_keywords(space, kwnames)
    if len(args_w) != 2:
        raise space.type_error("function takes 2 positional arguments but "
                               "%d were given" % len(args_w))
    w_func = args_w[0]
    if space.is_none(w_func):
        w_func = None
    return W_Filter(w_func, space.iter(args_w[1]))


def _reversed_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    _no_keywords(space, kwnames)
    if len(args_w) != 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    return reversed_of(space, args_w[0])


def reversed_of(space, w_seq):
    """reversed(w_seq): __reversed__ if the type has one, else the sequence
    protocol; dicts and dict views iterate their snapshot backwards."""
    from objspace.dictobject import W_DictObject, W_DictView
    from objspace.listobject import W_ListObject
    from objspace.tupleobject import W_TupleObject
    from objspace.strobject import W_StrObject
    from objspace.rangeobject import W_RangeObject
    if isinstance(w_seq, W_DictObject):
        w_list = space.newlist(w_seq.storage.keys())
        return W_Reversed(w_list, space.len_w(w_list))
    if isinstance(w_seq, W_DictView):
        w_list = space.newlist(w_seq.items(space))
        return W_Reversed(w_list, space.len_w(w_list))
    if (isinstance(w_seq, W_ListObject) or isinstance(w_seq, W_TupleObject)
            or isinstance(w_seq, W_StrObject)
            or isinstance(w_seq, W_RangeObject)):
        return W_Reversed(w_seq, space.len_w(w_seq))
    w_type = space.type(w_seq)
    w_method = w_type.lookup('__reversed__')
    if w_method is not None:
        if space.is_none(w_method):
            raise _not_reversible(space, w_seq)
        return space.call_bound(w_method, w_seq, [])
    if w_type.is_user_type:
        if (w_type.lookup('__getitem__') is None
                or w_type.lookup('__len__') is None):
            raise _not_reversible(space, w_seq)
        return W_Reversed(w_seq, space.len_w(w_seq))
    # another builtin type: a sequence if it has a length and int indexes
    try:
        n = space.len_w(w_seq)
        if n > 0:
            space.getitem(w_seq, space.newint(n - 1))
    except OperationError as e:
        if e.match(space, space.w_TypeError):
            raise _not_reversible(space, w_seq)
        raise
    return W_Reversed(w_seq, n)


def _not_reversible(space, w_obj):
    return space.type_error("'%s' object isn't reversible"
                            % space.type_name(w_obj))


@builtin('__next__', 1, 1)
def iterator_next(space, args_w, kwnames):
    w_item = space.next(args_w[0])
    if w_item is None:
        raise space.error_noarg(space.w_StopIteration)
    return w_item


@builtin('__iter__', 1, 1)
def iterator_iter(space, args_w, kwnames):
    return args_w[0]


def _iterator_methods():
    return {'__next__': iterator_next.w_builtin,
            '__iter__': iterator_iter.w_builtin}


W_Enumerate.typedef = TypeDef('enumerate', methods=_iterator_methods(),
                              new=_enumerate_new)
W_Zip.typedef = TypeDef('zip', methods=_iterator_methods(), new=_zip_new)
W_Map.typedef = TypeDef('map', methods=_iterator_methods(), new=_map_new)
W_Filter.typedef = TypeDef('filter', methods=_iterator_methods(),
                           new=_filter_new)
W_Reversed.typedef = TypeDef('reversed', methods=_iterator_methods(),
                             new=_reversed_new)
W_CallableIterator.typedef = TypeDef('callable_iterator',
                                     methods=_iterator_methods())

ITERATOR_TYPES = [W_Enumerate, W_Zip, W_Map, W_Filter, W_Reversed,
                  W_CallableIterator]
