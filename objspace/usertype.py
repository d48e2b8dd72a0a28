"""User subclasses of builtin types: `class Stack(list)`, `class Celsius(float)`.

For each builtin type that may be subclassed (int, float, complex, str,
bytes, tuple, list, dict, set, frozenset), translation time makes an
interp-level subclass, e.g. W_ListUser(W_ListObject), whose instances also
carry their class and instance attributes (through maps, as
W_ClassInstance).  Every protocol method first looks for the special method
in the user's classes (those before the builtin type in the MRO) and falls
back to the builtin type's own behaviour; so a subclass behaves as the
builtin type wherever RPython code checks `isinstance(w, W_ListObject)`.

The builtin types also get their protocol as special methods in their dicts
(`list.__getitem__`, `int.__add__`, ...) where they don't already have them,
so that `super().__getitem__(i)` and `list.__len__(s)` work, and the mutable
ones get `__init__` (list, dict, set, bytearray fill in __init__, as in
CPython, so that a subclass's own __init__ signature is free).

Behaviour: CPython 3's data model ("Special method names"); instance layout
conflicts ("multiple bases have instance lay-out conflict") as CPython.
"""
import inspect
import re

from rpython.rlib.objectmodel import we_are_translated, instantiate
from rpython.rlib.unroll import unrolling_iterable

from interp.error import OperationError
from objspace.baseobject import W_Root
from objspace.functionobject import W_BuiltinFunction
from objspace.mapdict import EMPTY_MAP, InstanceAttrsMixin


# (W_Root method, dunder, kind): kinds say how to adapt the interp-level
# result to the application level and back
PROTOCOL = [
    ('descr_eq', '__eq__', 'binary'), ('descr_ne', '__ne__', 'binary'),
    ('descr_lt', '__lt__', 'binary'), ('descr_le', '__le__', 'binary'),
    ('descr_gt', '__gt__', 'binary'), ('descr_ge', '__ge__', 'binary'),
    ('descr_add', '__add__', 'binary'), ('descr_radd', '__radd__', 'binary'),
    ('descr_sub', '__sub__', 'binary'), ('descr_rsub', '__rsub__', 'binary'),
    ('descr_mul', '__mul__', 'binary'), ('descr_rmul', '__rmul__', 'binary'),
    ('descr_truediv', '__truediv__', 'binary'),
    ('descr_rtruediv', '__rtruediv__', 'binary'),
    ('descr_floordiv', '__floordiv__', 'binary'),
    ('descr_rfloordiv', '__rfloordiv__', 'binary'),
    ('descr_mod', '__mod__', 'binary'), ('descr_rmod', '__rmod__', 'binary'),
    ('descr_pow', '__pow__', 'binary'), ('descr_rpow', '__rpow__', 'binary'),
    ('descr_lshift', '__lshift__', 'binary'),
    ('descr_rlshift', '__rlshift__', 'binary'),
    ('descr_rshift', '__rshift__', 'binary'),
    ('descr_rrshift', '__rrshift__', 'binary'),
    ('descr_and', '__and__', 'binary'), ('descr_rand', '__rand__', 'binary'),
    ('descr_or', '__or__', 'binary'), ('descr_ror', '__ror__', 'binary'),
    ('descr_xor', '__xor__', 'binary'), ('descr_rxor', '__rxor__', 'binary'),
    ('descr_matmul', '__matmul__', 'binary'),
    ('descr_rmatmul', '__rmatmul__', 'binary'),
    ('descr_iadd', '__iadd__', 'binary'), ('descr_imul', '__imul__', 'binary'),
    ('descr_neg', '__neg__', 'unary'), ('descr_pos', '__pos__', 'unary'),
    ('descr_invert', '__invert__', 'unary'), ('descr_abs', '__abs__', 'unary'),
    ('descr_getitem', '__getitem__', 'unary1'),
    ('descr_setitem', '__setitem__', 'setitem'),
    ('descr_delitem', '__delitem__', 'delitem'),
    ('descr_contains', '__contains__', 'contains'),
    ('descr_iter', '__iter__', 'unary'),
    ('descr_next', '__next__', 'next'),
    ('len_w', '__len__', 'len'),
    ('hash_w', '__hash__', 'hash'),
    ('repr_w', '__repr__', 'repr'),
    ('str_w', '__str__', 'repr'),
    ('is_true', '__bool__', 'bool'),
]


def _fields_of(cls):
    """The instance fields RPython code assigns in cls and its bases
    (`self.x = ...` in their source), for copying an instance."""
    fields = []
    for klass in inspect.getmro(cls):
        if klass is W_Root or klass is object:
            break
        try:
            source = inspect.getsource(klass)
        except (IOError, TypeError):
            continue
        for name in re.findall(r'\bself\.(\w+)\s*=[^=]', source):
            if name not in fields:
                fields.append(name)
    return fields


def _make_copier(cls, user_cls):
    """copy(w_src, w_type) -> a user_cls instance with w_src's state."""
    lines = ["def copy(w_src, w_type):",
             "    w_new = instantiate(user_cls)"]
    for name in _fields_of(cls):
        lines.append("    if we_are_translated() or hasattr(w_src, %r):"
                     % name)
        lines.append("        w_new.%s = w_src.%s" % (name, name))
    lines.append("    w_new.w_class = w_type")
    lines.append("    w_new.attr_map = EMPTY_MAP")
    lines.append("    w_new.attr_values = None")
    lines.append("    w_new.attr_dict = None")
    lines.append("    return w_new")
    ns = {'instantiate': instantiate, 'user_cls': user_cls,
          'we_are_translated': we_are_translated, 'EMPTY_MAP': EMPTY_MAP}
    exec "\n".join(lines) in ns
    return ns['copy']


def typedef_of(base_cls):
    """The TypeDef of the type whose values base_cls holds (big ints,
    W_LongObject, are ints)."""
    if base_cls.typedef is None:
        from objspace.intobject import W_IntObject
        return W_IntObject.typedef
    return base_cls.typedef


def _user_special(space, w_class, typedef, dunder):
    """The special method `dunder` as defined by the user's classes (up
    to the builtin type of `typedef`), or None when the builtin base's own
    behaviour applies.  One shared copy, never inlined: specialised and
    inlined into each of the 11 x 50 protocol methods below, it made
    400 KB of code."""
    w_descr = w_class.lookup(dunder)
    if w_descr is None:
        return None
    if w_descr is typedef.w_type.lookup(dunder):
        return None
    return w_descr
_user_special._dont_inline_ = True


def _user_special_solid(space, w_class, dunder):
    """_user_special where the builtin base is not known statically: the
    overrides shared by all user classes whose builtin base does not
    implement the protocol method itself (W_Root's default applies)."""
    from objspace.typeobject import solid_base
    w_descr = w_class.lookup(dunder)
    if w_descr is None:
        return None
    if w_descr is solid_base(space, w_class).lookup(dunder):
        return None
    return w_descr
_user_special_solid._dont_inline_ = True


# The user's special method called, its result adapted: one shared,
# never-inlined body per kind of protocol method (each was written out in
# each of the 11 x 50 overrides below: 300 KB of code).
def _call_binary(space, w_descr, w_self, w_other):
    w_res = space.call_bound(w_descr, w_self, [w_other])
    if w_res is space.w_NotImplemented:
        return None
    return w_res
_call_binary._dont_inline_ = True


def _call_0(space, w_descr, w_self):
    return space.call_bound(w_descr, w_self, [])
_call_0._dont_inline_ = True


def _call_1(space, w_descr, w_self, w_arg):
    return space.call_bound(w_descr, w_self, [w_arg])
_call_1._dont_inline_ = True


def _call_2(space, w_descr, w_self, w_arg1, w_arg2):
    space.call_bound(w_descr, w_self, [w_arg1, w_arg2])
_call_2._dont_inline_ = True


def _call_contains(space, w_descr, w_self, w_item):
    return space.is_true(space.call_bound(w_descr, w_self, [w_item]))
_call_contains._dont_inline_ = True


def _call_next(space, w_descr, w_self):
    try:
        return space.call_bound(w_descr, w_self, [])
    except OperationError as e:
        if e.match(space, space.w_StopIteration):
            return None
        raise
_call_next._dont_inline_ = True


def _call_len(space, w_descr, w_self):
    n = space.int_w(space.call_bound(w_descr, w_self, []))
    if n < 0:
        raise space.value_error("__len__() should return >= 0")
    return n
_call_len._dont_inline_ = True


def _unhashable(space, w_class):
    raise space.type_error("unhashable type: '%s'" % w_class.name)
_unhashable._dont_inline_ = True


def _call_hash(space, w_descr, w_self, w_class):
    if w_descr is space.w_None:
        _unhashable(space, w_class)
    return space.int_w(space.call_bound(w_descr, w_self, []))
_call_hash._dont_inline_ = True


def _call_text(space, w_descr, w_self):
    return space.text_w(space.call_bound(w_descr, w_self, []))
_call_text._dont_inline_ = True


def _call_bool(space, w_descr, w_self):
    return space.is_true(space.call_bound(w_descr, w_self, []))
_call_bool._dont_inline_ = True


def _call_len_bool(space, w_descr, w_self):
    return space.int_w(space.call_bound(w_descr, w_self, [])) != 0
_call_len_bool._dont_inline_ = True


def _override(base_cls, meth, dunder, kind):
    """base_cls.meth for the user subclass: the user's `dunder` if a class
    before the builtin one in the MRO defines it, else base_cls's own.
    base_cls None: the override shared by the user classes of every
    builtin type that has only W_Root's default for meth."""
    if base_cls is None:
        base_meth = W_Root.__dict__[meth]
        typedef = None
    else:
        base_meth = getattr(base_cls, meth)
        typedef = typedef_of(base_cls)

    def find(space, w_self, name):
        # (typedef is a constant: one branch is left per override)
        if typedef is None:
            return _user_special_solid(space, w_self.getclass(space), name)
        return _user_special(space, w_self.getclass(space), typedef, name)
    find._always_inline_ = True

    if kind == 'binary':
        def f(self, space, w_other):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space, w_other)
            return _call_binary(space, w_descr, self, w_other)
    elif kind == 'unary':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space)
            return _call_0(space, w_descr, self)
    elif kind == 'unary1':
        def f(self, space, w_arg):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space, w_arg)
            return _call_1(space, w_descr, self, w_arg)
    elif kind == 'setitem':
        def f(self, space, w_index, w_value):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                base_meth(self, space, w_index, w_value)
            else:
                _call_2(space, w_descr, self, w_index, w_value)
    elif kind == 'delitem':
        def f(self, space, w_index):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                base_meth(self, space, w_index)
            else:
                _call_1(space, w_descr, self, w_index)
    elif kind == 'contains':
        def f(self, space, w_item):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space, w_item)
            return _call_contains(space, w_descr, self, w_item)
    elif kind == 'next':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space)
            return _call_next(space, w_descr, self)
    elif kind == 'len':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                return base_meth(self, space)
            return _call_len(space, w_descr, self)
    elif kind == 'hash':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                w_class = self.getclass(space)
                if w_class.lookup(dunder) is space.w_None:
                    _unhashable(space, w_class)
                return base_meth(self, space)
            return _call_hash(space, w_descr, self, self.getclass(space))
    elif kind == 'repr':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                if dunder == '__str__':
                    # str() falls back to the (maybe user-defined) __repr__
                    w_repr = find(space, self, '__repr__')
                    if w_repr is not None:
                        return _call_text(space, w_repr, self)
                return base_meth(self, space)
            return _call_text(space, w_descr, self)
    elif kind == 'bool':
        def f(self, space):
            w_descr = find(space, self, dunder)
            if w_descr is None:
                w_len = find(space, self, '__len__')
                if w_len is not None:
                    return _call_len_bool(space, w_len, self)
                return base_meth(self, space)
            return _call_bool(space, w_descr, self)
    else:
        raise ValueError(kind)
    f.func_name = '%s_%s' % (base_cls.__name__ if base_cls else 'W_User',
                             meth)
    return f


_shared_overrides = {}


def _shared_override(meth, dunder, kind):
    if meth not in _shared_overrides:
        _shared_overrides[meth] = _override(None, meth, dunder, kind)
    return _shared_overrides[meth]


def _user_getattr_builtin(base_cls):
    base_meth = base_cls.getattr_builtin

    def getattr_builtin(self, space, name):
        if name == '__dict__':
            return self.getdict(space)
        if self.getattr_instance(space, name) is not None:
            return None
        return base_meth(self, space, name)
    return getattr_builtin


def _user_call(base_cls):
    base_meth = base_cls.descr_call
    typedef = typedef_of(base_cls)

    def descr_call(self, space, args_w, kwnames):
        w_descr = _user_special(space, self.w_class, typedef, '__call__')
        if w_descr is None:
            return base_meth(self, space, args_w, kwnames)
        return space.call(w_descr, [self] + args_w, kwnames)
    return descr_call


def make_user_class(base_cls):
    """The interp-level class of instances of user subclasses of base_cls."""
    def getclass(self, space):
        return self.w_class

    body = {
        'getclass': getclass,
        'getattr_builtin': _user_getattr_builtin(base_cls),
        'descr_call': _user_call(base_cls),
    }
    for meth, dunder, kind in PROTOCOL:
        if _own_method(base_cls, meth):
            body[meth] = _override(base_cls, meth, dunder, kind)
        else:
            body[meth] = _shared_override(meth, dunder, kind)
    user_cls = type(base_cls.__name__ + 'User',
                    (InstanceAttrsMixin, base_cls), body)
    return user_cls


# ------------------------------------------------ protocol as special methods
def _dunder_builtin(base_cls, meth, dunder, kind):
    """base_cls's own behaviour for `dunder`, as a builtin method (what
    `super().__getitem__(i)` finds)."""
    base_meth = getattr(base_cls, meth)
    tname = typedef_of(base_cls).name
    nargs = {'binary': 2, 'unary': 1, 'unary1': 2, 'setitem': 3,
             'delitem': 2, 'contains': 2, 'next': 1, 'len': 1, 'hash': 1,
             'repr': 1, 'bool': 1}[kind]

    def func(space, args_w, kwnames):
        w_self = args_w[0]
        if not isinstance(w_self, base_cls):
            _descriptor_error(space, dunder, tname)
        if kind == 'binary':
            w_res = base_meth(w_self, space, args_w[1])
            return space.w_NotImplemented if w_res is None else w_res
        elif kind == 'unary':
            return base_meth(w_self, space)
        elif kind == 'unary1':
            return base_meth(w_self, space, args_w[1])
        elif kind == 'setitem':
            base_meth(w_self, space, args_w[1], args_w[2])
            return space.w_None
        elif kind == 'delitem':
            base_meth(w_self, space, args_w[1])
            return space.w_None
        elif kind == 'contains':
            return space.newbool(base_meth(w_self, space, args_w[1]))
        elif kind == 'next':
            w_res = base_meth(w_self, space)
            if w_res is None:
                raise space.error_noarg(space.w_StopIteration)
            return w_res
        elif kind == 'len' or kind == 'hash':
            return space.newint(base_meth(w_self, space))
        elif kind == 'repr':
            return space.newtext(base_meth(w_self, space))
        else:
            return space.newbool(base_meth(w_self, space))
    func.func_name = '%s_%s' % (tname, dunder.strip('_'))
    return W_BuiltinFunction(dunder, func, nargs, nargs)


def _descriptor_error(space, dunder, tname):
    # formatted at run time: a message per (type, special method), made
    # when translating, was 11 KB of prebuilt strings
    raise space.type_error("descriptor '%s' requires a '%s' object"
                           % (dunder, tname))
_descriptor_error._dont_inline_ = True


def _own_method(base_cls, meth):
    """True if base_cls (not just W_Root) implements protocol method meth."""
    for klass in inspect.getmro(base_cls):
        if klass is W_Root:
            return False
        if meth in klass.__dict__:
            return True
    return False


def add_special_methods(base_cls):
    if base_cls.typedef is None:
        return
    methods = base_cls.typedef.methods
    for meth, dunder, kind in PROTOCOL:
        if dunder in methods or not _own_method(base_cls, meth):
            continue
        if dunder == '__str__' and 'repr_w' in base_cls.__dict__ and \
                'str_w' not in base_cls.__dict__:
            continue
        methods[dunder] = _dunder_builtin(base_cls, meth, dunder, kind)


def _new_of(space, w_own, name, args_w, kwnames):
    """T.__new__(cls, *args) for the builtin type w_own (named name)."""
    from objspace.typeobject import W_TypeObject, solid_base
    w_cls = args_w[0]
    if not isinstance(w_cls, W_TypeObject) or not w_cls.issubtype(w_own):
        raise space.type_error("%s.__new__(X): X is not a subtype of %s"
                               % (name, name))
    if w_cls is w_own:
        return w_own.new_func(space, w_own, args_w[1:], kwnames)
    return new_user_instance(space, w_cls, solid_base(space, w_cls),
                             args_w[1:], kwnames)
_new_of._dont_inline_ = True


def _builtin_new(base_cls):
    """T.__new__(cls, ...) for builtin type T: a T, or an instance of the
    user subclass cls (what `super().__new__(cls, value)` gives)."""
    typedef = base_cls.typedef

    def func(space, args_w, kwnames):
        return _new_of(space, typedef.w_type, typedef.name, args_w, kwnames)
    func.func_name = '%s_new' % typedef.name
    from objspace.descriptors import W_StaticMethod
    return W_StaticMethod(W_BuiltinFunction('__new__', func, 1, -1, True))


def _mutable_init(clear_and_fill):
    def func(space, args_w, kwnames):
        clear_and_fill(space, args_w[0], args_w[1:], kwnames)
        return space.w_None
    return W_BuiltinFunction('__init__', func, 1, -1, True)


def call_method(space, w_obj, name, args_w, kwnames=None):
    return space.call(space.getattr(w_obj, name), args_w, kwnames)


def _init_list(space, w_self, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    call_method(space, w_self, 'clear', [])
    if args_w:
        call_method(space, w_self, 'extend', [args_w[0]])


def _init_update(space, w_self, args_w, kwnames):
    call_method(space, w_self, 'clear', [])
    call_method(space, w_self, 'update', args_w, kwnames)


def _init_set(space, w_self, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    call_method(space, w_self, 'clear', [])
    if args_w:
        call_method(space, w_self, 'update', [args_w[0]])


# ------------------------------------------------------------ the registry
def _builtin_classes():
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.floatobject import W_FloatObject
    from objspace.complexobject import W_ComplexObject
    from objspace.strobject import W_StrObject
    from objspace.bytesobject import W_BytesObject
    from objspace.tupleobject import W_TupleObject
    from objspace.listobject import W_ListObject
    from objspace.dictobject import W_DictObject
    from objspace.setobject import W_SetObject, W_FrozensetObject
    # (class, mutable: filled by __init__ rather than by new)
    return [(W_IntObject, None), (W_LongObject, None), (W_FloatObject, None),
            (W_ComplexObject, None), (W_StrObject, None),
            (W_BytesObject, None), (W_TupleObject, None),
            (W_ListObject, _init_list), (W_DictObject, _init_update),
            (W_SetObject, _init_set), (W_FrozensetObject, None)]


USER_CLASSES = []       # [(base interp-level class, user class, copier,
                        #   mutable)]
_unrolled_user_classes = None


def setup():
    """Make the user classes and the special methods (before the space
    builds the type objects)."""
    global _unrolled_user_classes
    if USER_CLASSES:
        return
    for base_cls, init in _builtin_classes():
        add_special_methods(base_cls)
        if init is not None and '__init__' not in base_cls.typedef.methods:
            base_cls.typedef.methods['__init__'] = _mutable_init(init)
        if base_cls.typedef is not None and base_cls.typedef.new is not None:
            base_cls.typedef.methods['__new__'] = _builtin_new(base_cls)
        user_cls = make_user_class(base_cls)
        USER_CLASSES.append((base_cls, user_cls,
                             _make_copier(base_cls, user_cls),
                             init is not None))
    _unrolled_user_classes = unrolling_iterable(USER_CLASSES)


def subclassable(space, w_type):
    """True if user classes may derive from builtin type w_type."""
    for base_cls, user_cls, copier, mutable in _unrolled_user_classes:
        if typedef_of(base_cls).w_type is w_type:
            return True
    return False


def new_user_instance(space, w_type, w_solid, args_w, kwnames):
    """An instance of user class w_type whose builtin base is w_solid: the
    builtin's new (with the arguments for immutable types, empty for
    mutable ones, which __init__ fills), made an instance of w_type; None
    if w_solid can't be subclassed."""
    for base_cls, user_cls, copier, mutable in _unrolled_user_classes:
        if typedef_of(base_cls).w_type is w_solid:
            if mutable:
                w_base = w_solid.new_func(space, w_solid, [], None)
            else:
                w_base = w_solid.new_func(space, w_solid, args_w, kwnames)
            return convert(space, w_base, w_type)
    return None


def convert(space, w_base, w_type):
    """w_base (a plain builtin value) as an instance of user class w_type;
    a value of another type (an int's new may give a big int) is converted
    by its own class's entry."""
    for base_cls, user_cls, copier, mutable in _unrolled_user_classes:
        if isinstance(w_base, base_cls):
            return copier(w_base, w_type)
    raise space.type_error("%s.__new__ gave a '%s'"
                           % (w_type.name, space.type_name(w_base)))
