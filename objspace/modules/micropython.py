"""The micropython module (first part: const).  MicroPython's docs:
"micropython - access and control MicroPython internals"."""
from objspace.functionobject import builtin
from objspace.moduleobject import W_ModuleObject


@builtin('const', 1, 1)
def micropython_const(space, args_w, kwnames):
    """const(x) is x; the compiler folds `NAME = const(x)` at module level."""
    return args_w[0]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('micropython'))
    w_dict.setitem(space.newtext('const'), micropython_const.w_builtin)
    return W_ModuleObject('micropython', w_dict)
