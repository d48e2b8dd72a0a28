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


class ModuleDef(object):
    """A builtin module whose module object and globals dict are made at its
    first import, from the names and values its make_module(space) put in
    its dict when translating.  Prebuilt, the dicts of the builtin modules
    (a str object and a dict entry per name, ~600 names) were ~30 KB of the
    binary; made at run time they cost a few microseconds at the import.
    `w_module` is set from the start for the modules that exist at start-up
    (sys)."""

    def __init__(self, name, names, values_w, w_module=None):
        self.name = name
        self.names = names
        self.values_w = values_w
        self.w_module = w_module

    @staticmethod
    def frozen(space, w_module):
        """The ModuleDef of w_module (made by a make_module when
        translating), whose dict has only str keys."""
        from objspace.strobject import W_StrObject
        names = []
        values_w = []
        for w_key, w_value in w_module.w_dict.storage.iteritems():
            assert isinstance(w_key, W_StrObject)
            names.append(w_key.utf8)
            values_w.append(w_value)
        return ModuleDef(w_module.name, names, values_w)

    @staticmethod
    def prebuilt(w_module):
        return ModuleDef(w_module.name, [], [], w_module)

    def module(self, space):
        """The module object, made at the first call."""
        if self.w_module is None:
            w_dict = space.newdict()
            for i in range(len(self.names)):
                w_dict.setitem(space.newtext(self.names[i]), self.values_w[i])
            self.w_module = W_ModuleObject(self.name, w_dict)
        return self.w_module

    def set_value(self, space, name, w_value):
        """Set the module's global `name` (made or not yet)."""
        if self.w_module is not None:
            self.w_module.w_dict.setitem(space.newtext(name), w_value)
            return
        for i in range(len(self.names)):
            if self.names[i] == name:
                self.values_w[i] = w_value
                return
        self.names.append(name)
        self.values_w.append(w_value)
