"""The symbol tables and the bytecode compiler, through interp.main.compile_source:
constant folding, const(), stack depth, and the SyntaxErrors the compiler owns."""
import pytest

from interp import bytecode as bc
from interp.error import OperationError
from interp.main import space, compile_source, entry_point


def compile_exec(source):
    return compile_source(space, source, '<test>', 'exec')


def run(source, capfd):
    status = entry_point(['micropy', '-c', source])
    out, err = capfd.readouterr()
    return status, out, err


def syntax_error(source):
    with pytest.raises(OperationError) as info:
        compile_exec(source)
    w_exc = info.value.w_value
    assert space.type_name(w_exc) in ('SyntaxError', 'IndentationError')
    return space.str_w(w_exc), info.value.traceback.lineno


def opnames(code):
    """The opcode names of a code object, in order."""
    names = []
    s = code.code
    i = 0
    while i < len(s):
        op = ord(s[i])
        names.append(bc.opnames[op])
        i += 3 if op >= bc.HAVE_ARGUMENT else 1
    return names


def test_constant_folding():
    code = compile_exec('x = 2 ** 10 + 3 * 4 - -1')
    assert opnames(code) == ['LOAD_CONST', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE']
    assert space.int_w(code.consts_w[0]) == 1037


def test_division_by_zero_is_not_folded():
    code = compile_exec('x = 1 // 0')
    assert 'BINARY_OP' in opnames(code)


def test_micropython_const_folds_and_hides_underscore_names(capfd):
    source = ('from micropython import const\n'
              '_HIDDEN = const(40)\n'
              'SHOWN = const(_HIDDEN + 2)\n'
              'print(SHOWN, _HIDDEN * 2, "_HIDDEN" in globals() if False else 0)\n')
    code = compile_exec(source)
    assert '_HIDDEN' not in code.names
    status, out, err = run(source, capfd)
    assert (status, out) == (0, '42 80 0\n')


def test_if_constant_compiles_one_branch():
    code = compile_exec('if 0:\n    x = 1\nelse:\n    y = 2\n')
    assert code.names == ['y']


def test_stack_depth_is_enough_for_nested_expressions():
    code = compile_exec('x = [1, 2, (3, 4, [5, 6, 7])]')
    assert code.stacksize >= 7


def test_line_numbers():
    code = compile_exec('a = 1\n\nb = 2\n')
    assert code.line_at(0) == 1
    assert code.line_at(len(code.code) - 1) >= 3


def test_large_function_uses_extended_arg(capfd):
    # more than 65535 bytes of bytecode: jumps need EXTENDED_ARG
    body = ''.join('    x = x + %d\n' % i for i in range(9000))
    source = 'def f(x):\n    while x < 0:\n%s        pass\n    return x\nprint(f(5))\n' % (
        body.replace('    x', '        x'))
    status, out, err = run(source, capfd)
    assert (status, out) == (0, '5\n')


@pytest.mark.parametrize('source, message, line', [
    ('return 1', "'return' outside function", 1),
    ('x = 1\nbreak', "'break' outside loop", 2),
    ('continue', "'continue' not properly in loop", 1),
    ('nonlocal x', 'nonlocal declaration not allowed at module level', 1),
    ('def f():\n    nonlocal y\n', "no binding for nonlocal 'y' found", 1),
    ('def f(a, a):\n    pass\n', "duplicate argument 'a' in function definition", 1),
    ('def f():\n    x = 1\n    global x\n',
     "name 'x' is assigned to before global declaration", 3),
    ('yield 1', "'yield' outside function", 1),
    ('def f():\n    import *\n', None, 2),
])
def test_symbol_table_errors(source, message, line):
    msg, lineno = syntax_error(source)
    if message is not None:
        assert msg == message
    assert lineno == line


def test_deep_expression_is_recursion_error_not_crash():
    source = 'x = ' + '+'.join(['1'] * 20000)
    try:
        compile_exec(source)
    except OperationError as e:
        assert space.type_name(e.w_value) in ('RecursionError', 'SyntaxError')
    # compiling may also succeed when the host stack is deep enough


def test_closure_cells(capfd):
    source = ('def outer():\n'
              '    a = 1\n'
              '    def mid():\n'
              '        def inner():\n'
              '            return a\n'
              '        return inner\n'
              '    a = 2\n'
              '    return mid()()\n'
              'print(outer())\n')
    assert run(source, capfd)[:2] == (0, '2\n')


def test_class_body_does_not_leak_into_methods(capfd):
    source = ('x = "global"\n'
              'class C:\n'
              '    x = "class"\n'
              '    def m(self):\n'
              '        return x\n'
              'print(C().m(), C.x)\n')
    assert run(source, capfd)[:2] == (0, 'global class\n')
