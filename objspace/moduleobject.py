"""module: W_ModuleObject, a name and a dict of globals."""
from objspace.baseobject import W_Root, TypeDef


class W_ModuleObject(W_Root):
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict

    def getdict(self, space):
        return self.w_dict

    def repr_w(self, space):
        return "<module '%s'>" % self.name


W_ModuleObject.typedef = TypeDef('module')
