"""The heapq module: heapify, heappush, heappop (MicroPython's set) plus
CPython's heappushpop, heapreplace, nlargest and nsmallest.

A heap is a list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2];
items are compared with `<` through the space, so user classes with __lt__
work.  The sift routines are CPython's (Lib/heapq.py _siftdown/_siftup).
Errors: TypeError for a non-list heap, IndexError("empty heap") when there
is nothing to pop.
"""
from __future__ import absolute_import

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.listobject import W_ListObject
from objspace.functionobject import builtin, get_keyword, check_keywords


def _heap(space, w_obj):
    if not isinstance(w_obj, W_ListObject):
        raise space.type_error("heap must be a list")
    return w_obj


def siftdown(space, items_w, startpos, pos):
    """Move items_w[pos] up towards the root (CPython's _siftdown)."""
    w_new = items_w[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        w_parent = items_w[parentpos]
        if space.lt_w(w_new, w_parent):
            items_w[pos] = w_parent
            pos = parentpos
            continue
        break
    items_w[pos] = w_new


def siftup(space, items_w, pos):
    """Move the smaller child up until a leaf, then sift the item at pos
    down into place (CPython's _siftup)."""
    endpos = len(items_w)
    startpos = pos
    w_new = items_w[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not space.lt_w(items_w[childpos],
                                                items_w[rightpos]):
            childpos = rightpos
        items_w[pos] = items_w[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    items_w[pos] = w_new
    siftdown(space, items_w, startpos, pos)


def heapify(space, items_w):
    n = len(items_w)
    i = n // 2 - 1
    while i >= 0:
        siftup(space, items_w, i)
        i -= 1


@unwrap_spec('heappush', 'obj', 'obj')
def heapq_heappush(space, w_heap, w_item):
    items_w = _heap(space, w_heap).items_w
    items_w.append(w_item)
    siftdown(space, items_w, 0, len(items_w) - 1)
    return space.w_None


@unwrap_spec('heappop', 'obj')
def heapq_heappop(space, w_heap):
    items_w = _heap(space, w_heap).items_w
    if not items_w:
        raise space.index_error("empty heap")
    w_last = items_w.pop()
    if items_w:
        w_result = items_w[0]
        items_w[0] = w_last
        siftup(space, items_w, 0)
        return w_result
    return w_last


@unwrap_spec('heapreplace', 'obj', 'obj')
def heapq_heapreplace(space, w_heap, w_item):
    items_w = _heap(space, w_heap).items_w
    if not items_w:
        raise space.index_error("empty heap")
    w_result = items_w[0]
    items_w[0] = w_item
    siftup(space, items_w, 0)
    return w_result


@unwrap_spec('heappushpop', 'obj', 'obj')
def heapq_heappushpop(space, w_heap, w_item):
    items_w = _heap(space, w_heap).items_w
    if items_w and space.lt_w(items_w[0], w_item):
        w_result = items_w[0]
        items_w[0] = w_item
        siftup(space, items_w, 0)
        return w_result
    return w_item


@unwrap_spec('heapify', 'obj')
def heapq_heapify(space, w_heap):
    heapify(space, _heap(space, w_heap).items_w)
    return space.w_None


def _n_best(space, args_w, kwnames, largest):
    """nlargest/nsmallest(n, iterable, key=None): sorted like
    sorted(iterable, key=key, reverse=largest)[:n], stable."""
    check_keywords(space, kwnames, ['key'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos != 2:
        raise space.type_error("function takes 2 positional arguments")
    n = space.int_w(args_w[0])
    w_key = get_keyword(args_w, kwnames, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    items_w = space.unpackiterable(args_w[1])
    if w_key is None:
        keys_w = items_w
    else:
        keys_w = [space.call_function(w_key, [w_item]) for w_item in items_w]
    # a stable insertion sort of the indices (n is small in practice)
    order = []
    for i in range(len(items_w)):
        pos = len(order)
        while pos > 0:
            w_prev = keys_w[order[pos - 1]]
            if largest:
                before = space.lt_w(w_prev, keys_w[i])
            else:
                before = space.lt_w(keys_w[i], w_prev)
            if not before:
                break
            pos -= 1
        if pos < n:
            assert pos >= 0
            order.insert(pos, i)
            if len(order) > n:
                order.pop()
    return space.newlist([items_w[i] for i in order])


@builtin('nlargest', 2, 2, keywords=True)
def heapq_nlargest(space, args_w, kwnames):
    return _n_best(space, args_w, kwnames, True)


@builtin('nsmallest', 2, 2, keywords=True)
def heapq_nsmallest(space, args_w, kwnames):
    return _n_best(space, args_w, kwnames, False)


FUNCTIONS = [heapq_heappush, heapq_heappop, heapq_heapreplace,
             heapq_heappushpop, heapq_heapify, heapq_nlargest,
             heapq_nsmallest]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('heapq'))
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('heapq', w_dict)
