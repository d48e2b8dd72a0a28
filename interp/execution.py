"""Compiling and running source given at run time: what compile(), exec(),
eval() and execfile() share.

    compile_code(space, source, filename, mode) -> W_Code
    run_code(space, code, w_globals, w_locals) -> the value the code returns

A syntax error becomes a catchable SyntaxError (or IndentationError) whose
instance has CPython 3's attributes: msg, filename, lineno, offset, text;
its args are (msg,) as MicroPython has them, so str(e) is the message.
"""
from rpython.rlib import rstackovf
from rpython.rlib.rstackovf import StackOverflow

from interp.error import OperationError, CompileError
from interp.parser import parse
from interp.compiler import compile_ast
from objspace.exceptions import W_BaseException


def compile_code(space, source, filename, mode):
    """Source text (UTF-8) -> the W_Code of a module ('exec'), an
    expression ('eval') or an interactive statement ('single', whose
    expression statements print their values)."""
    try:
        tree = parse(source, mode)
        return compile_ast(space, tree, filename, mode)
    except StackOverflow:
        rstackovf.check_stack_overflow()
        raise space.error(space.w_RecursionError,
                          "maximum recursion depth exceeded during compilation")
    except CompileError as e:
        raise OperationError(syntax_error(space, e, source, filename))


def syntax_error(space, e, source, filename):
    """The SyntaxError/IndentationError instance for CompileError e."""
    w_type = space.w_SyntaxError
    if e.kind == 'IndentationError':
        w_type = space.w_IndentationError
    w_exc = W_BaseException(w_type, [space.newtext(e.msg)])
    w_dict = w_exc.getdict(space)
    w_dict.setitem(space.newtext('msg'), space.newtext(e.msg))
    w_dict.setitem(space.newtext('filename'), space.newtext(filename))
    w_dict.setitem(space.newtext('lineno'), space.newint(e.lineno))
    w_dict.setitem(space.newtext('offset'), space.newint(e.col + 1))
    w_dict.setitem(space.newtext('text'),
                   space.newtext(source_line(source, e.lineno)))
    return w_exc


def source_line(source, lineno):
    """Line number lineno (1-based) of source, with its newline; '' if
    there is no such line."""
    start = 0
    line = 1
    while line < lineno:
        i = source.find('\n', start)
        if i < 0:
            return ''
        start = i + 1
        line += 1
    if start >= len(source):
        return ''
    end = source.find('\n', start)
    if end < 0:
        end = len(source)
    else:
        end += 1
    assert start >= 0 and end >= start
    return source[start:end]


def run_code(space, code, w_globals, w_locals):
    """Run a module-level code object with the given namespaces (w_locals
    None or w_globals itself: one namespace); return what it returns (the
    expression's value for 'eval' code, None otherwise)."""
    from interp.frame import Frame
    frame = Frame(space, code, w_globals, None)
    if w_locals is not None and w_locals is not w_globals:
        frame.w_locals = w_locals
    return frame.run()
