"""Maps (hidden classes) for instance attributes.

An instance of a user class keeps its attribute values in a plain list,
`storage`, and a Map that says which name is at which index.  Instances
that get the same attributes in the same order share their Map, so under
the JIT an attribute read is a promoted map, a constant-folded index lookup
and one list read (the technique of Self, V8 and PyPy's mapdict).

Maps form a tree: each Map is its parent plus one attribute name; the
transition to a child is cached in the parent.  Deleting an attribute or
asking for `__dict__` switches the instance to a real dict (see
instanceobject.W_ClassInstance).
"""
from rpython.rlib import jit


class Map(object):
    _immutable_fields_ = ['parent', 'name', 'index', 'length']

    def __init__(self, parent, name, index):
        self.parent = parent
        self.name = name
        self.index = index
        self.length = index + 1 if index >= 0 else 0
        self.transitions = {}

    @jit.elidable
    def find(self, name):
        """The storage index of attribute `name`, or -1."""
        m = self
        while m is not None and m.index >= 0:
            if m.name == name:
                return m.index
            m = m.parent
        return -1

    @jit.elidable
    def add(self, name):
        """The map of an instance that gets attribute `name` next."""
        child = self.transitions.get(name, None)
        if child is None:
            child = Map(self, name, self.length)
            self.transitions[name] = child
        return child

    def names(self):
        """The attribute names in storage order."""
        result = [''] * self.length
        m = self
        while m is not None and m.index >= 0:
            result[m.index] = m.name
            m = m.parent
        return result


EMPTY_MAP = Map(None, None, -1)


class InstanceAttrsMixin(object):
    """Instance attributes through a map and a storage list, or, once a
    program deletes one or asks for `__dict__`, through a real dict
    (w_dict).  Mixed into W_ClassInstance and the user subclasses of
    builtin types (objspace/usertype.py), whose fields are w_class,
    attr_map, attr_values and attr_dict."""
    _mixin_ = True

    # The mixin's methods are copied into each of the 12 classes it is
    # mixed into; what does not read or write the fields is in the shared,
    # never-inlined functions below (the copies were 20 KB of code).
    def getdict(self, space):
        """The attribute dict (made from the map on first use, and the
        truth from then on)."""
        if self.attr_dict is None:
            self.attr_dict = _dict_of(space, self.attr_map, self.attr_values)
            self.attr_map = EMPTY_MAP
            self.attr_values = None
        return self.attr_dict

    def getattr_instance(self, space, name):
        if self.attr_dict is not None:
            return _dict_get(space, self.attr_dict, name)
        index = jit.promote(self.attr_map).find(name)
        if index < 0:
            return None
        return self.attr_values[index]

    def setattr_instance(self, space, name, w_value):
        if self.attr_dict is not None:
            _dict_set(space, self.attr_dict, name, w_value)
            return True
        map = jit.promote(self.attr_map)
        index = map.find(name)
        if index >= 0:
            self.attr_values[index] = w_value
            return True
        self.attr_map = map.add(name)
        self.attr_values = _appended(self.attr_values, w_value)
        return True

    def delattr_instance(self, space, name):
        if self.attr_dict is None and self.attr_map.find(name) < 0:
            return False
        w_dict = self.getdict(space)
        w_key = space.newtext(name)
        if w_dict.getitem(w_key) is None:
            return False
        w_dict.descr_delitem(space, w_key)
        return True


def _dict_of(space, map, storage):
    """A new attribute dict holding what map and storage hold."""
    w_dict = space.newdict()
    if storage is not None:
        names = map.names()
        for i in range(len(names)):
            w_dict.setitem(space.newtext(names[i]), storage[i])
    return w_dict
_dict_of._dont_inline_ = True


def _dict_get(space, w_dict, name):
    return w_dict.getitem(space.newtext(name))
_dict_get._dont_inline_ = True


def _dict_set(space, w_dict, name, w_value):
    w_dict.setitem(space.newtext(name), w_value)
_dict_set._dont_inline_ = True


def _appended(values_w, w_value):
    """values_w (a storage list, or None) with w_value appended."""
    if values_w is None:
        return [w_value]
    values_w.append(w_value)
    return values_w
_appended._dont_inline_ = True
