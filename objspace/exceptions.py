"""Exceptions: W_BaseException instances and the builtin hierarchy.

The classes are W_TypeObjects made by the space from EXCEPTION_HIERARCHY
(MicroPython's set, plus the OSError subclasses CPython names); instances
keep their args tuple.  str/repr follow CPython 3 (KeyError's str quotes
its key); `.value` (StopIteration) and `.errno` (OSError) follow MicroPython.
"""
from objspace.baseobject import TypeDef
from objspace.functionobject import builtin
from objspace.instanceobject import W_ClassInstance


# (name, base name): order matters, bases come first
EXCEPTION_HIERARCHY = [
    ('BaseException', None),
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('Exception', 'BaseException'),
    ('StopIteration', 'Exception'),
    ('StopAsyncIteration', 'Exception'),
    ('ArithmeticError', 'Exception'),
    ('OverflowError', 'ArithmeticError'),
    ('ZeroDivisionError', 'ArithmeticError'),
    ('AssertionError', 'Exception'),
    ('AttributeError', 'Exception'),
    ('EOFError', 'Exception'),
    ('ImportError', 'Exception'),
    ('LookupError', 'Exception'),
    ('IndexError', 'LookupError'),
    ('KeyError', 'LookupError'),
    ('MemoryError', 'Exception'),
    ('NameError', 'Exception'),
    ('OSError', 'Exception'),
    ('RuntimeError', 'Exception'),
    ('RecursionError', 'RuntimeError'),
    ('NotImplementedError', 'RuntimeError'),
    ('SyntaxError', 'Exception'),
    ('IndentationError', 'SyntaxError'),
    ('TypeError', 'Exception'),
    ('ValueError', 'Exception'),
    ('UnicodeError', 'ValueError'),
    ('UnicodeDecodeError', 'UnicodeError'),
    ('UnicodeEncodeError', 'UnicodeError'),
]

class W_BaseException(W_ClassInstance):

    def __init__(self, w_class, args_w):
        W_ClassInstance.__init__(self, w_class)
        self.args_w = args_w
        self.w_cause = None
        self.traceback = None     # interp.error.TracebackEntry or None

    def getattr_builtin(self, space, name):
        if name == '__dict__':
            return self.getdict(space)
        if self.getattr_instance(space, name) is not None:
            return None     # an instance attribute wins
        if name == 'args':
            return space.newtuple(self.args_w[:])
        if ((name == 'value' and self.w_class.issubtype(space.w_StopIteration))
                or (name == 'errno' and self.w_class.issubtype(space.w_OSError))
                or (name == 'code' and self.w_class.issubtype(space.w_SystemExit))):
            if self.args_w:
                return self.args_w[0]
            return space.w_None
        if name == '__cause__':
            return self.w_cause if self.w_cause is not None else space.w_None
        return None

    def str_w(self, space):
        n = len(self.args_w)
        if n == 0:
            return ''
        if n <= 2 and self.w_class.issubtype(space.w_OSError):
            text = _oserror_str(space, self.args_w)
            if text is not None:
                return text
        if n == 1:
            if self.w_class is space.w_KeyError:
                return space.repr_w(self.args_w[0])
            return space.str_w(self.args_w[0])
        return space.repr_w(space.newtuple(self.args_w))

    def repr_w(self, space):
        name = self.w_class.name
        if len(self.args_w) == 1:
            return '%s(%s)' % (name, space.repr_w(self.args_w[0]))
        return name + space.repr_w(space.newtuple(self.args_w))


def _oserror_str(space, args_w):
    """MicroPython's str of OSError(code[, msg]) for a code the errno
    module names: '[Errno 2] ENOENT' (': msg' after it); else None."""
    from objspace.intobject import W_IntObject
    from objspace.modules.errno import errno_name
    w_code = args_w[0]
    if not isinstance(w_code, W_IntObject):
        return None
    name = errno_name(w_code.intval)
    if name is None:
        return None
    text = '[Errno %d] %s' % (w_code.intval, name)
    if len(args_w) == 2:
        text += ': ' + space.str_w(args_w[1])
    return text


@builtin('__init__', 1, -1)
def exception_init(space, args_w, kwnames):
    """BaseException.__init__(self, *args): sets self.args."""
    w_self = args_w[0]
    if isinstance(w_self, W_BaseException):
        w_self.args_w = args_w[1:]
    return space.w_None


def exception_new(space, w_type, args_w, kwnames):
    if kwnames is not None:
        raise space.type_error("function doesn't take keyword arguments")
    return W_BaseException(w_type, args_w[:])


W_BaseException.typedef = TypeDef('BaseException', new=exception_new)
