"""The declared-unwrapping builtins of objspace/gateway.py."""
import pytest

from interp.error import OperationError
from interp.main import space as _space
from objspace.gateway import unwrap_spec, opt
from objspace.strobject import W_StrObject


@unwrap_spec('demo', W_StrObject, 'int', opt('text_or_none', None),
             opt('int', 7), 'args', keywords=True)
def demo(space, w_self, n, sep, k, rest):
    return space.newtuple([w_self, space.newint(n),
                           space.w_None if sep is None else space.newtext(sep),
                           space.newint(k), space.newint(len(rest))])


@unwrap_spec('strict', 'obj', opt('float', 0.5))
def strict(space, w_x, f):
    return space.newfloat(f)


@pytest.fixture
def space():
    return _space


def message(space, operr):
    return space.str_w(operr.w_value)


def call(space, w_func, args_w, kwnames=None):
    return space.call(w_func, args_w, kwnames)


def test_positional_and_defaults(space):
    w_res = call(space, demo.w_builtin, [space.newtext('s'), space.newint(3)])
    assert space.repr_w(w_res) == "('s', 3, None, 7, 0)"


def test_keywords_and_rest(space):
    w_res = call(space, demo.w_builtin,
                 [space.newtext('s'), space.newint(3), space.newtext(','),
                  space.newint(9)], ['k'])
    assert space.repr_w(w_res) == "('s', 3, ',', 9, 0)"
    w_res = call(space, demo.w_builtin,
                 [space.newtext('s'), space.newint(3), space.newtext(','),
                  space.newint(1), space.newint(2), space.newint(9)])
    assert space.repr_w(w_res) == "('s', 3, ',', 1, 2)"
    with pytest.raises(OperationError) as e:
        call(space, demo.w_builtin, [space.newtext('s'), space.newint(3),
                                     space.newint(3)], ['n'])
    assert "multiple values for argument 'n'" in message(space, e.value)


def test_errors(space):
    with pytest.raises(OperationError) as e:
        call(space, demo.w_builtin, [space.newint(1), space.newint(3)])
    assert "expected 'str', got 'int'" in message(space, e.value)
    with pytest.raises(OperationError) as e:
        call(space, demo.w_builtin, [space.newtext('s')])
    assert "missing 1 required" in message(space, e.value)
    with pytest.raises(OperationError) as e:
        call(space, demo.w_builtin, [space.newtext('s'), space.newint(1),
                                     space.newint(1)], ['bogus'])
    assert "unexpected keyword argument 'bogus'" in message(space, e.value)
    with pytest.raises(OperationError) as e:
        call(space, strict.w_builtin, [space.newint(1), space.newint(1),
                                       space.newint(1)])
    assert "takes 2 positional arguments but 3" in message(space, e.value)
    with pytest.raises(OperationError) as e:
        call(space, strict.w_builtin, [space.newint(1), space.newint(1)],
             ['f'])
    assert "doesn't take keyword arguments" in message(space, e.value)
    w_res = call(space, strict.w_builtin, [space.newint(1)])
    assert space.float_w(w_res) == 0.5
