"""Callables: Python functions, builtin functions and bound methods.

Calling convention everywhere (W_Root.descr_call): `args_w` holds the
positional arguments followed by the values of the keyword arguments whose
names are in `kwnames` (a list of str, or None for no keywords).
Error messages follow MicroPython's wording.
"""
from rpython.rlib import jit

from objspace.baseobject import W_Root, TypeDef

CO_GENERATOR = 0x20     # as interp/code.py
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


class W_Function(W_Root):
    """A function made by `def` or `lambda`: a code object plus its globals,
    default values, keyword-only defaults and closure cells."""
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w', 'closure',
                          'w_kwdefaults']

    def __init__(self, code, w_globals, defaults_w, w_kwdefaults, closure,
                 name, qualname):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults     # a W_DictObject or None
        self.closure = closure               # a list of W_CellObject or None
        self.name = name
        self.qualname = qualname
        self.w_dict = None

    def repr_w(self, space):
        return "<function %s at 0x%x>" % (self.qualname, space.id_of(self))

    def jit_call_code(self):
        return self.code

    def getattr_builtin(self, space, name):
        if name == '__name__':
            return space.newtext(self.name)
        if name == '__qualname__':
            return space.newtext(self.qualname)
        if name == '__dict__':
            return self.getdict(space)
        return None

    def setattr_instance(self, space, name, w_value):
        if name == '__name__':
            self.name = space.text_w(w_value)
            return True
        if name == '__qualname__':
            self.qualname = space.text_w(w_value)
            return True
        return W_Root.setattr_instance(self, space, name, w_value)

    def descr_call(self, space, args_w, kwnames):
        from interp.frame import Frame
        # a constant code gives the frame's array a constant size, so that
        # the JIT can keep it virtual even when this function object is not
        # a constant in the trace (read back from a generator's stack, say)
        code = jit.promote(self.code)
        frame = Frame(space, code, self.w_globals, self)
        frame.bind_arguments(self, args_w, kwnames)
        flags = self.code.flags
        if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
            from objspace import generatorobject as g
            if space.heap_locked:
                raise space.heap_locked_error()
            frame.setup_cells()
            if flags & CO_COROUTINE:
                return g.W_Coroutine(frame, self.name, self.qualname)
            if flags & CO_ASYNC_GENERATOR:
                return g.W_AsyncGenerator(frame, self.name, self.qualname)
            return g.W_Generator(frame, self.name, self.qualname)
        return frame.run()

    def get_descr(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        return W_Method(self, w_obj)

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict


class W_BuiltinFunction(W_Root):
    """A function written in RPython: func(space, args_w, kwnames) -> W_Root.

    min_args/max_args bound the positional count (max -1: no bound);
    keywords False means keyword arguments are refused with MicroPython's
    TypeError before func runs.  The three are kept in one word, `arity`
    (the ~780 prebuilt builtin functions are 12 KB smaller so).
    """
    _immutable_fields_ = ['name', 'func', 'arity']

    def __init__(self, name, func, min_args=0, max_args=-1, keywords=False):
        assert 0 <= min_args < 1 << 16 and -1 <= max_args < 1 << 16
        self.name = name
        self.func = func
        self.arity = (min_args << 32) | ((max_args + 1) << 1) | int(keywords)

    def min_args(self):
        return self.arity >> 32

    def max_args(self):
        """-1: no bound."""
        return ((self.arity >> 1) & 0x7fffffff) - 1

    def takes_keywords(self):
        return self.arity & 1 != 0

    def repr_w(self, space):
        return "<function %s>" % self.name

    def getattr_builtin(self, space, name):
        if name == '__name__':
            return space.newtext(self.name)
        return None

    def descr_call(self, space, args_w, kwnames):
        npos = len(args_w)
        if kwnames is not None:
            if not self.takes_keywords():
                raise space.type_error("function doesn't take keyword arguments")
            npos -= len(kwnames)
        min_args = self.min_args()
        if npos < min_args:
            raise space.type_error(
                "function missing %d required positional arguments"
                % (min_args - npos))
        max_args = self.max_args()
        if max_args >= 0 and npos > max_args:
            raise space.type_error(
                "function takes %d positional arguments but %d were given"
                % (max_args, npos))
        return self.func(space, args_w, kwnames)

    def get_descr(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        return W_Method(self, w_obj)


class W_Method(W_Root):
    """A bound method: calling it calls w_function with w_self first."""
    _immutable_fields_ = ['w_function', 'w_self']

    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self

    def repr_w(self, space):
        return "<bound_method>"

    def descr_call(self, space, args_w, kwnames):
        new_args = [self.w_self] + args_w
        return space.call(self.w_function, new_args, kwnames)

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_Method):
            return None
        return space.newbool(space.is_w(self.w_function, w_other.w_function)
                             and space.is_w(self.w_self, w_other.w_self))


class W_CellObject(W_Root):
    """A closure cell: one variable shared between a scope and its inner
    functions; w_value None means the variable is unbound."""

    def __init__(self, w_value):
        self.w_value = w_value

    def repr_w(self, space):
        return "<cell>"


def builtin(name, min_args=0, max_args=-1, keywords=False):
    """Decorator: make an RPython function into a prebuilt W_BuiltinFunction,
    kept as the `w_builtin` attribute of the decorated function."""
    def decorate(func):
        func.w_builtin = W_BuiltinFunction(name, func, min_args, max_args,
                                           keywords)
        return func
    return decorate


@jit.unroll_safe
def find_keyword(kwnames, name):
    """Index of `name` in kwnames (None-safe), or -1."""
    if kwnames is None:
        return -1
    for i in range(len(kwnames)):
        if kwnames[i] == name:
            return i
    return -1


def get_keyword(args_w, kwnames, name):
    """The value passed as keyword `name`, or None."""
    i = find_keyword(kwnames, name)
    if i < 0:
        return None
    return args_w[len(args_w) - len(kwnames) + i]


def check_keywords(space, kwnames, allowed):
    """Raise TypeError for a keyword argument not in `allowed`."""
    if kwnames is None:
        return
    for name in kwnames:
        if name not in allowed:
            raise space.type_error("unexpected keyword argument '%s'" % name)


W_Function.typedef = TypeDef('function')
W_BuiltinFunction.typedef = TypeDef('function')
W_Method.typedef = TypeDef('bound_method')
W_CellObject.typedef = TypeDef('cell')
