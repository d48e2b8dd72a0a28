"""Instances of classes made by `class` statements: W_InstanceObject.

Every protocol method looks up the matching special method (__add__,
__repr__, __len__, ...) on the instance's class and calls it; a missing
method or a NotImplemented result gives None, so the space applies Python's
fallbacks (reflected operands, identity equality, TypeError).  Semantics:
CPython 3's data model ("Special method names").
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from rpython.rlib.unroll import unrolling_iterable

from interp.bytecode import BINARY_OPS

from objspace.baseobject import W_Root, TypeDef
from objspace.mapdict import EMPTY_MAP, InstanceAttrsMixin


@specialize.arg(2)
def call_special(space, w_obj, name, args_w):
    """Call w_obj's special method `name` (looked up on its class, as Python
    does) with args_w; None if the class has no such method."""
    w_descr = space.type(w_obj).lookup(name)
    if w_descr is None:
        return None
    return space.call_bound(w_descr, w_obj, args_w)


@specialize.arg(2)
def binary_special(space, w_obj, name, w_other):
    w_res = call_special(space, w_obj, name, [w_other])
    if w_res is None or w_res is space.w_NotImplemented:
        return None
    return w_res


def _make_binary(name):
    dunder = '__%s__' % name

    def descr(self, space, w_other):
        return binary_special(space, self, dunder, w_other)
    descr.func_name = 'descr_' + name
    return descr


def _make_unary(name):
    dunder = '__%s__' % name

    def descr(self, space):
        w_res = call_special(space, self, dunder, [])
        if w_res is None:
            raise space.type_error("unsupported type for %s: '%s'"
                                   % (dunder, space.type_name(self)))
        return w_res
    descr.func_name = 'descr_' + name
    return descr


# __iadd__, __isub__, ... indexed as interp.bytecode.BINARY_OPS
_unrolled_inplace_dunders = unrolling_iterable(
    [(i, '__i%s__' % name.rstrip('_')) for i, name in enumerate(BINARY_OPS)])


class W_ClassInstance(InstanceAttrsMixin, W_Root):
    """Base of values whose class is chosen at run time (user classes,
    exception classes): the class, and the instance attributes, kept
    through a map (objspace/mapdict.py) until a program deletes one or asks
    for `__dict__`; from then on in a real dict, w_dict."""

    def __init__(self, w_class):
        self.w_class = w_class
        self.attr_map = EMPTY_MAP
        self.attr_values = None
        self.attr_dict = None

    def getclass(self, space):
        return self.w_class

    def getattr_builtin(self, space, name):
        if name == '__dict__':
            return self.getdict(space)
        return None


class W_InstanceObject(W_ClassInstance):
    """An instance of a user class."""

    def is_true(self, space):
        w_res = call_special(space, self, '__bool__', [])
        if w_res is not None:
            return space.is_true(w_res)
        w_res = call_special(space, self, '__len__', [])
        if w_res is not None:
            return space.int_w(w_res) != 0
        return True

    def hash_w(self, space):
        w_type = self.w_class
        w_hash = w_type.lookup('__hash__')
        if w_hash is space.w_None:
            raise space.type_error("unhashable type: '%s'" % w_type.name)
        if w_hash is None:
            return W_Root.hash_w(self, space)
        return space.int_w(space.call_bound(w_hash, self, []))

    def repr_w(self, space):
        w_res = call_special(space, self, '__repr__', [])
        if w_res is None:
            return "<%s object at 0x%x>" % (self.w_class.name,
                                            space.id_of(self))
        return space.text_w(w_res)

    def str_w(self, space):
        w_res = call_special(space, self, '__str__', [])
        if w_res is None:
            return self.repr_w(space)
        return space.text_w(w_res)

    def descr_eq(self, space, w_other):
        return binary_special(space, self, '__eq__', w_other)

    def descr_ne(self, space, w_other):
        w_res = binary_special(space, self, '__ne__', w_other)
        if w_res is None:
            # Python 3: != is the negation of a defined __eq__
            w_eq = binary_special(space, self, '__eq__', w_other)
            if w_eq is not None:
                return space.newbool(not space.is_true(w_eq))
        return w_res

    descr_lt = _make_binary('lt')
    descr_le = _make_binary('le')
    descr_gt = _make_binary('gt')
    descr_ge = _make_binary('ge')
    descr_add = _make_binary('add')
    descr_radd = _make_binary('radd')
    descr_sub = _make_binary('sub')
    descr_rsub = _make_binary('rsub')
    descr_mul = _make_binary('mul')
    descr_rmul = _make_binary('rmul')
    descr_truediv = _make_binary('truediv')
    descr_rtruediv = _make_binary('rtruediv')
    descr_floordiv = _make_binary('floordiv')
    descr_rfloordiv = _make_binary('rfloordiv')
    descr_mod = _make_binary('mod')
    descr_rmod = _make_binary('rmod')
    descr_pow = _make_binary('pow')
    descr_rpow = _make_binary('rpow')
    descr_lshift = _make_binary('lshift')
    descr_rlshift = _make_binary('rlshift')
    descr_rshift = _make_binary('rshift')
    descr_rrshift = _make_binary('rrshift')
    descr_and = _make_binary('and')
    descr_rand = _make_binary('rand')
    descr_or = _make_binary('or')
    descr_ror = _make_binary('ror')
    descr_xor = _make_binary('xor')
    descr_rxor = _make_binary('rxor')
    descr_matmul = _make_binary('matmul')
    descr_rmatmul = _make_binary('rmatmul')
    descr_iadd = _make_binary('iadd')
    descr_imul = _make_binary('imul')

    def descr_inplace(self, space, index, w_other):
        for i, name in _unrolled_inplace_dunders:
            if i == index:
                return binary_special(space, self, name, w_other)
        return None
    descr_neg = _make_unary('neg')
    descr_pos = _make_unary('pos')
    descr_invert = _make_unary('invert')
    descr_abs = _make_unary('abs')

    def len_w(self, space):
        w_res = call_special(space, self, '__len__', [])
        if w_res is None:
            return W_Root.len_w(self, space)
        n = space.int_w(w_res)
        if n < 0:
            raise space.value_error("__len__() should return >= 0")
        return n

    def descr_getitem(self, space, w_index):
        w_res = call_special(space, self, '__getitem__', [w_index])
        if w_res is None:
            return W_Root.descr_getitem(self, space, w_index)
        return w_res

    def descr_setitem(self, space, w_index, w_value):
        if call_special(space, self, '__setitem__', [w_index, w_value]) is None:
            W_Root.descr_setitem(self, space, w_index, w_value)

    def descr_delitem(self, space, w_index):
        if call_special(space, self, '__delitem__', [w_index]) is None:
            W_Root.descr_delitem(self, space, w_index)

    def descr_contains(self, space, w_item):
        w_res = call_special(space, self, '__contains__', [w_item])
        if w_res is None:
            return W_Root.descr_contains(self, space, w_item)
        return space.is_true(w_res)

    def descr_iter(self, space):
        w_res = call_special(space, self, '__iter__', [])
        if w_res is None:
            if self.w_class.lookup('__getitem__') is not None:
                return W_GetItemIterator(self)
            return W_Root.descr_iter(self, space)
        return w_res

    def descr_next(self, space):
        from interp.error import OperationError
        w_descr = self.w_class.lookup('__next__')
        if w_descr is None:
            return W_Root.descr_next(self, space)
        try:
            return space.call_bound(w_descr, self, [])
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                return None
            raise

    def descr_call(self, space, args_w, kwnames):
        w_descr = self.w_class.lookup('__call__')
        if w_descr is None:
            return W_Root.descr_call(self, space, args_w, kwnames)
        return space.call(w_descr, [self] + args_w, kwnames)

    def get_descr(self, space, w_obj, w_type):
        w_get = self.w_class.lookup('__get__')
        if w_get is None:
            return self
        return space.call_bound(w_get, self, [w_obj if w_obj is not None
                                              else space.w_None, w_type])

    def is_data_descr(self, space):
        return self.w_class.lookup('__set__') is not None

    def set_descr(self, space, w_obj, w_value):
        w_set = self.w_class.lookup('__set__')
        space.call_bound(w_set, self, [w_obj, w_value])

    def delete_descr(self, space, w_obj):
        w_delete = self.w_class.lookup('__delete__')
        if w_delete is None:
            W_Root.delete_descr(self, space, w_obj)
        else:
            space.call_bound(w_delete, self, [w_obj])

    def int_w(self, space):
        w_res = call_special(space, self, '__index__', [])
        if w_res is None:
            w_res = call_special(space, self, '__int__', [])
        if w_res is None:
            return W_Root.int_w(self, space)
        return space.int_w(w_res)

    def float_w(self, space):
        w_res = call_special(space, self, '__float__', [])
        if w_res is None:
            return W_Root.float_w(self, space)
        return space.float_w(w_res)


class W_GetItemIterator(W_Root):
    """iter() of an object with only __getitem__: index 0, 1, ... until
    IndexError (the old sequence protocol)."""

    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.index = 0

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        from interp.error import OperationError
        try:
            w_item = space.getitem(self.w_obj, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or e.match(
                    space, space.w_StopIteration):
                return None
            raise
        self.index += 1
        return w_item


W_GetItemIterator.typedef = TypeDef('iterator')
