"""bool: the subclass of int with the two prebuilt values True and False."""
from objspace.baseobject import TypeDef
from objspace.intobject import W_IntObject


class W_BoolObject(W_IntObject):

    def repr_w(self, space):
        return 'True' if self.intval else 'False'

    def descr_and(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval & w_other.intval))
        return W_IntObject.descr_and(self, space, w_other)

    def descr_or(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval | w_other.intval))
        return W_IntObject.descr_or(self, space, w_other)

    def descr_xor(self, space, w_other):
        if isinstance(w_other, W_BoolObject):
            return space.newbool(bool(self.intval ^ w_other.intval))
        return W_IntObject.descr_xor(self, space, w_other)


def _bool_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) > 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    if len(args_w) == 0:
        return space.w_False
    return space.newbool(space.is_true(args_w[0]))


W_BoolObject.typedef = TypeDef('bool', base=W_IntObject.typedef, new=_bool_new)
