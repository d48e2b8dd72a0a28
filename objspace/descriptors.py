"""Descriptors from the builtins: property, classmethod, staticmethod, and
super.  Behaviour: CPython 3's "Descriptor HowTo Guide" and the builtins
documentation."""
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import W_Method, builtin


class W_Property(W_Root):
    """property(fget, fset, fdel, doc): a data descriptor."""

    def __init__(self, w_fget, w_fset, w_fdel):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel

    def get_descr(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        if space.is_none(self.w_fget):
            raise space.attribute_error("unreadable attribute")
        return space.call_function(self.w_fget, [w_obj])

    def is_data_descr(self, space):
        return True

    def set_descr(self, space, w_obj, w_value):
        if space.is_none(self.w_fset):
            raise space.attribute_error("can't set attribute")
        space.call_function(self.w_fset, [w_obj, w_value])

    def delete_descr(self, space, w_obj):
        if space.is_none(self.w_fdel):
            raise space.attribute_error("can't delete attribute")
        space.call_function(self.w_fdel, [w_obj])


def _property_new(space, w_type, args_w, kwnames):
    from objspace.functionobject import get_keyword
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    slots_w = [space.w_None, space.w_None, space.w_None]
    for i in range(min(npos, 3)):
        slots_w[i] = args_w[i]
    names = ['fget', 'fset', 'fdel']
    for i in range(3):
        w_kw = get_keyword(args_w, kwnames, names[i])
        if w_kw is not None:
            slots_w[i] = w_kw
    return W_Property(slots_w[0], slots_w[1], slots_w[2])


def _self_property(space, w_obj):
    if not isinstance(w_obj, W_Property):
        raise space.type_error("descriptor requires a 'property' object")
    return w_obj


@builtin('getter', 2, 2)
def property_getter(space, args_w, kwnames):
    p = _self_property(space, args_w[0])
    return W_Property(args_w[1], p.w_fset, p.w_fdel)


@builtin('setter', 2, 2)
def property_setter(space, args_w, kwnames):
    p = _self_property(space, args_w[0])
    return W_Property(p.w_fget, args_w[1], p.w_fdel)


@builtin('deleter', 2, 2)
def property_deleter(space, args_w, kwnames):
    p = _self_property(space, args_w[0])
    return W_Property(p.w_fget, p.w_fset, args_w[1])


class W_ClassMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def get_descr(self, space, w_obj, w_type):
        if w_type is None:
            w_type = space.type(w_obj)
        return W_Method(self.w_function, w_type)


class W_StaticMethod(W_Root):
    def __init__(self, w_function):
        self.w_function = w_function

    def get_descr(self, space, w_obj, w_type):
        return self.w_function


def _classmethod_new(space, w_type, args_w, kwnames):
    if len(args_w) != 1 or kwnames is not None:
        raise space.type_error("function takes 1 positional arguments")
    return W_ClassMethod(args_w[0])


def _staticmethod_new(space, w_type, args_w, kwnames):
    if len(args_w) != 1 or kwnames is not None:
        raise space.type_error("function takes 1 positional arguments")
    return W_StaticMethod(args_w[0])


class W_Super(W_Root):
    """super(type, obj): attribute lookup starting after `type` in the MRO
    of obj's class (or of obj itself when obj is a class)."""

    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def getattr_builtin(self, space, name):
        mro_w = self.w_objtype.mro_w
        found = False
        for w_t in mro_w:
            if found:
                w_value = w_t.dict_w.get(name, None)
                if w_value is not None:
                    w_obj = self.w_obj
                    if w_obj is self.w_objtype:
                        return w_value.get_descr(space, None, self.w_objtype)
                    return w_value.get_descr(space, w_obj, self.w_objtype)
            elif w_t is self.w_starttype:
                found = True
        return None

    def repr_w(self, space):
        return "<super: <class '%s'>, <%s object>>" % (
            self.w_starttype.name, self.w_objtype.name)


def _super_new(space, w_type, args_w, kwnames):
    from objspace.typeobject import W_TypeObject
    if len(args_w) != 2:
        raise space.type_error("super() can't find self" if not args_w else
                               "super() takes 2 arguments")
    w_start = args_w[0]
    w_obj = args_w[1]
    if not isinstance(w_start, W_TypeObject):
        raise space.type_error("super() argument 1 must be type")
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_start):
        w_objtype = w_obj
    else:
        w_objtype = space.type(w_obj)
        if not w_objtype.issubtype(w_start):
            raise space.type_error("super(type, obj): obj must be an instance "
                                   "or subtype of type")
    return W_Super(w_start, w_obj, w_objtype)


W_Property.typedef = TypeDef('property', new=_property_new, methods={
    'getter': property_getter.w_builtin,
    'setter': property_setter.w_builtin,
    'deleter': property_deleter.w_builtin,
})
W_ClassMethod.typedef = TypeDef('classmethod', new=_classmethod_new)
W_StaticMethod.typedef = TypeDef('staticmethod', new=_staticmethod_new)
W_Super.typedef = TypeDef('super', new=_super_new)
