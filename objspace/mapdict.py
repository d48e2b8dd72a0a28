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
