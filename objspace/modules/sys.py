"""The sys module (the part the interpreter itself needs; the rest comes with
the builtin-modules work).  Names and values as MicroPython's unix port."""
from rpython.rlib.rarithmetic import maxint

from objspace.functionobject import builtin
from objspace.moduleobject import W_ModuleObject


@builtin('exit', 0, 1)
def sys_exit(space, args_w, kwnames):
    """sys.exit([code]): raise SystemExit(code)."""
    from interp.error import OperationError
    from objspace.exceptions import W_BaseException
    raise OperationError(W_BaseException(space.w_SystemExit, args_w[:]))


def make_module(space):
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('sys'))
    set('argv', space.newlist([]))
    set('path', space.newlist([]))
    set('modules', space.w_modules)
    set('exit', sys_exit.w_builtin)
    set('platform', space.newtext('linux'))
    set('byteorder', space.newtext('little'))
    set('maxsize', space.newint(maxint))
    set('version', space.newtext('3.4.0; micropy 0.1.0'))
    set('version_info', space.newtuple([space.newint(3), space.newint(4),
                                        space.newint(0)]))
    return W_ModuleObject('sys', w_dict)
