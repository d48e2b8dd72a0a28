"""type: W_TypeObject, the class of every value, builtin or user-defined.

Builtin types are made from their TypeDef when the space is built (at
translation time); `class` statements make user types through
__build_class__ (objspace/builtins.py) and `new_user_type`.  The MRO is
CPython's C3 linearisation.  Attribute lookups on a type are cached for the
JIT behind a version tag that changes whenever the type (or a base) changes.
"""
from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_hash, current_object_addr_as_int

from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import (builtin, W_Function, W_BuiltinFunction)


class VersionTag(object):
    """Identity token: a type's dict is unchanged while its tag is."""


class W_TypeObject(W_Root):
    # is_user_type and new_func are set once, when the class is made
    # (quasi-immutable: constants in traces, a write invalidates them)
    _immutable_fields_ = ['name', 'bases_w', 'layout', 'version_tag?',
                          'w_metatype', 'is_user_type?', 'new_func?']

    def __init__(self, name, bases_w, dict_w, typedef=None, new_func=None,
                 w_metatype=None):
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.layout = typedef      # the TypeDef of a builtin type, else None
        self.new_func = new_func
        self.w_metatype = w_metatype   # None: the class is `type`
        self.version_tag = VersionTag()
        self.subclasses_w = []
        self.is_user_type = False
        self.mro_w = [self]
        for w_base in bases_w:
            w_base.subclasses_w.append(self)
            for w_t in w_base.mro_w:
                if w_t not in self.mro_w:
                    self.mro_w.append(w_t)

    def getclass(self, space):
        if self.w_metatype is not None:
            return self.w_metatype
        return space.w_type

    def repr_w(self, space):
        return "<class '%s'>" % self.name

    def getattr_builtin(self, space, name):
        if name == '__name__' or name == '__qualname__':
            return space.newtext(self.name)
        # (fresh lists: a slice would share the list's RPython type)
        if name == '__bases__':
            return space.newtuple([w_t for w_t in self.bases_w])
        if name == '__mro__':
            return space.newtuple([w_t for w_t in self.mro_w])
        if name == '__dict__':
            w_dict = space.newdict()
            for key, w_value in self.dict_w.items():
                w_dict.setitem(space.newtext(key), w_value)
            return w_dict
        return None

    def lookup(self, name):
        """The attribute `name` from this type's MRO, or None.  Traces
        constant-fold it behind the (promoted) version tag; the interpreter
        goes through the global method cache."""
        if jit.we_are_jitted():
            w_self = jit.promote(self)
            version_tag = jit.promote(w_self.version_tag)
            return w_self._pure_lookup(jit.promote_string(name), version_tag)
        return METHOD_CACHE.lookup(self, name)

    @jit.elidable
    def _pure_lookup(self, name, version_tag):
        for w_t in self.mro_w:
            w_value = w_t.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def set_attr(self, name, w_value):
        """Set (or with w_value None, delete) a class attribute."""
        if w_value is None:
            if name in self.dict_w:
                del self.dict_w[name]
        else:
            self.dict_w[name] = w_value
        self.mutated()

    def mutated(self):
        self.version_tag = VersionTag()
        for w_sub in self.subclasses_w:
            w_sub.mutated()

    @jit.elidable
    def issubtype(self, w_other):
        """Whether w_other is in self's MRO (set when the class is made and
        never changed: elidable)."""
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def descr_call(self, space, args_w, kwnames):
        if self.w_metatype is not None:
            w_call = self.w_metatype.lookup('__call__')
            if w_call is not None and w_call is not type_call.w_builtin:
                return space.call(w_call, [self] + args_w, kwnames)
        new_func = self.new_func
        if new_func is None:
            raise space.type_error("cannot create '%s' instances" % self.name)
        return new_func(space, self, args_w, kwnames)


class MethodCache(object):
    """A direct-mapped cache of type attribute lookups for the interpreter
    (as PyPy's and CPython's method caches): slot hash(version tag, name)
    remembers the (version tag, name, result) of the last lookup there.  A
    type that changes gets a new version tag, so stale slots never match.
    The three tables are allocated at the first lookup (prebuilt, they were
    24 KB of the binary's data)."""
    SIZE_LOG2 = 10

    def __init__(self):
        self.versions = None
        self.names = None
        self.results_w = None

    def _allocate(self):
        size = 1 << self.SIZE_LOG2
        self.versions = [None] * size
        self.names = [None] * size
        self.results_w = [None] * size
    _allocate._dont_inline_ = True

    @jit.dont_look_inside
    def lookup(self, w_type, name):
        if self.versions is None:
            self._allocate()
        version_tag = w_type.version_tag
        h = (compute_hash(name) ^
             (current_object_addr_as_int(version_tag) >> 4))
        index = h & ((1 << self.SIZE_LOG2) - 1)
        if (self.versions[index] is version_tag and
                self.names[index] == name):
            return self.results_w[index]
        w_value = w_type._pure_lookup(name, version_tag)
        self.versions[index] = version_tag
        self.names[index] = name
        self.results_w[index] = w_value
        return w_value


METHOD_CACHE = MethodCache()


def compute_mro(space, name, bases_w):
    """C3 linearisation of a new class's bases (without the class itself)."""
    sequences = [w_b.mro_w[:] for w_b in bases_w]
    sequences.append(bases_w[:])
    result = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        w_candidate = None
        for seq in sequences:
            w_head = seq[0]
            in_tail = False
            for other in sequences:
                for k in range(1, len(other)):
                    if other[k] is w_head:
                        in_tail = True
            if not in_tail:
                w_candidate = w_head
                break
        if w_candidate is None:
            raise space.type_error("Cannot create a consistent method "
                                   "resolution order (MRO) for bases of %s"
                                   % name)
        result.append(w_candidate)
        for seq in sequences:
            if seq[0] is w_candidate:
                del seq[0]


@jit.elidable
def issubclass_of(space, w_cls, w_check, error):
    """Whether class w_cls is w_check or a subclass of it, or of a class of
    the tuple w_check (tuples nest); TypeError(error) for anything else in
    w_check.  For issubclass() and `except` clauses.  Elidable: a class's
    MRO and a tuple's items never change, so with constant arguments (the
    exception's class and an except clause's classes) a trace folds it."""
    from objspace.tupleobject import W_TupleObject
    if isinstance(w_check, W_TupleObject):
        for w_t in w_check.items_w:
            if issubclass_of(space, w_cls, w_t, error):
                return True
        return False
    if not isinstance(w_check, W_TypeObject):
        raise space.type_error(error)
    return w_cls.issubtype(w_check)


@jit.elidable
def solid_base(space, w_type):
    """The builtin type whose layout instances of w_type have (elidable:
    the MRO is fixed when the class is made)."""
    for w_t in w_type.mro_w:
        if not w_t.is_user_type:
            return w_t
    return space.w_object


def new_user_type(space, w_metatype, name, bases_w, w_namespace):
    """A class made by a `class` statement or type(name, bases, dict)."""
    from objspace.dictobject import W_DictObject
    from objspace.strobject import W_StrObject
    if not bases_w:
        bases_w = [space.w_object]
    from objspace import usertype
    w_layout = space.w_object
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.type_error("bases must be types")
        w_solid = solid_base(space, w_base)
        if not (w_solid is space.w_object or w_solid is space.w_type
                or w_solid.issubtype(space.w_BaseException)
                or usertype.subclassable(space, w_solid)):
            raise space.type_error("type '%s' is not an acceptable base type"
                                   % w_solid.name)
        if w_solid is space.w_object:
            continue
        if w_layout is space.w_object or w_layout.issubtype(w_solid):
            if w_layout is space.w_object:
                w_layout = w_solid
        elif w_solid.issubtype(w_layout):
            w_layout = w_solid
        else:
            raise space.type_error("multiple bases have instance lay-out "
                                   "conflict")
    dict_w = {}
    assert isinstance(w_namespace, W_DictObject)
    for w_key, w_value in w_namespace.storage.iteritems():
        if not isinstance(w_key, W_StrObject):
            raise space.type_error("class namespace keys must be str")
        dict_w[w_key.utf8] = w_value
    if '__eq__' in dict_w and '__hash__' not in dict_w:
        dict_w['__hash__'] = space.w_None     # as CPython: unhashable
    w_meta = None
    if w_metatype is not space.w_type:
        w_meta = w_metatype
    w_type = W_TypeObject(name, bases_w, dict_w, None, call_user_type, w_meta)
    w_type.is_user_type = True
    w_type.mro_w = [w_type] + compute_mro(space, name, bases_w)
    if w_type.issubtype(space.w_type):
        w_type.new_func = _metatype_call
    return w_type


@jit.unroll_safe
def instantiate(space, w_type, args_w, kwnames=None):
    """A new instance of the user type w_type, not yet __init__ed (for a
    subclass of an immutable builtin type, made from the arguments)."""
    from objspace.instanceobject import W_InstanceObject
    from objspace.exceptions import W_BaseException
    from objspace import usertype
    if w_type.issubtype(space.w_BaseException):
        npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
        return W_BaseException(w_type, [args_w[i] for i in range(npos)])
    if space.heap_locked:
        raise space.heap_locked_error()
    w_solid = solid_base(space, w_type)
    if w_solid is not space.w_object:
        w_obj = usertype.new_user_instance(space, w_type, w_solid, args_w,
                                           kwnames)
        if w_obj is not None:
            return w_obj
    return W_InstanceObject(w_type)


def call_user_type(space, w_type, args_w, kwnames):
    """Calling a user class: __new__, then __init__ on the result."""
    w_new = w_type.lookup('__new__')
    if w_new is None or w_new is object_new.w_builtin:
        npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
        if (npos > 0 and w_type.lookup('__init__') is object_init.w_builtin
                and solid_base(space, w_type) is space.w_object):
            raise space.type_error("function takes 1 positional arguments "
                                   "but %d were given" % (npos + 1))
        w_obj = instantiate(space, w_type, args_w, kwnames)
    else:
        w_new_func = w_new.get_descr(space, None, w_type)
        w_obj = space.call(w_new_func, [w_type] + args_w, kwnames)
        if not space.type(w_obj).issubtype(w_type):
            return w_obj
    w_init = w_type.lookup('__init__')
    if w_init is not None and w_init is not object_init.w_builtin:
        w_res = space.call_bound(w_init, w_obj, args_w, kwnames)
        if not space.is_none(w_res):
            raise space.type_error("__init__() should return None")
    return w_obj


@builtin('__init__', 1, -1, keywords=True)
def object_init(space, args_w, kwnames):
    return space.w_None


@builtin('__new__', 1, -1, keywords=True)
def object_new(space, args_w, kwnames):
    w_type = args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.type_error("object.__new__(X): X is not a type object")
    if not w_type.is_user_type:
        return space.call(w_type, args_w[1:], kwnames)
    return instantiate(space, w_type, args_w[1:], kwnames)


@builtin('__setattr__', 3, 3)
def object_setattr(space, args_w, kwnames):
    space.generic_setattr(args_w[0], space.text_w(args_w[1]), args_w[2])
    return space.w_None


@builtin('__getattribute__', 2, 2)
def object_getattribute(space, args_w, kwnames):
    name = space.text_w(args_w[1])
    w_value = space.generic_findattr(args_w[0], name)
    if w_value is None:
        raise space.attribute_error("'%s' object has no attribute '%s'"
                                    % (space.type_name(args_w[0]), name))
    return w_value


@builtin('__delattr__', 2, 2)
def object_delattr(space, args_w, kwnames):
    space.generic_delattr(args_w[0], space.text_w(args_w[1]))
    return space.w_None


def _type_new(space, w_type, args_w, kwnames):
    """type(x), or type(name, bases, ns, **kw) making a class (keywords
    are for __init_subclass__, ignored here)."""
    from objspace.tupleobject import W_TupleObject
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos == 1 and w_type is space.w_type and kwnames is None:
        return space.type(args_w[0])
    if npos != 3:
        raise space.type_error("type() takes 1 or 3 arguments")
    w_bases = args_w[1]
    if not isinstance(w_bases, W_TupleObject):
        raise space.type_error("type() argument 2 must be tuple")
    bases_w = []
    for w_base in w_bases.items_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.type_error("bases must be types")
        bases_w.append(w_base)
    return new_user_type(space, w_type, space.text_w(args_w[0]), bases_w,
                         args_w[2])


@builtin('__new__', 1, -1, keywords=True)
def type_new(space, args_w, kwnames):
    w_meta = args_w[0]
    if not isinstance(w_meta, W_TypeObject):
        raise space.type_error("type.__new__(X): X is not a type object")
    return _type_new(space, w_meta, args_w[1:], kwnames)


@builtin('__init__', 1, -1, keywords=True)
def type_init(space, args_w, kwnames):
    return space.w_None


@builtin('__call__', 1, -1, keywords=True)
def type_call(space, args_w, kwnames):
    w_type = args_w[0]
    if not isinstance(w_type, W_TypeObject) or w_type.new_func is None:
        raise space.type_error("descriptor '__call__' requires a 'type'")
    return w_type.new_func(space, w_type, args_w[1:], kwnames)


def _metatype_call(space, w_meta, args_w, kwnames):
    """Calling a metaclass (a user subclass of type) makes a class:
    Meta.__new__(Meta, name, bases, ns), then Meta.__init__ on it."""
    if len(args_w) == 1 and kwnames is None:
        return space.type(args_w[0])
    w_new = w_meta.lookup('__new__')
    if w_new is None or w_new is type_new.w_builtin:
        w_cls = _type_new(space, w_meta, args_w, kwnames)
    else:
        w_cls = space.call(w_new.get_descr(space, None, w_meta),
                           [w_meta] + args_w, kwnames)
    w_init = w_meta.lookup('__init__')
    if (w_init is not None and w_init is not type_init.w_builtin
            and space.type(w_cls).issubtype(w_meta)):
        space.call_bound(w_init, w_cls, args_w, kwnames)
    return w_cls


W_TypeObject.typedef = TypeDef('type', new=_type_new, methods={
    '__new__': type_new.w_builtin,
    '__init__': type_init.w_builtin,
    '__call__': type_call.w_builtin,
})
from objspace.formatting import object_format

OBJECT_METHODS = {
    '__init__': object_init.w_builtin,
    '__new__': object_new.w_builtin,
    '__setattr__': object_setattr.w_builtin,
    '__getattribute__': object_getattribute.w_builtin,
    '__delattr__': object_delattr.w_builtin,
    '__format__': object_format.w_builtin,
}
