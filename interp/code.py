"""The code object: compiled bytecode with everything a frame needs."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize

from objspace.baseobject import W_Root, TypeDef

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


@specialize.argtype(1)
def _fixed(items, default):
    """A copy of items as a list that is never resized, as RPython wants
    for the fields marked immutable ('x[*]')."""
    result = [default] * len(items)
    for i in range(len(items)):
        result[i] = items[i]
    return result


class W_Code(W_Root):
    """A compiled scope (module, function, class body, lambda, comprehension).

    code: the bytecode string; consts_w: constants; names: attribute and
    global names (names_w: the same as prebuilt str objects); varnames: the
    locals, parameters first; cellvars / freevars: names of this scope's
    cells and of the cells it receives; argcount, posonlyargcount,
    kwonlyargcount and flags describe the parameters; exc_table is a flat
    list of (start, end, handler, stack depth) quadruples, innermost first;
    lines is a flat list of (bytecode offset, line number) pairs.
    """
    _immutable_fields_ = ['code', 'consts_w[*]', 'names[*]', 'names_w[*]',
                          'varnames[*]', 'cellvars[*]', 'freevars[*]',
                          'argcount', 'posonlyargcount', 'kwonlyargcount',
                          'flags', 'stacksize', 'exc_table[*]', 'lines[*]',
                          'name', 'qualname', 'filename', 'firstlineno',
                          'nlocals', 'ncells', 'cell_of_arg[*]']

    def cached_global(self, index, version, bversion):
        """The cached value of global name `index`, if still valid."""
        if (self.global_cache_versions[2 * index] is version and
                self.global_cache_versions[2 * index + 1] is bversion):
            return self.global_cache_values[index]
        return None

    def cache_global(self, index, version, bversion, w_value):
        self.global_cache_versions[2 * index] = version
        self.global_cache_versions[2 * index + 1] = bversion
        self.global_cache_values[index] = w_value

    def __init__(self, code, consts_w, names, names_w, varnames, cellvars,
                 freevars, argcount, posonlyargcount, kwonlyargcount, flags,
                 stacksize, exc_table, lines, name, qualname, filename,
                 firstlineno):
        self.code = code
        self.consts_w = _fixed(consts_w, None)
        self.names = _fixed(names, '')
        self.names_w = _fixed(names_w, None)
        self.varnames = _fixed(varnames, '')
        self.cellvars = _fixed(cellvars, '')
        self.freevars = _fixed(freevars, '')
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.stacksize = stacksize
        self.exc_table = _fixed(exc_table, 0)
        self.lines = _fixed(lines, 0)
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.nlocals = len(varnames)
        self.ncells = len(cellvars) + len(freevars)
        # LOAD_GLOBAL's inline cache, per name: the globals and builtins
        # versions it is valid for, and the value (see Frame.load_global)
        self.global_cache_versions = [None] * (2 * len(names))
        self.global_cache_values = [None] * len(names)
        # for each cellvar: the index of the parameter it starts from, or -1
        cell_of_arg = []
        for cellname in cellvars:
            index = -1
            for i in range(len(varnames)):
                if varnames[i] == cellname:
                    index = i
            cell_of_arg.append(index)
        self.cell_of_arg = _fixed(cell_of_arg, 0)

    def repr_w(self, space):
        return '<code object %s, file "%s", line %d>' % (
            self.name, self.filename, self.firstlineno)

    @jit.elidable
    def line_at(self, pc):
        """The source line of the instruction at byte offset pc."""
        line = self.firstlineno
        i = 0
        while i < len(self.lines):
            if self.lines[i] > pc:
                break
            line = self.lines[i + 1]
            i += 2
        return line

    def total_args(self):
        n = self.argcount + self.kwonlyargcount
        if self.flags & CO_VARARGS:
            n += 1
        if self.flags & CO_VARKEYWORDS:
            n += 1
        return n


W_Code.typedef = TypeDef('code')
