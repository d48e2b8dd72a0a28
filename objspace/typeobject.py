"""type: W_TypeObject, the class of every value.

Builtin types are made from their TypeDef when the space is built (at
translation time); classes made by `class` statements come with the VM
work.  Attribute lookup walks the MRO (`lookup`).
"""
from rpython.rlib import jit

from objspace.baseobject import W_Root, TypeDef


class W_TypeObject(W_Root):
    _immutable_fields_ = ['name', 'bases_w', 'mro_w', 'layout',
                          'new_func']

    def __init__(self, name, bases_w, dict_w, typedef=None, new_func=None):
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.layout = typedef      # the TypeDef of a builtin type, else None
        self.new_func = new_func
        self.mro_w = [self]
        for w_base in bases_w:
            for w_t in w_base.mro_w:
                if w_t not in self.mro_w:
                    self.mro_w.append(w_t)

    def getclass(self, space):
        return space.w_type

    def repr_w(self, space):
        return "<class '%s'>" % self.name

    @jit.elidable
    def lookup(self, name):
        """The attribute `name` from this type's MRO, or None."""
        for w_t in self.mro_w:
            w_value = w_t.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def descr_call(self, space, args_w, kwnames):
        new_func = self.new_func
        if new_func is None:
            raise space.type_error("cannot create '%s' instances" % self.name)
        return new_func(space, self, args_w, kwnames)


def _type_new(space, w_type, args_w, kwnames):
    if len(args_w) == 1:
        return space.type(args_w[0])
    raise space.type_error("type() takes 1 or 3 arguments")


W_TypeObject.typedef = TypeDef('type', new=_type_new)
