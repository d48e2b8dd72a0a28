"""The object space: the one door through which every operation on a value
goes (space.add, space.getattr, space.call, space.iter, space.newint, ...).

There is exactly one ObjSpace per binary; it is built at import time, i.e.
during translation, together with every builtin type object, exception class
and the builtins module, so start-up does none of that work.
"""
import os

from rpython.rlib import jit
from interp.stackcheck import stack_check
from rpython.rlib.objectmodel import specialize, compute_unique_id
from rpython.rlib.rbigint import rbigint
from rpython.rlib.unroll import unrolling_iterable

from interp.error import OperationError
from objspace.baseobject import W_Root
from objspace.intobject import W_IntObject
from objspace.longobject import W_LongObject
from objspace.boolobject import W_BoolObject
from objspace.floatobject import W_FloatObject
from objspace.complexobject import W_ComplexObject
from objspace.noneobject import W_NoneObject, W_NotImplemented, W_Ellipsis
from objspace.strobject import W_StrObject, W_StrIterator
from objspace.tupleobject import W_TupleObject
from objspace.listobject import W_ListObject
from objspace.dictobject import (W_DictObject, W_DictView, W_DictKeys,
                                 W_DictValues, W_DictItems, W_DictIterator)
from objspace.setobject import W_SetObject, W_FrozensetObject, W_SetIterator
from objspace.sliceobject import W_SliceObject
from objspace.rangeobject import W_RangeObject, W_RangeIterator
from objspace.sequence import W_SeqIterator
from objspace.functionobject import (W_Function, W_BuiltinFunction, W_Method,
                                     W_CellObject)
from objspace.typeobject import W_TypeObject, issubclass_of
from objspace.moduleobject import W_ModuleObject
from objspace.exceptions import (W_BaseException, EXCEPTION_HIERARCHY,
                                 exception_new, exception_init)
from objspace import dictobject, listobject, iterdriver
from objspace.descriptors import W_Property, W_ClassMethod, W_StaticMethod, W_Super
from objspace.instanceobject import W_GetItemIterator
from objspace.generatorobject import (W_Generator, W_Coroutine,
                                      W_CoroutineWrapper, W_AsyncGenerator,
                                      W_AsyncGenASend, W_AsyncGenWrappedValue)
from objspace.bytesobject import W_BytesObject, bytes_w
from objspace.bytearrayobject import W_BytearrayObject
from objspace.memoryviewobject import W_MemoryView, W_BufferIterator
from interp.code import W_Code
from interp import bytecode


# every builtin type with a TypeDef, in base-before-subclass order
BUILTIN_TYPES = [W_IntObject, W_BoolObject, W_FloatObject, W_StrObject,
                 W_TupleObject, W_ListObject, W_DictObject, W_SliceObject,
                 W_NoneObject, W_NotImplemented, W_Ellipsis, W_Function,
                 W_BuiltinFunction, W_Method, W_CellObject, W_TypeObject,
                 W_ModuleObject, W_StrIterator, W_SeqIterator, W_DictView,
                 W_RangeObject, W_RangeIterator, W_Code, W_Property,
                 W_ClassMethod, W_StaticMethod, W_Super, W_GetItemIterator,
                 W_Generator, W_Coroutine, W_CoroutineWrapper,
                 W_AsyncGenerator, W_AsyncGenASend, W_AsyncGenWrappedValue,
                 W_SetObject, W_FrozensetObject, W_SetIterator,
                 W_DictKeys, W_DictValues, W_DictItems, W_DictIterator,
                 W_ComplexObject, W_BytesObject, W_BytearrayObject,
                 W_MemoryView, W_BufferIterator]
from objspace.iterobject import ITERATOR_TYPES
BUILTIN_TYPES += ITERATOR_TYPES
from objspace.modules import re as _remodule
BUILTIN_TYPES += _remodule.TYPES
from objspace.modules import hashlib as _hashlibmodule
BUILTIN_TYPES += _hashlibmodule.TYPES
from objspace.modules import array as _arraymodule
BUILTIN_TYPES += _arraymodule.TYPES

# builtin modules made by objspace/modules/<name>.py's make_module(space)
# (besides sys and micropython, made first)
BUILTIN_MODULE_NAMES = ['math', 'time', 'random', 'errno', 'heapq', 'gc',
                        'platform', 'collections', 're', 'io', 'os',
                        'struct', 'binascii', 'hashlib', 'json', 'array']

# (space method name, operator as written, descr_ name, reflected descr_ name)
BINARY_OPS = [
    ('add', '+', 'descr_add', 'descr_radd'),
    ('sub', '-', 'descr_sub', 'descr_rsub'),
    ('mul', '*', 'descr_mul', 'descr_rmul'),
    ('truediv', '/', 'descr_truediv', 'descr_rtruediv'),
    ('floordiv', '//', 'descr_floordiv', 'descr_rfloordiv'),
    ('mod', '%', 'descr_mod', 'descr_rmod'),
    ('pow', '**', 'descr_pow', 'descr_rpow'),
    ('lshift', '<<', 'descr_lshift', 'descr_rlshift'),
    ('rshift', '>>', 'descr_rshift', 'descr_rrshift'),
    ('and_', '&', 'descr_and', 'descr_rand'),
    ('or_', '|', 'descr_or', 'descr_ror'),
    ('xor', '^', 'descr_xor', 'descr_rxor'),
    ('matmul', '@', 'descr_matmul', 'descr_rmatmul'),
]

# (space method name, descr_ name, reflected descr_ name, dunder name)
COMPARE_OPS = [
    ('lt', 'descr_lt', 'descr_gt', '__lt__'),
    ('le', 'descr_le', 'descr_ge', '__le__'),
    ('gt', 'descr_gt', 'descr_lt', '__gt__'),
    ('ge', 'descr_ge', 'descr_le', '__ge__'),
]


def _make_binop(name, symbol, lname, rname):
    dunder = '__%s__' % name.rstrip('_')

    def binop(self, w_a, w_b):
        stack_check()
        w_res = getattr(w_a, lname)(self, w_b)
        if w_res is not None:
            return w_res
        w_res = getattr(w_b, rname)(self, w_a)
        if w_res is not None:
            return w_res
        raise self.type_error("unsupported types for %s: '%s', '%s'"
                              % (dunder, self.type_name(w_a),
                                 self.type_name(w_b)))
    binop.func_name = name
    return binop


def _make_compare(name, lname, rname, dunder):
    def compare(self, w_a, w_b):
        stack_check()
        w_res = getattr(w_a, lname)(self, w_b)
        if w_res is not None:
            return w_res
        w_res = getattr(w_b, rname)(self, w_a)
        if w_res is not None:
            return w_res
        raise self.type_error("unsupported types for %s: '%s', '%s'"
                              % (dunder, self.type_name(w_a),
                                 self.type_name(w_b)))
    compare.func_name = name
    return compare


# indexed as the bytecode's BINARY_OP argument
def _object_new_func(space, w_type, args_w, kwnames):
    """object(): a bare instance (no arguments allowed)."""
    from objspace.instanceobject import W_InstanceObject
    if args_w:
        raise space.type_error("object() takes no arguments")
    if space.heap_locked:
        raise space.heap_locked_error()
    return W_InstanceObject(w_type)


_unrolled_binary_ops = unrolling_iterable(enumerate(bytecode.BINARY_OPS))


class ObjSpace(object):
    # heap_locked is read on every allocation and rarely changes: a
    # constant for the JIT (changing it invalidates compiled loops).
    # sched_pending is not: timer and pin callbacks set and clear it
    # many times a second, and every change would throw loops away.
    _immutable_fields_ = ['heap_locked?']

    def __init__(self):
        dictobject._space = self
        listobject._sort_space = self
        self.w_None = W_NoneObject()
        self.w_NotImplemented = W_NotImplemented()
        self.w_Ellipsis = W_Ellipsis()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self._build_types()
        self._build_exceptions()
        self.stdout_buffer = []
        self.stdout_buffered = 0
        self.repr_stack = []
        self.call_depth = 0
        self.max_call_depth = 10000
        self.topframeref = jit.vref_None    # see current_frame()
        self.heap_limit = 0         # bytes the heap may use; 0: no limit
        self.heap_locked = False    # micropython.heap_lock(): no allocation
        self.heap_lock_depth = 0
        self.sched_pending = False  # micropython.schedule() queue non-empty
        self.sched_queue = []       # [(w_func, w_arg)]
        self.sched_running = False
        self.w_exc_info = None    # the exception being handled (sys.exc_info)
        self.w_atexit = None      # sys.atexit's function
        self.optimize = 0         # -O level: 1+ drops asserts, __debug__ False
        from objspace import builtins
        self.builtins = builtins.make_module(self)
        # sys.modules, as the dict programs see; the builtin modules are
        # made here and registered on their first import
        self.w_modules = self.newdict()
        self.sys_modules_set('builtins', self.builtins)
        from objspace.modules import sys as sysmodule, micropython, cmath
        self.sys_module = sysmodule.make_module(self)
        # name -> ModuleDef (objspace/moduleobject.py): the module objects
        # are made at their first import, but sys's
        from objspace.moduleobject import ModuleDef
        self.builtin_modules = {
            'sys': ModuleDef.prebuilt(self.sys_module),
            'micropython': ModuleDef.frozen(self, micropython.make_module(self)),
            'cmath': ModuleDef.frozen(self, cmath.make_module(self)),
        }
        for modname in BUILTIN_MODULE_NAMES:
            module = __import__('objspace.modules.' + modname, None, None,
                                ['make_module'])
            self.builtin_modules[modname] = ModuleDef.frozen(
                self, module.make_module(self))
        self.w_builtins_dict = self.builtins.w_dict
        self.w_build_class = builtins.builtin_build_class.w_builtin
        # the modules of lib/, compiled now (at translation time)
        from objspace import frozen
        self.frozen_modules = frozen.compile_frozen(self)

    # ---------------------------------------------------------- building
    def _build_types(self):
        from objspace import typeobject, usertype
        usertype.setup()
        self.w_object = W_TypeObject('object', [], dict(typeobject.OBJECT_METHODS),
                                     None, _object_new_func)
        self.object_getattribute = typeobject.object_getattribute.w_builtin
        self.object_setattr = typeobject.object_setattr.w_builtin
        self.object_delattr = typeobject.object_delattr.w_builtin
        for cls in BUILTIN_TYPES:
            typedef = cls.typedef
            if typedef.w_type is not None:
                continue
            if typedef.base is not None:
                bases_w = [typedef.base.w_type]
            else:
                bases_w = [self.w_object]
            typedef.w_type = W_TypeObject(typedef.name, bases_w,
                                          dict(typedef.methods), typedef,
                                          typedef.new)
        self.w_int = W_IntObject.typedef.w_type
        self.w_bool = W_BoolObject.typedef.w_type
        self.w_float = W_FloatObject.typedef.w_type
        self.w_complex = W_ComplexObject.typedef.w_type
        self.w_str = W_StrObject.typedef.w_type
        self.w_tuple = W_TupleObject.typedef.w_type
        self.w_list = W_ListObject.typedef.w_type
        self.w_dict = W_DictObject.typedef.w_type
        self.w_slice = W_SliceObject.typedef.w_type
        self.w_type = W_TypeObject.typedef.w_type
        self.w_range = W_RangeObject.typedef.w_type
        self.w_set = W_SetObject.typedef.w_type
        self.w_frozenset = W_FrozensetObject.typedef.w_type

    def _build_exceptions(self):
        self.exception_types_w = {}
        for name, base in EXCEPTION_HIERARCHY:
            if base is None:
                bases_w = [self.w_object]
            else:
                bases_w = [self.exception_types_w[base]]
            dict_w = {}
            if base is None:
                dict_w['__init__'] = exception_init.w_builtin
            w_exc = W_TypeObject(name, bases_w, dict_w, None, exception_new)
            self.exception_types_w[name] = w_exc
            setattr(self, 'w_' + name, w_exc)

    # ---------------------------------------------------------- wrapping
    def newint(self, intval):
        return W_IntObject(intval)

    def newlong(self, num):
        """An int from an rbigint: a W_IntObject when it fits a word."""
        try:
            return W_IntObject(num.toint())
        except OverflowError:
            if self.heap_locked:
                raise self.heap_locked_error()
            return W_LongObject(num)

    def newint_from_text(self, text, base):
        """Parse an int literal's digits (no sign, no prefix) in base."""
        try:
            return self.newlong(rbigint.fromstr(text, base))
        except Exception:
            raise self.value_error("invalid syntax for integer with base %d"
                                   % base)

    def newfloat(self, floatval):
        if self.heap_locked:
            raise self.heap_locked_error()
        return W_FloatObject(floatval)

    def newcomplex(self, realval, imagval):
        if self.heap_locked:
            raise self.heap_locked_error()
        return W_ComplexObject(realval, imagval)

    def newbool(self, flag):
        if flag:
            return self.w_True
        return self.w_False

    def newtext(self, s):
        """A str from UTF-8 bytes (assumed valid)."""
        return W_StrObject(s)

    def newbytes(self, s):
        """A bytes value holding the RPython string s."""
        return W_BytesObject(s)

    def bytes_w(self, w_obj):
        """The raw bytes of a bytes-like value; TypeError for others."""
        return bytes_w(self, w_obj)

    def newlist(self, items_w):
        if self.heap_locked:
            raise self.heap_locked_error()
        return W_ListObject(items_w)

    def newtuple(self, items_w):
        if self.heap_locked and items_w:
            raise self.heap_locked_error()
        return W_TupleObject(items_w)

    def newdict(self):
        if self.heap_locked:
            raise self.heap_locked_error()
        return W_DictObject()

    def newset(self, items_w):
        from objspace import setobject
        if self.heap_locked:
            raise self.heap_locked_error()
        return setobject.newset(self, items_w)

    def set_add(self, w_set, w_item):
        from objspace import setobject
        setobject.set_add(self, w_set, w_item)

    def set_update(self, w_set, w_iterable):
        from objspace import setobject
        setobject.set_update(self, w_set, w_iterable)

    def heap_locked_error(self):
        """MemoryError while micropython.heap_lock() is in force (made
        without allocating through the space)."""
        return OperationError(W_BaseException(self.w_MemoryError, [
            W_StrObject("memory allocation failed, heap is locked")]))

    def run_scheduled(self):
        """Run the callbacks queued by micropython.schedule() (the eval
        loop calls this at backward jumps and calls when sched_pending)."""
        from objspace.modules.micropython import run_scheduled
        run_scheduled(self)

    def newslice(self, w_start, w_stop, w_step):
        return W_SliceObject(w_start, w_stop, w_step)

    # ---------------------------------------------------------- identity
    def type(self, w_obj):
        return w_obj.getclass(self)

    def type_name(self, w_obj):
        return w_obj.getclass(self).name

    def is_w(self, w_a, w_b):
        return w_a is w_b

    def is_none(self, w_obj):
        return w_obj is None or w_obj is self.w_None

    def id_of(self, w_obj):
        return compute_unique_id(w_obj)

    def isinstance_w(self, w_obj, w_type):
        return self.type(w_obj).issubtype(w_type)

    # ---------------------------------------------------------- conversions
    def is_true(self, w_obj):
        if w_obj is self.w_True:
            return True
        if w_obj is self.w_False or w_obj is self.w_None:
            return False
        stack_check()
        return w_obj.is_true(self)

    def int_w(self, w_obj):
        return w_obj.int_w(self)

    def float_w(self, w_obj):
        return w_obj.float_w(self)

    def text_w(self, w_obj):
        """The UTF-8 of a str value; TypeError for anything else."""
        if isinstance(w_obj, W_StrObject):
            return w_obj.utf8
        raise self.type_error("expected str, got %s" % self.type_name(w_obj))

    def repr_w(self, w_obj):
        stack_check()
        return w_obj.repr_w(self)

    def str_w(self, w_obj):
        stack_check()
        return w_obj.str_w(self)

    def repr(self, w_obj):
        return self.newtext(w_obj.repr_w(self))

    def str(self, w_obj):
        if type(w_obj) is W_StrObject:
            return w_obj
        return self.newtext(w_obj.str_w(self))

    def hash_w(self, w_obj):
        stack_check()
        return w_obj.hash_w(self)

    def repr_enter(self, w_obj):
        """True if w_obj's repr is already being built (a cycle)."""
        for w_x in self.repr_stack:
            if w_x is w_obj:
                return True
        self.repr_stack.append(w_obj)
        return False

    def repr_leave(self, w_obj):
        self.repr_stack.pop()

    # ---------------------------------------------------------- operators
    for _name, _sym, _l, _r in BINARY_OPS:
        locals()[_name] = _make_binop(_name, _sym, _l, _r)
    for _name, _l, _r, _dunder in COMPARE_OPS:
        locals()[_name] = _make_compare(_name, _l, _r, _dunder)
    del _name, _sym, _l, _r, _dunder

    @specialize.arg(1)
    def binary_op(self, name, w_a, w_b):
        return getattr(self, name)(w_a, w_b)

    def binary_op_by_index(self, index, w_a, w_b):
        """The binary operator number `index` of BINARY_OPS (the bytecode's
        BINARY_OP argument)."""
        for i, name in _unrolled_binary_ops:
            if i == index:
                return getattr(self, name)(w_a, w_b)
        raise self.error(self.w_RuntimeError, "bad binary operator")

    def inplace_add(self, w_a, w_b):
        w_res = w_a.descr_iadd(self, w_b)
        if w_res is not None:
            return w_res
        return self.add(w_a, w_b)

    def inplace_mul(self, w_a, w_b):
        w_res = w_a.descr_imul(self, w_b)
        if w_res is not None:
            return w_res
        return self.mul(w_a, w_b)

    def eq(self, w_a, w_b):
        stack_check()
        w_res = w_a.descr_eq(self, w_b)
        if w_res is not None:
            return w_res
        w_res = w_b.descr_eq(self, w_a)
        if w_res is not None:
            return w_res
        return self.newbool(w_a is w_b)

    def ne(self, w_a, w_b):
        stack_check()
        w_res = w_a.descr_ne(self, w_b)
        if w_res is not None:
            return w_res
        w_res = w_b.descr_ne(self, w_a)
        if w_res is not None:
            return w_res
        return self.newbool(not self.eq_w(w_a, w_b))

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        return self.is_true(self.eq(w_a, w_b))

    def lt_w(self, w_a, w_b):
        return self.is_true(self.lt(w_a, w_b))

    def neg(self, w_obj):
        return w_obj.descr_neg(self)

    def pos(self, w_obj):
        return w_obj.descr_pos(self)

    def invert(self, w_obj):
        return w_obj.descr_invert(self)

    def abs(self, w_obj):
        return w_obj.descr_abs(self)

    def not_(self, w_obj):
        return self.newbool(not self.is_true(w_obj))

    # ---------------------------------------------------------- containers
    def len_w(self, w_obj):
        return w_obj.len_w(self)

    def len(self, w_obj):
        return self.newint(w_obj.len_w(self))

    def getitem(self, w_obj, w_index):
        return w_obj.descr_getitem(self, w_index)

    def setitem(self, w_obj, w_index, w_value):
        w_obj.descr_setitem(self, w_index, w_value)

    def delitem(self, w_obj, w_index):
        w_obj.descr_delitem(self, w_index)

    def contains_w(self, w_container, w_item):
        return w_container.descr_contains(self, w_item)

    def iter(self, w_obj):
        return w_obj.descr_iter(self)

    def next(self, w_iter):
        """The next item, or None when the iterator is exhausted."""
        return w_iter.descr_next(self)

    def unpackiterable(self, w_obj):
        """A new RPython list of the items of any iterable."""
        # exact types only: a subclass may define __iter__
        if type(w_obj) is W_ListObject:
            return w_obj.items_w[:]
        if type(w_obj) is W_TupleObject:
            return w_obj.items_w[:]
        items_w = []
        w_iter = self.iter(w_obj)
        w_type = self.type(w_iter)
        code = w_iter.jit_iter_code()
        # the first item outside the traced loop (a started generator there)
        w_item = self.next(w_iter)
        while w_item is not None:
            iterdriver.unpack_driver.jit_merge_point(w_type=w_type, code=code)
            items_w.append(w_item)
            w_item = self.next(w_iter)
        return items_w

    def getindex(self, w_index, length, what):
        """A sequence index in range(length) (negative counts from the end);
        IndexError/TypeError as MicroPython words them."""
        if not isinstance(w_index, W_IntObject):
            if isinstance(w_index, W_LongObject):
                raise self.index_error("%s index out of range" % what)
            raise self.type_error("%s indices must be integers, not %s"
                                  % (what, self.type_name(w_index)))
        i = w_index.intval
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise self.index_error("%s index out of range" % what)
        return i

    # ---------------------------------------------------------- attributes
    def findattr(self, w_obj, name):
        """getattr(w_obj, name), or None when there is no such attribute
        (AttributeError raised by a __getattr__ also gives None)."""
        if isinstance(w_obj, W_TypeObject):
            return self.type_findattr(w_obj, name)
        w_type = self.type(w_obj)
        if w_type.is_user_type:
            w_getattribute = w_type.lookup('__getattribute__')
            if w_getattribute is not self.object_getattribute:
                w_value = self.call_attr_hook(w_getattribute, w_obj, name)
            else:
                w_value = self.generic_findattr(w_obj, name)
            if w_value is None:
                w_getattr = w_type.lookup('__getattr__')
                if w_getattr is not None:
                    w_value = self.call_attr_hook(w_getattr, w_obj, name)
            return w_value
        return self.generic_findattr(w_obj, name)

    def call_attr_hook(self, w_hook, w_obj, name):
        """Call __getattribute__/__getattr__; AttributeError means None."""
        try:
            return self.call_bound(w_hook, w_obj, [self.newtext(name)])
        except OperationError as e:
            if e.match(self, self.w_AttributeError):
                return None
            raise

    def generic_findattr(self, w_obj, name):
        """object.__getattribute__: data descriptors on the type, then the
        instance dict, then other class attributes (bound if descriptors)."""
        w_value = w_obj.getattr_builtin(self, name)
        if w_value is not None:
            return w_value
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None and w_descr.is_data_descr(self):
            return w_descr.get_descr(self, w_obj, w_type)
        w_value = w_obj.getattr_instance(self, name)
        if w_value is not None:
            return w_value
        if w_descr is not None:
            return w_descr.get_descr(self, w_obj, w_type)
        return None

    def type_findattr(self, w_type, name):
        """Attribute lookup on a class: its MRO first, then its metaclass."""
        w_value = w_type.getattr_builtin(self, name)
        if w_value is not None:
            return w_value
        w_meta = w_type.getclass(self)
        w_meta_descr = w_meta.lookup(name)
        if w_meta_descr is not None and w_meta_descr.is_data_descr(self):
            return w_meta_descr.get_descr(self, w_type, w_meta)
        w_value = w_type.lookup(name)
        if w_value is not None:
            return w_value.get_descr(self, None, w_type)
        if w_meta_descr is not None and w_meta is not self.w_type:
            return w_meta_descr.get_descr(self, w_type, w_meta)
        return None

    def getattr(self, w_obj, name):
        w_value = self.findattr(w_obj, name)
        if w_value is None:
            if isinstance(w_obj, W_TypeObject):
                raise self.attribute_error("type object '%s' has no attribute "
                                           "'%s'" % (w_obj.name, name))
            if isinstance(w_obj, W_ModuleObject):
                raise self.attribute_error("module '%s' has no attribute '%s'"
                                           % (w_obj.name, name))
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (self.type_name(w_obj), name))
        return w_value

    def lookup_method(self, w_obj, name):
        """The plain function `name` of w_obj's type, when calling it as a
        method needs no bound method (no instance attribute or attribute
        hook is in the way); else None."""
        if isinstance(w_obj, W_TypeObject):
            return None
        if w_obj.getattr_builtin(self, name) is not None:
            return None
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if not (isinstance(w_descr, W_Function)
                or isinstance(w_descr, W_BuiltinFunction)):
            return None
        if w_type.is_user_type:
            if w_type.lookup('__getattribute__') is not self.object_getattribute:
                return None
            if w_obj.getattr_instance(self, name) is not None:
                return None
        return w_descr

    def setattr(self, w_obj, name, w_value):
        if isinstance(w_obj, W_TypeObject):
            if not w_obj.is_user_type:
                raise self.type_error("can't set attributes of built-in/"
                                      "extension type '%s'" % w_obj.name)
            w_obj.set_attr(name, w_value)
            return
        w_type = self.type(w_obj)
        if w_type.is_user_type:
            w_setattr = w_type.lookup('__setattr__')
            if w_setattr is not self.object_setattr:
                self.call_bound(w_setattr, w_obj, [self.newtext(name), w_value])
                return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        w_descr = self.type(w_obj).lookup(name)
        if w_descr is not None and w_descr.is_data_descr(self):
            w_descr.set_descr(self, w_obj, w_value)
            return
        if not w_obj.setattr_instance(self, name, w_value):
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (self.type_name(w_obj), name))

    def delattr(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject):
            if not w_obj.is_user_type or name not in w_obj.dict_w:
                raise self.attribute_error("type object '%s' has no attribute "
                                           "'%s'" % (w_obj.name, name))
            w_obj.set_attr(name, None)
            return
        w_type = self.type(w_obj)
        if w_type.is_user_type:
            w_delattr = w_type.lookup('__delattr__')
            if w_delattr is not self.object_delattr:
                self.call_bound(w_delattr, w_obj, [self.newtext(name)])
                return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj, name):
        w_descr = self.type(w_obj).lookup(name)
        if w_descr is not None and w_descr.is_data_descr(self):
            w_descr.delete_descr(self, w_obj)
            return
        if not w_obj.delattr_instance(self, name):
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (self.type_name(w_obj), name))

    # ---------------------------------------------------------- calls
    def call(self, w_func, args_w, kwnames):
        stack_check()
        return w_func.descr_call(self, args_w, kwnames)

    def callable_w(self, w_obj):
        if (isinstance(w_obj, W_Function) or isinstance(w_obj, W_Method)
                or isinstance(w_obj, W_BuiltinFunction)
                or isinstance(w_obj, W_TypeObject)):
            return True
        return self.type(w_obj).lookup('__call__') is not None

    def call_bound(self, w_descr, w_obj, args_w, kwnames=None):
        """Call the class attribute w_descr (found on type(w_obj)) as a
        method of w_obj, without making a bound method when it's a plain
        function."""
        if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
            return w_descr.descr_call(self, [w_obj] + args_w, kwnames)
        w_bound = w_descr.get_descr(self, w_obj, self.type(w_obj))
        return self.call(w_bound, args_w, kwnames)

    def call_function(self, w_func, args_w):
        return w_func.descr_call(self, args_w, None)

    # ---------------------------------------------------------- exceptions
    def new_exception(self, w_type, msg):
        """An exception instance of w_type with one str argument."""
        return W_BaseException(w_type, [self.newtext(msg)])

    def error(self, w_type, msg):
        """An OperationError to raise: `raise space.error(w_type, msg)`."""
        return OperationError(self.new_exception(w_type, msg))

    def memory_error(self):
        """The OperationError for an RPython MemoryError (the -X heapsize
        limit reached), re-arming the limit for the next overrun."""
        from interp import heaplimit
        heaplimit.rearm()
        return self.error(self.w_MemoryError, "memory allocation failed")

    def error_noarg(self, w_type):
        """An OperationError of w_type with no arguments."""
        return OperationError(W_BaseException(w_type, []))

    def type_error(self, msg):
        return self.error(self.w_TypeError, msg)

    def value_error(self, msg):
        return self.error(self.w_ValueError, msg)

    def index_error(self, msg):
        return self.error(self.w_IndexError, msg)

    def attribute_error(self, msg):
        return self.error(self.w_AttributeError, msg)

    def name_error(self, msg):
        return self.error(self.w_NameError, msg)

    def zero_division(self, msg):
        return self.error(self.w_ZeroDivisionError, msg)

    def overflow_error(self, msg):
        return self.error(self.w_OverflowError, msg)

    def key_error(self, w_key):
        return OperationError(W_BaseException(self.w_KeyError, [w_key]))

    def exception_match(self, w_exc, w_check):
        """True if exception instance w_exc matches w_check (a class or a
        tuple of classes), as an `except` clause matches."""
        return issubclass_of(self, jit.promote(self.type(w_exc)), w_check,
                             "catching classes that do not inherit from "
                             "BaseException is not allowed")

    def attach_traceback(self, operr):
        """Remember operr's traceback on its exception instance, so that a
        re-raise (bare `raise`, leaving a finally) continues it."""
        w_exc = operr.w_value
        if isinstance(w_exc, W_BaseException):
            w_exc.traceback = operr.traceback

    def last_traceback_of(self, w_exc):
        if isinstance(w_exc, W_BaseException):
            return w_exc.traceback
        return None

    def stop_iteration(self, w_value):
        """StopIteration carrying a generator's return value."""
        if w_value is None or w_value is self.w_None:
            return self.error_noarg(self.w_StopIteration)
        return OperationError(W_BaseException(self.w_StopIteration, [w_value]))

    def stop_iteration_value(self, w_exc):
        if isinstance(w_exc, W_BaseException) and w_exc.args_w:
            return w_exc.args_w[0]
        return self.w_None

    def make_exception_instance(self, w_obj):
        """What `raise w_obj` raises: an instance, or the class called."""
        if isinstance(w_obj, W_TypeObject):
            if not w_obj.issubtype(self.w_BaseException):
                raise self.type_error("exceptions must derive from BaseException")
            w_obj = self.call(w_obj, [], None)
        if not self.type(w_obj).issubtype(self.w_BaseException):
            raise self.type_error("exceptions must derive from BaseException")
        return w_obj

    def current_frame(self):
        """The interp.frame.Frame running now (the caller of a builtin),
        or None outside any frame."""
        return self.topframeref()

    # ---------------------------------------------------------- modules
    def reset_modules(self):
        """sys.modules back to its start-up state (one program per call of
        the entry point; untranslated tests run many in one process)."""
        self.w_modules.storage.clear()
        self.sys_modules_set('builtins', self.builtins)
        self.heap_locked = False
        self.heap_lock_depth = 0
        del self.sched_queue[:]
        self.sched_pending = False
        self.sched_running = False
        from objspace.modules import math as mathmodule, gc as gcmodule
        mathmodule.runtime_setup(self)
        gcmodule.reset()

    def builtin_module(self, name):
        """The builtin module `name` (made at its first use), or None."""
        moduledef = self.builtin_modules.get(name, None)
        if moduledef is None:
            return None
        return moduledef.module(self)

    def sys_modules_get(self, name):
        """sys.modules[name], or None."""
        return self.w_modules.getitem(self.newtext(name))

    def sys_modules_set(self, name, w_module):
        self.w_modules.setitem(self.newtext(name), w_module)

    def sys_modules_del(self, name):
        w_key = self.newtext(name)
        if self.w_modules.getitem(w_key) is not None:
            self.w_modules.descr_delitem(self, w_key)

    # ---------------------------------------------------------- output
    def write_stdout(self, s):
        """Buffered write to fd 1; flushed at exit, before stderr output and
        when the buffer passes 8 KB."""
        self.stdout_buffer.append(s)
        self.stdout_buffered += len(s)
        if self.stdout_buffered > 8192:
            self.flush_stdout()

    def flush_stdout(self):
        if self.stdout_buffered:
            data = ''.join(self.stdout_buffer)
            del self.stdout_buffer[:]
            self.stdout_buffered = 0
            write_all(1, data)

    def write_stderr(self, s):
        self.flush_stdout()
        write_all(2, s)


def write_all(fd, data):
    """Write all of data to fd, retrying short writes; errors are ignored
    (there is nowhere left to report them)."""
    while data:
        try:
            n = os.write(fd, data)
        except OSError:
            return
        if n <= 0:
            return
        data = data[n:]
