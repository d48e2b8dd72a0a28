"""The singletons None, NotImplemented and Ellipsis."""
from objspace.baseobject import W_Root, TypeDef


class W_NoneObject(W_Root):

    def is_true(self, space):
        return False

    def repr_w(self, space):
        return 'None'


class W_NotImplemented(W_Root):

    def repr_w(self, space):
        return 'NotImplemented'


class W_Ellipsis(W_Root):

    def repr_w(self, space):
        return 'Ellipsis'


W_NoneObject.typedef = TypeDef('NoneType')
W_NotImplemented.typedef = TypeDef('NotImplementedType')
W_Ellipsis.typedef = TypeDef('ellipsis')
