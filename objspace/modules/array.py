from __future__ import absolute_import
from objspace.moduleobject import W_ModuleObject


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('array'))
    return W_ModuleObject('array', w_dict)
