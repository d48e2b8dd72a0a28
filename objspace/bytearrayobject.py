"""bytearray: a mutable sequence of bytes, W_BytearrayObject (a resizable
RPython list of chars).

It shares bytes' methods (objspace/bytesobject.py, make_methods), whose
results are bytearrays here, and adds the mutating ones.  Behaviour:
CPython 3's bytearray; error messages: MicroPython's where it has the
feature, else CPython's.
"""
from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec, opt
from objspace.memoryviewobject import (CharListBuffer, W_BufferIterator,
                                       get_buffer)
from objspace.bytesobject import (bytes_repr, _compare_arg, repeat_count,
                                  byte_value, bytes_contains, bytes_args,
                                  percent_format_bytes, make_methods,
                                  bytes_fromhex, bytes_maketrans)


class W_BytearrayObject(W_Root):

    def __init__(self, data):
        self.data = data        # a list of chars

    @staticmethod
    def from_str(s):
        return W_BytearrayObject([c for c in s])

    def as_str(self):
        return ''.join(self.data)

    def buffer_w(self, space):
        return BytearrayBuffer(self)

    def is_true(self, space):
        return len(self.data) != 0

    def hash_w(self, space):
        raise space.type_error("unhashable type: 'bytearray'")

    def repr_w(self, space):
        return 'bytearray(%s)' % bytes_repr(self.as_str(), True)

    def len_w(self, space):
        return len(self.data)

    def descr_eq(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() == other)

    def descr_ne(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() != other)

    def descr_lt(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() < other)

    def descr_le(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() <= other)

    def descr_gt(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() > other)

    def descr_ge(self, space, w_other):
        other = _compare_arg(w_other)
        if other is None:
            return None
        return space.newbool(self.as_str() >= other)

    def descr_add(self, space, w_other):
        buf = get_buffer(space, w_other)
        if buf is None:
            return None
        return W_BytearrayObject.from_str(self.as_str() + buf.as_str())

    def descr_iadd(self, space, w_other):
        buf = get_buffer(space, w_other)
        if buf is None:
            raise space.type_error("can't concat %s to bytearray"
                                   % space.type_name(w_other))
        self.data += buf.as_str()      # no list of the new chars
        return self

    def descr_mul(self, space, w_other):
        n = repeat_count(space, w_other)
        if n < 0:
            return None
        return W_BytearrayObject(self.data * n)

    def descr_rmul(self, space, w_other):
        return self.descr_mul(space, w_other)

    def descr_imul(self, space, w_other):
        n = repeat_count(space, w_other)
        if n < 0:
            return None
        self.data = self.data * n
        return self

    def descr_mod(self, space, w_other):
        return W_BytearrayObject.from_str(
            percent_format_bytes(space, self.as_str(), w_other))

    def descr_contains(self, space, w_item):
        from objspace.intobject import W_IntObject
        if isinstance(w_item, W_IntObject):     # a byte: search in place
            c = chr(byte_value(space, w_item, "byte must be in range(0, 256)"))
            for x in self.data:
                if x == c:
                    return True
            return False
        return bytes_contains(space, self.as_str(), w_item)

    def descr_getitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, len(self.data))
            if step == 1:
                if count <= 0:
                    return W_BytearrayObject([])
                assert start >= 0 and stop >= 0
                return W_BytearrayObject(self.data[start:stop])
            result = ['\x00'] * count
            i = start
            for k in range(count):
                result[k] = self.data[i]
                i += step
            return W_BytearrayObject(result)
        i = space.getindex(w_index, len(self.data), "bytearray")
        return space.newint(ord(self.data[i]))

    def descr_setitem(self, space, w_index, w_value):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, len(self.data))
            new = _assigned_bytes(space, w_value)
            if step == 1:
                if stop < start:
                    stop = start
                assert start >= 0 and stop >= 0
                data = self.data
                if len(new) == stop - start:        # in place: O(len(new))
                    for k in range(len(new)):
                        data[start + k] = new[k]
                    return
                tail = data[stop:]
                del data[start:]
                data += new
                data.extend(tail)
                return
            if len(new) != count:
                raise space.value_error(
                    "attempt to assign bytes of size %d to extended slice "
                    "of size %d" % (len(new), count))
            i = start
            for k in range(count):
                self.data[i] = new[k]
                i += step
            return
        i = space.getindex(w_index, len(self.data), "bytearray")
        self.data[i] = chr(byte_value(space, w_value,
                                      "byte must be in range(0, 256)"))

    def descr_delitem(self, space, w_index):
        from objspace.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            start, stop, step, count = w_index.indices(space, len(self.data))
            if count <= 0:
                return
            if step == 1:
                assert start >= 0 and stop >= 0
                del self.data[start:stop]
                return
            keep = [True] * len(self.data)
            i = start
            for k in range(count):
                keep[i] = False
                i += step
            self.data = [self.data[j] for j in range(len(keep)) if keep[j]]
            return
        i = space.getindex(w_index, len(self.data), "bytearray")
        del self.data[i]

    def descr_iter(self, space):
        return W_BufferIterator(BytearrayBuffer(self))


class BytearrayBuffer(CharListBuffer):
    """A bytearray's buffer: writable, and following its current length."""

    def __init__(self, w_bytearray):
        self.w_bytearray = w_bytearray

    def chars(self):
        return self.w_bytearray.data


def _assigned_bytes(space, w_value):
    """The bytes of the value assigned to a bytearray slice: bytes-like or
    an iterable of ints."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.strobject import W_StrObject
    buf = get_buffer(space, w_value)
    if buf is not None:
        return buf.as_str()
    if (isinstance(w_value, W_IntObject) or isinstance(w_value, W_LongObject)
            or isinstance(w_value, W_StrObject)):
        raise space.type_error("can assign only bytes, buffers, or iterables "
                               "of ints in range(0, 256)")
    return _ints_to_bytes(space, w_value)


def _ints_to_bytes(space, w_iterable):
    from rpython.rlib.rstring import StringBuilder
    builder = StringBuilder()
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        builder.append(chr(byte_value(space, w_item,
                                      "byte must be in range(0, 256)")))
    return builder.build()


@unwrap_spec('append', W_BytearrayObject, 'obj')
def bytearray_append(space, w_self, w_item):
    w_self.data.append(chr(byte_value(space, w_item,
                                      "byte must be in range(0, 256)")))
    return space.w_None


@unwrap_spec('extend', W_BytearrayObject, 'obj')
def bytearray_extend(space, w_self, w_iterable):
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.strobject import W_StrObject
    buf = get_buffer(space, w_iterable)
    if buf is not None:
        s = buf.as_str()
    elif isinstance(w_iterable, W_StrObject):
        raise space.type_error("expected iterable of integers; got: 'str'")
    elif (isinstance(w_iterable, W_IntObject)
          or isinstance(w_iterable, W_LongObject)):
        raise space.type_error("can't extend bytearray with %s"
                               % space.type_name(w_iterable))
    else:
        s = _ints_to_bytes(space, w_iterable)
    w_self.data += s       # no list of the new chars
    return space.w_None


@unwrap_spec('insert', W_BytearrayObject, 'int', 'obj')
def bytearray_insert(space, w_self, index, w_item):
    c = chr(byte_value(space, w_item, "byte must be in range(0, 256)"))
    n = len(w_self.data)
    if index < 0:
        index += n
        if index < 0:
            index = 0
    elif index > n:
        index = n
    w_self.data.insert(index, c)
    return space.w_None


@unwrap_spec('pop', W_BytearrayObject, opt('obj', None))
def bytearray_pop(space, w_self, w_index):
    data = w_self.data
    if not data:
        raise space.index_error("pop from empty bytearray")
    i = len(data) - 1
    if w_index is not None:
        i = space.int_w(w_index)
        if i < 0:
            i += len(data)
        if i < 0 or i >= len(data):
            raise space.index_error("pop index out of range")
    return space.newint(ord(data.pop(i)))


@unwrap_spec('remove', W_BytearrayObject, 'obj')
def bytearray_remove(space, w_self, w_item):
    c = chr(byte_value(space, w_item, "byte must be in range(0, 256)"))
    data = w_self.data
    for i in range(len(data)):
        if data[i] == c:
            del data[i]
            return space.w_None
    raise space.value_error("value not found in bytearray")


@unwrap_spec('clear', W_BytearrayObject)
def bytearray_clear(space, w_self):
    del w_self.data[:]
    return space.w_None


@unwrap_spec('copy', W_BytearrayObject)
def bytearray_copy(space, w_self):
    return W_BytearrayObject([c for c in w_self.data])


@unwrap_spec('reverse', W_BytearrayObject)
def bytearray_reverse(space, w_self):
    w_self.data.reverse()
    return space.w_None


def _bytearray_new(space, w_type, args_w, kwnames):
    if space.heap_locked:
        raise space.heap_locked_error()
    from objspace.intobject import W_IntObject
    if len(args_w) == 1 and kwnames is None:
        w_source = args_w[0]
        if isinstance(w_source, W_IntObject) and w_source.intval >= 0:
            # bytearray(n): the zeros straight into the list (no str of n
            # bytes to copy, so n bytes of memory rather than 2n)
            return W_BytearrayObject(['\x00'] * w_source.intval)
    return W_BytearrayObject.from_str(
        bytes_args(space, args_w, kwnames, 'bytearray'))


def _make_bytearray_typedef():
    from objspace.descriptors import W_ClassMethod, W_StaticMethod
    methods = make_methods(W_BytearrayObject)
    methods['fromhex'] = W_ClassMethod(bytes_fromhex.w_builtin)
    methods['maketrans'] = W_StaticMethod(bytes_maketrans.w_builtin)
    methods['append'] = bytearray_append.w_builtin
    methods['extend'] = bytearray_extend.w_builtin
    methods['insert'] = bytearray_insert.w_builtin
    methods['pop'] = bytearray_pop.w_builtin
    methods['remove'] = bytearray_remove.w_builtin
    methods['clear'] = bytearray_clear.w_builtin
    methods['copy'] = bytearray_copy.w_builtin
    methods['reverse'] = bytearray_reverse.w_builtin
    return TypeDef('bytearray', methods=methods, new=_bytearray_new)


W_BytearrayObject.typedef = _make_bytearray_typedef()
