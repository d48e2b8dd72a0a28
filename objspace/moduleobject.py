"""module: W_ModuleObject, a name and a dict of globals."""
from rpython.rlib import jit

from objspace.baseobject import W_Root, TypeDef


class W_ModuleObject(W_Root):
    """A module: its name and its globals dict, which is versioned (see
    W_DictObject.version) so that the JIT folds `module.name` lookups."""
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, name, w_dict):
        self.name = name
        self.w_dict = w_dict
        if w_dict.version is None and w_dict.version_bumps == 0:
            w_dict.enable_versioning()

    def getdict(self, space):
        return self.w_dict

    def getattr_instance(self, space, name):
        """The module's global `name`, or None.  In a trace, with the module
        and name constant, it is a constant behind the dict's version, as
        LOAD_GLOBAL is (interp/frame.py)."""
        w_dict = self.w_dict
        if jit.we_are_jitted():
            w_dict = jit.promote(w_dict)
            version = w_dict.version
            if version is not None:
                return w_dict.lookup_name_pure(version, name)
        return w_dict.getitem(space.newtext(name))

    def repr_w(self, space):
        return "<module '%s'>" % self.name


W_ModuleObject.typedef = TypeDef('module')
