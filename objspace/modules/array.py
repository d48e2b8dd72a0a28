"""The array module: array(typecode[, initializer]) for the typecodes
b B h H i I l L q Q (integers of native size) and f d (floats).

W_ArrayObject keeps its items packed in native byte order in a list of
chars (like bytearray), so it exports a writable Buffer (memoryview,
bytes(), struct.pack_into...; see objspace/memoryviewobject.py).
Behaviour: CPython 3's array (MicroPython's has only append and extend
besides the sequence protocol): indexing, slicing (giving arrays), item
and slice assignment (slices take arrays of the same typecode), del,
iteration, `in`, comparisons, +, *, +=, *=, repr `array('i', [1, 2])`,
and the methods append, extend, insert, pop, remove, index, count,
reverse, tobytes, frombytes, fromlist, tolist, byteswap, buffer_info
and the attributes typecode and itemsize.  Out-of-range values raise
OverflowError, non-numbers TypeError, bad typecodes ValueError.
"""
from __future__ import absolute_import

import sys

from rpython.rlib.rarithmetic import r_uint, intmask

from objspace.baseobject import W_Root, TypeDef, RichCompareMixin
from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.bytesobject import W_BytesObject
from objspace.bytearrayobject import W_BytearrayObject
from objspace.strobject import W_StrObject
from objspace.floatobject import W_FloatObject, float_repr
from objspace.memoryviewobject import CharListBuffer, get_buffer
from objspace.modules import binpack
from rpython.rlib.rstruct import ieee

NATIVE_BIG = sys.byteorder == 'big'

TYPECODES = 'bBhHiIlLqQfd'
ITEMSIZES = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
             'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}


class W_ArrayObject(RichCompareMixin, W_Root):

    def __init__(self, typecode, data):
        self.typecode = typecode
        self.itemsize = ITEMSIZES[typecode]
        self.data = data        # a list of chars, len(data) % itemsize == 0

    def length(self):
        return len(self.data) // self.itemsize

    def is_float(self):
        return self.typecode == 'f' or self.typecode == 'd'

    def signed(self):
        return 'a' <= self.typecode <= 'z'

    def item_w(self, space, i):
        """The value of item i (0 <= i < length())."""
        size = self.itemsize
        pos = i * size
        bits = r_uint(0)
        data = self.data
        if NATIVE_BIG:
            for k in range(size):
                bits = (bits << 8) | r_uint(ord(data[pos + k]))
        else:
            k = size - 1
            while k >= 0:
                bits = (bits << 8) | r_uint(ord(data[pos + k]))
                k -= 1
        if self.is_float():
            return space.newfloat(binpack.bits_float(bits, size))
        return binpack.wrap_bits(space, bits, size, self.signed())

    def pack_value(self, space, w_value, out):
        """Append the bytes of w_value as an item to out (list of chars)."""
        size = self.itemsize
        if self.is_float():
            if not (isinstance(w_value, W_FloatObject) or
                    _is_number(w_value)):
                raise space.type_error("must be real number, not %s"
                                       % space.type_name(w_value))
            x = space.float_w(w_value)
            try:
                bits = r_uint(ieee.float_pack(x, size))
            except OverflowError:     # too big for 'f': infinity, as C
                bits = r_uint(ieee.float_pack(x * 1e300 * 1e300, size))
        else:
            if isinstance(w_value, W_FloatObject) or \
                    isinstance(w_value, W_StrObject):
                raise space.type_error("'%s' object cannot be interpreted "
                                       "as an integer"
                                       % space.type_name(w_value))
            bits = binpack.int_bits(space, w_value, self.typecode, size,
                                    self.signed(), space.w_OverflowError)
        binpack.put_bits(out, bits, size, NATIVE_BIG)

    def packed(self, space, w_value):
        out = []
        self.pack_value(space, w_value, out)
        return out

    def values_w(self, space):
        return [self.item_w(space, i) for i in range(self.length())]

    def as_str(self):
        return ''.join(self.data)

    def buffer_w(self, space):
        return ArrayBuffer(self)

    # ---- protocol
    def is_true(self, space):
        return len(self.data) != 0

    def len_w(self, space):
        return self.length()

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'array.array'")

    def repr_w(self, space):
        if not self.data:
            return "array('%s')" % self.typecode
        parts = []
        for i in range(self.length()):
            w_item = self.item_w(space, i)
            if isinstance(w_item, W_FloatObject):
                parts.append(float_repr(w_item.floatval))
            else:
                parts.append(space.repr_w(w_item))
        return "array('%s', [%s])" % (self.typecode, ', '.join(parts))

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        n = self.length()
        size = self.itemsize
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, n)
            result = []
            i = start
            for k in range(count):
                for b in range(size):
                    result.append(self.data[i * size + b])
                i += step
            return W_ArrayObject(self.typecode, result)
        i = space.getindex(w_index, n, "array")
        return self.item_w(space, i)

    def descr_setitem(self, space, w_index, w_value):
        from objspace.sliceobject import W_SliceObject
        n = self.length()
        size = self.itemsize
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, n)
            if not isinstance(w_value, W_ArrayObject):
                raise space.type_error('can only assign array (not "%s") to '
                                       'array slice'
                                       % space.type_name(w_value))
            if w_value.typecode != self.typecode:
                raise space.type_error("bad argument type for built-in "
                                       "operation")
            new = [c for c in w_value.data]
            if step == 1:
                if stop < start:
                    stop = start
                bstart = start * size
                bstop = stop * size
                assert bstart >= 0 and bstop >= 0
                self.data = self.data[:bstart] + new + self.data[bstop:]
                return
            if len(new) != count * size:
                raise space.value_error(
                    "attempt to assign array of size %d to extended slice "
                    "of size %d" % (len(new) // size, count))
            i = start
            for k in range(count):
                for b in range(size):
                    self.data[i * size + b] = new[k * size + b]
                i += step
            return
        i = space.getindex(w_index, n, "array")
        new = self.packed(space, w_value)
        for b in range(size):
            self.data[i * size + b] = new[b]

    def descr_delitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        n = self.length()
        size = self.itemsize
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, n)
            if count <= 0:
                return
            keep = [True] * n
            i = start
            for k in range(count):
                keep[i] = False
                i += step
            self.data = [self.data[j] for j in range(len(self.data))
                         if keep[j // size]]
            return
        i = space.getindex(w_index, n, "array")
        start = i * size
        stop = start + size
        assert start >= 0 and stop >= 0
        del self.data[start:stop]

    def descr_iter(self, space):
        return W_ArrayIterator(self)

    def descr_contains(self, space, w_item):
        for i in range(self.length()):
            if space.eq_w(self.item_w(space, i), w_item):
                return True
        return False

    def _compare(self, space, w_other, op):
        if not isinstance(w_other, W_ArrayObject):
            return None
        a_w = self.values_w(space)
        b_w = w_other.values_w(space)
        n = min(len(a_w), len(b_w))
        for i in range(n):
            if not space.eq_w(a_w[i], b_w[i]):
                if op == 'eq':
                    return space.w_False
                if op == 'ne':
                    return space.w_True
                if op == 'lt' or op == 'le':
                    return space.newbool(space.lt_w(a_w[i], b_w[i]))
                return space.newbool(space.lt_w(b_w[i], a_w[i]))
        la = len(a_w)
        lb = len(b_w)
        if op == 'eq':
            return space.newbool(la == lb)
        if op == 'ne':
            return space.newbool(la != lb)
        if op == 'lt':
            return space.newbool(la < lb)
        if op == 'le':
            return space.newbool(la <= lb)
        if op == 'gt':
            return space.newbool(la > lb)
        return space.newbool(la >= lb)

    def descr_add(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            raise space.type_error('can only append array (not "%s") to '
                                   'array' % space.type_name(w_other))
        if w_other.typecode != self.typecode:
            raise space.type_error("bad argument type for built-in "
                                   "operation")
        return W_ArrayObject(self.typecode, self.data + w_other.data)

    def descr_iadd(self, space, w_other):
        if not isinstance(w_other, W_ArrayObject):
            raise space.type_error('can only extend array with array (not '
                                   '"%s")' % space.type_name(w_other))
        if w_other.typecode != self.typecode:
            raise space.type_error("can only extend with array of same kind")
        self.data = self.data + w_other.data
        return self

    def _repeat(self, space, w_count):
        from objspace.bytesobject import repeat_count
        n = repeat_count(space, w_count)
        return self.data * max(n, 0)

    def descr_mul(self, space, w_other):
        from objspace.intobject import is_int
        if not is_int(w_other):
            return None
        return W_ArrayObject(self.typecode, self._repeat(space, w_other))

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_imul(self, space, w_other):
        from objspace.intobject import is_int
        if not is_int(w_other):
            return None
        self.data = self._repeat(space, w_other)
        return self

    def getattr_builtin(self, space, name):
        if name == 'typecode':
            return space.newtext(self.typecode)
        if name == 'itemsize':
            return space.newint(self.itemsize)
        return None


def _is_number(w_value):
    from objspace.intobject import is_int
    return is_int(w_value)


class ArrayBuffer(CharListBuffer):
    """An array's bytes: writable, following its current length."""

    def __init__(self, w_array):
        self.w_array = w_array

    def chars(self):
        return self.w_array.data


class W_ArrayIterator(W_Root):
    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        i = self.index
        if i >= self.w_array.length():
            return None
        self.index = i + 1
        return self.w_array.item_w(space, i)


# ------------------------------------------------------------------ methods

def extend_from(space, w_self, w_iterable):
    if isinstance(w_iterable, W_ArrayObject):
        if w_iterable.typecode != w_self.typecode:
            raise space.type_error("can only extend with array of same kind")
        w_self.data = w_self.data + w_iterable.data
        return
    out = []
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_self.pack_value(space, w_item, out)
    w_self.data = w_self.data + out


def frombytes(space, w_self, s):
    if len(s) % w_self.itemsize:
        raise space.value_error("bytes length not a multiple of item size")
    w_self.data = w_self.data + [c for c in s]


@unwrap_spec('append', W_ArrayObject, 'obj')
def array_append(space, w_self, w_value):
    w_self.data = w_self.data + w_self.packed(space, w_value)
    return space.w_None


@unwrap_spec('extend', W_ArrayObject, 'obj')
def array_extend(space, w_self, w_iterable):
    extend_from(space, w_self, w_iterable)
    return space.w_None


@unwrap_spec('insert', W_ArrayObject, 'int', 'obj')
def array_insert(space, w_self, i, w_value):
    n = w_self.length()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    new = w_self.packed(space, w_value)
    pos = i * w_self.itemsize
    assert pos >= 0
    w_self.data = w_self.data[:pos] + new + w_self.data[pos:]
    return space.w_None


@unwrap_spec('pop', W_ArrayObject, opt('int', -1))
def array_pop(space, w_self, i):
    n = w_self.length()
    if n == 0:
        raise space.index_error("pop from empty array")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise space.index_error("pop index out of range")
    w_item = w_self.item_w(space, i)
    start = i * w_self.itemsize
    stop = start + w_self.itemsize
    assert start >= 0 and stop >= 0
    del w_self.data[start:stop]
    return w_item


def _find(space, w_self, w_value):
    for i in range(w_self.length()):
        if space.eq_w(w_self.item_w(space, i), w_value):
            return i
    return -1


@unwrap_spec('remove', W_ArrayObject, 'obj')
def array_remove(space, w_self, w_value):
    i = _find(space, w_self, w_value)
    if i < 0:
        raise space.value_error("array.remove(x): x not in array")
    start = i * w_self.itemsize
    stop = start + w_self.itemsize
    assert start >= 0 and stop >= 0
    del w_self.data[start:stop]
    return space.w_None


@unwrap_spec('index', W_ArrayObject, 'obj')
def array_index(space, w_self, w_value):
    i = _find(space, w_self, w_value)
    if i < 0:
        raise space.value_error("array.index(x): x not in array")
    return space.newint(i)


@unwrap_spec('count', W_ArrayObject, 'obj')
def array_count(space, w_self, w_value):
    n = 0
    for i in range(w_self.length()):
        if space.eq_w(w_self.item_w(space, i), w_value):
            n += 1
    return space.newint(n)


@unwrap_spec('reverse', W_ArrayObject)
def array_reverse(space, w_self):
    size = w_self.itemsize
    n = w_self.length()
    old = w_self.data
    w_self.data = [old[(n - 1 - j // size) * size + j % size]
                   for j in range(len(old))]
    return space.w_None


@unwrap_spec('byteswap', W_ArrayObject)
def array_byteswap(space, w_self):
    size = w_self.itemsize
    old = w_self.data
    w_self.data = [old[(j // size) * size + size - 1 - j % size]
                   for j in range(len(old))]
    return space.w_None


@unwrap_spec('tobytes', W_ArrayObject)
def array_tobytes(space, w_self):
    return space.newbytes(w_self.as_str())


@unwrap_spec('frombytes', W_ArrayObject, 'obj')
def array_frombytes(space, w_self, w_data):
    buf = get_buffer(space, w_data)
    if buf is None or isinstance(w_data, W_StrObject):
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_data))
    frombytes(space, w_self, buf.as_str())
    return space.w_None


@unwrap_spec('fromlist', W_ArrayObject, 'obj')
def array_fromlist(space, w_self, w_list):
    from objspace.listobject import W_ListObject
    if not isinstance(w_list, W_ListObject):
        raise space.type_error("arg must be list")
    out = []
    for w_item in w_list.items_w:
        w_self.pack_value(space, w_item, out)
    w_self.data = w_self.data + out
    return space.w_None


@unwrap_spec('tolist', W_ArrayObject)
def array_tolist(space, w_self):
    return space.newlist(w_self.values_w(space))


@unwrap_spec('buffer_info', W_ArrayObject)
def array_buffer_info(space, w_self):
    from rpython.rlib.objectmodel import compute_unique_id
    return space.newtuple([space.newint(compute_unique_id(w_self)),
                           space.newint(w_self.length())])


def _array_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("array.array() takes no keyword arguments")
    if len(args_w) < 1 or len(args_w) > 2:
        raise space.type_error("array() takes 1 or 2 arguments")
    w_code = args_w[0]
    if not isinstance(w_code, W_StrObject) or w_code.length() != 1:
        raise space.type_error("array() argument 1 must be a unicode "
                               "character, not %s" % space.type_name(w_code))
    code = w_code.utf8
    if len(code) != 1 or code[0] not in TYPECODES:
        raise space.value_error("bad typecode (must be b, B, u, h, H, i, I, "
                                "l, L, q, Q, f or d)")
    w_self = W_ArrayObject(code[0], [])
    if len(args_w) == 2:
        w_init = args_w[1]
        if isinstance(w_init, W_StrObject):
            raise space.type_error("cannot use a str to initialize an array "
                                   "with typecode '%s'" % code)
        if isinstance(w_init, W_BytesObject) or \
                isinstance(w_init, W_BytearrayObject):
            from objspace.bytesobject import bytes_w
            frombytes(space, w_self, bytes_w(space, w_init))
        elif isinstance(w_init, W_ArrayObject) and \
                w_init.typecode == w_self.typecode:
            w_self.data = [c for c in w_init.data]
        else:
            extend_from(space, w_self, w_init)
    return w_self


W_ArrayObject.typedef = TypeDef('array', methods={
    'append': array_append.w_builtin,
    'extend': array_extend.w_builtin,
    'insert': array_insert.w_builtin,
    'pop': array_pop.w_builtin,
    'remove': array_remove.w_builtin,
    'index': array_index.w_builtin,
    'count': array_count.w_builtin,
    'reverse': array_reverse.w_builtin,
    'byteswap': array_byteswap.w_builtin,
    'tobytes': array_tobytes.w_builtin,
    'frombytes': array_frombytes.w_builtin,
    'fromlist': array_fromlist.w_builtin,
    'tolist': array_tolist.w_builtin,
    'buffer_info': array_buffer_info.w_builtin,
}, new=_array_new)
W_ArrayIterator.typedef = TypeDef('arrayiterator')

# the types the space builds (objspace/space.py, BUILTIN_TYPES)
TYPES = [W_ArrayObject, W_ArrayIterator]


def make_module(space):
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('array'))
    set('array', W_ArrayObject.typedef.w_type)
    set('typecodes', space.newtext(TYPECODES))
    return W_ModuleObject('array', w_dict)
