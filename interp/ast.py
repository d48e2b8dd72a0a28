"""The abstract syntax tree of Python 3 as micropy parses it.

The parser (interp/parser.py) builds these nodes; the symbol table pass
(interp/symtable.py) and the compiler (interp/compiler.py) walk them with
`node.accept(visitor)`, which calls `visitor.visit_<ClassName>(node)`.

Shapes follow CPython's `ast` module (Python 3.8), with three RPython-driven
differences: constants are split by kind (Num, Float, Imag, Str, Bytes,
NameConstant, EllipsisConst) so every field has one static type; operators
are plain strings ('+', '<<', 'not in', ...); and expression contexts are the
ints LOAD, STORE and DEL.  Every node has `lineno` (1-based) and `col`
(0-based, in bytes).
"""

from interp.stackcheck import stack_check

LOAD = 0
STORE = 1
DEL = 2


class Node(object):
    lineno = 0
    col = 0

    def accept(self, visitor):
        raise NotImplementedError


def _visit_method(name):
    method_name = 'visit_' + name

    def accept(self, visitor):
        # walkers recurse through here: check the C stack explicitly, as
        # RPython doesn't see this indirect recursion (StackOverflow then
        # becomes a RecursionError in interp/main.py)
        stack_check()
        return getattr(visitor, method_name)(self)
    accept.func_name = 'accept_' + name
    return accept


class Mod(Node):
    pass


class Stmt(Node):
    pass


class Expr(Node):
    pass


# ---------------------------------------------------------------- modules

class Module(Mod):
    """A file, a -c string, an exec() string or a REPL input: body is [Stmt]."""
    def __init__(self, body):
        self.body = body
        self.lineno = 1


class Expression(Mod):
    """The 'eval' mode of compile(): one expression."""
    def __init__(self, body):
        self.body = body
        self.lineno = 1


# ---------------------------------------------------------------- helpers

class Arg(Node):
    """One parameter: name, and annotation (Expr or None, never evaluated)."""
    def __init__(self, arg, annotation, lineno, col):
        self.arg = arg
        self.annotation = annotation
        self.lineno = lineno
        self.col = col


class Arguments(Node):
    """A parameter list.

    posonlyargs, args, kwonlyargs: [Arg]; vararg, kwarg: Arg or None;
    defaults: [Expr] for the last len(defaults) of posonlyargs + args;
    kw_defaults: [Expr or None], one per kwonlyarg.
    """
    def __init__(self, posonlyargs, args, vararg, kwonlyargs, kw_defaults,
                 kwarg, defaults):
        self.posonlyargs = posonlyargs
        self.args = args
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        self.defaults = defaults


class Keyword(Node):
    """`arg=value` in a call or class statement; arg is None for `**value`."""
    def __init__(self, arg, value, lineno, col):
        self.arg = arg
        self.value = value
        self.lineno = lineno
        self.col = col


class Alias(Node):
    """`name [as asname]` in an import; name may be dotted; asname or None."""
    def __init__(self, name, asname, lineno, col):
        self.name = name
        self.asname = asname
        self.lineno = lineno
        self.col = col


class WithItem(Node):
    """`context_expr [as optional_vars]`; optional_vars is an Expr or None."""
    def __init__(self, context_expr, optional_vars):
        self.context_expr = context_expr
        self.optional_vars = optional_vars


class ExceptHandler(Node):
    """`except [type [as name]]: body`; type Expr or None, name str or None."""
    def __init__(self, type, name, body, lineno, col):
        self.type = type
        self.name = name
        self.body = body
        self.lineno = lineno
        self.col = col


class Comprehension(Node):
    """`[async] for target in iter if ifs...` inside a comprehension."""
    def __init__(self, target, iter, ifs, is_async):
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.is_async = is_async


# ---------------------------------------------------------------- statements

class FunctionDef(Stmt):
    """`[async] def name(args) [-> returns]: body` with decorators ([Expr])."""
    def __init__(self, name, args, body, decorators, returns, is_async,
                 lineno, col):
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.returns = returns
        self.is_async = is_async
        self.lineno = lineno
        self.col = col


class ClassDef(Stmt):
    """`class name(bases, keywords): body`; `metaclass=` is a Keyword."""
    def __init__(self, name, bases, keywords, body, decorators, lineno, col):
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.lineno = lineno
        self.col = col


class Return(Stmt):
    def __init__(self, value, lineno, col):
        self.value = value          # Expr or None
        self.lineno = lineno
        self.col = col


class Delete(Stmt):
    def __init__(self, targets, lineno, col):
        self.targets = targets      # [Expr] in DEL context
        self.lineno = lineno
        self.col = col


class Assign(Stmt):
    """`t1 = t2 = ... = value`: targets in STORE context, assigned left to right."""
    def __init__(self, targets, value, lineno, col):
        self.targets = targets
        self.value = value
        self.lineno = lineno
        self.col = col


class AugAssign(Stmt):
    """`target op= value`; op is the binary operator, e.g. '+' for `+=`."""
    def __init__(self, target, op, value, lineno, col):
        self.target = target
        self.op = op
        self.value = value
        self.lineno = lineno
        self.col = col


class AnnAssign(Stmt):
    """`target: annotation [= value]`; simple is True for a bare name."""
    def __init__(self, target, annotation, value, simple, lineno, col):
        self.target = target
        self.annotation = annotation
        self.value = value          # Expr or None
        self.simple = simple
        self.lineno = lineno
        self.col = col


class For(Stmt):
    def __init__(self, target, iter, body, orelse, is_async, lineno, col):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.is_async = is_async
        self.lineno = lineno
        self.col = col


class While(Stmt):
    def __init__(self, test, body, orelse, lineno, col):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col = col


class If(Stmt):
    """`elif` chains are nested Ifs in orelse."""
    def __init__(self, test, body, orelse, lineno, col):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col = col


class With(Stmt):
    def __init__(self, items, body, is_async, lineno, col):
        self.items = items          # [WithItem]
        self.body = body
        self.is_async = is_async
        self.lineno = lineno
        self.col = col


class Raise(Stmt):
    def __init__(self, exc, cause, lineno, col):
        self.exc = exc              # Expr or None (bare raise)
        self.cause = cause          # Expr or None
        self.lineno = lineno
        self.col = col


class Try(Stmt):
    def __init__(self, body, handlers, orelse, finalbody, lineno, col):
        self.body = body
        self.handlers = handlers    # [ExceptHandler]
        self.orelse = orelse
        self.finalbody = finalbody
        self.lineno = lineno
        self.col = col


class Assert(Stmt):
    def __init__(self, test, msg, lineno, col):
        self.test = test
        self.msg = msg              # Expr or None
        self.lineno = lineno
        self.col = col


class Import(Stmt):
    def __init__(self, names, lineno, col):
        self.names = names          # [Alias]
        self.lineno = lineno
        self.col = col


class ImportFrom(Stmt):
    """`from [.]*module import names`; module str or None, level = dot count.

    `from m import *` has names == [Alias('*', None)].
    """
    def __init__(self, module, names, level, lineno, col):
        self.module = module
        self.names = names
        self.level = level
        self.lineno = lineno
        self.col = col


class Global(Stmt):
    def __init__(self, names, lineno, col):
        self.names = names          # [str]
        self.lineno = lineno
        self.col = col


class Nonlocal(Stmt):
    def __init__(self, names, lineno, col):
        self.names = names          # [str]
        self.lineno = lineno
        self.col = col


class ExprStmt(Stmt):
    def __init__(self, value, lineno, col):
        self.value = value
        self.lineno = lineno
        self.col = col


class Pass(Stmt):
    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col


class Break(Stmt):
    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col


class Continue(Stmt):
    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col


# ---------------------------------------------------------------- expressions

class BoolOp(Expr):
    """`a and b and c` (op 'and') or `a or b` (op 'or'): values has 2+ items."""
    def __init__(self, op, values, lineno, col):
        self.op = op
        self.values = values
        self.lineno = lineno
        self.col = col


class NamedExpr(Expr):
    """`target := value`; target is a Name in STORE context."""
    def __init__(self, target, value, lineno, col):
        self.target = target
        self.value = value
        self.lineno = lineno
        self.col = col


class BinOp(Expr):
    """op is one of + - * @ / // % ** << >> & | ^."""
    def __init__(self, left, op, right, lineno, col):
        self.left = left
        self.op = op
        self.right = right
        self.lineno = lineno
        self.col = col


class UnaryOp(Expr):
    """op is one of 'not' '-' '+' '~'."""
    def __init__(self, op, operand, lineno, col):
        self.op = op
        self.operand = operand
        self.lineno = lineno
        self.col = col


class Lambda(Expr):
    def __init__(self, args, body, lineno, col):
        self.args = args            # Arguments
        self.body = body            # Expr
        self.lineno = lineno
        self.col = col


class IfExp(Expr):
    """`body if test else orelse`."""
    def __init__(self, test, body, orelse, lineno, col):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno
        self.col = col


class Dict(Expr):
    """`{k: v, **m}`: keys[i] is None where values[i] is a `**` unpacking."""
    def __init__(self, keys, values, lineno, col):
        self.keys = keys
        self.values = values
        self.lineno = lineno
        self.col = col


class Set(Expr):
    def __init__(self, elts, lineno, col):
        self.elts = elts
        self.lineno = lineno
        self.col = col


class ListComp(Expr):
    def __init__(self, elt, generators, lineno, col):
        self.elt = elt
        self.generators = generators    # [Comprehension]
        self.lineno = lineno
        self.col = col


class SetComp(Expr):
    def __init__(self, elt, generators, lineno, col):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col = col


class DictComp(Expr):
    def __init__(self, key, value, generators, lineno, col):
        self.key = key
        self.value = value
        self.generators = generators
        self.lineno = lineno
        self.col = col


class GeneratorExp(Expr):
    def __init__(self, elt, generators, lineno, col):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno
        self.col = col


class Await(Expr):
    def __init__(self, value, lineno, col):
        self.value = value
        self.lineno = lineno
        self.col = col


class Yield(Expr):
    def __init__(self, value, lineno, col):
        self.value = value          # Expr or None
        self.lineno = lineno
        self.col = col


class YieldFrom(Expr):
    def __init__(self, value, lineno, col):
        self.value = value
        self.lineno = lineno
        self.col = col


class Compare(Expr):
    """`left op1 c1 op2 c2 ...`; ops from < > == >= <= != in 'not in' is 'is not'."""
    def __init__(self, left, ops, comparators, lineno, col):
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.lineno = lineno
        self.col = col


class Call(Expr):
    """`func(args, keywords)`: args may hold Starred; Keyword.arg None is `**`."""
    def __init__(self, func, args, keywords, lineno, col):
        self.func = func
        self.args = args
        self.keywords = keywords
        self.lineno = lineno
        self.col = col


class FormattedValue(Expr):
    """One `{value!conversion:format_spec}` of an f-string.

    conversion is -1 (none) or ord('r'), ord('s'), ord('a'); format_spec is
    a JoinedStr or None.  The `=` specifier is expanded by the parser into a
    Str holding the source text followed by this node (with conversion 'r'
    when no conversion and no format_spec was given, as CPython does).
    """
    def __init__(self, value, conversion, format_spec, lineno, col):
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec
        self.lineno = lineno
        self.col = col


class JoinedStr(Expr):
    """An f-string: values are Str and FormattedValue nodes."""
    def __init__(self, values, lineno, col):
        self.values = values
        self.lineno = lineno
        self.col = col


class Num(Expr):
    """An integer literal of any size: text is its source without '_'
    (e.g. '0x1f', '0o17', '0b101', '123'); the compiler converts it."""
    def __init__(self, text, lineno, col):
        self.text = text
        self.lineno = lineno
        self.col = col


class Float(Expr):
    def __init__(self, value, lineno, col):
        self.value = value          # float
        self.lineno = lineno
        self.col = col


class Imag(Expr):
    """An imaginary literal `<value>j`."""
    def __init__(self, value, lineno, col):
        self.value = value          # float
        self.lineno = lineno
        self.col = col


class Str(Expr):
    """A str literal (adjacent literals already joined): value is UTF-8."""
    def __init__(self, value, lineno, col):
        self.value = value
        self.lineno = lineno
        self.col = col


class Bytes(Expr):
    def __init__(self, value, lineno, col):
        self.value = value          # a byte string
        self.lineno = lineno
        self.col = col


class NameConstant(Expr):
    """None, True or False: value is the string 'None', 'True' or 'False'."""
    def __init__(self, value, lineno, col):
        self.value = value
        self.lineno = lineno
        self.col = col


class EllipsisConst(Expr):
    def __init__(self, lineno, col):
        self.lineno = lineno
        self.col = col


class Attribute(Expr):
    def __init__(self, value, attr, ctx, lineno, col):
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


class Subscript(Expr):
    """`value[slice]`; slice is an Expr, a Slice, or a Tuple of them."""
    def __init__(self, value, slice, ctx, lineno, col):
        self.value = value
        self.slice = slice
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


class Slice(Expr):
    """`lower:upper:step` inside a subscript; each part Expr or None."""
    def __init__(self, lower, upper, step, lineno, col):
        self.lower = lower
        self.upper = upper
        self.step = step
        self.lineno = lineno
        self.col = col


class Starred(Expr):
    def __init__(self, value, ctx, lineno, col):
        self.value = value
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


class Name(Expr):
    def __init__(self, id, ctx, lineno, col):
        self.id = id
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


class List(Expr):
    def __init__(self, elts, ctx, lineno, col):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


class Tuple(Expr):
    def __init__(self, elts, ctx, lineno, col):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno
        self.col = col


def _install_accept():
    for name, cls in globals().items():
        if (isinstance(cls, type) and issubclass(cls, Node)
                and cls not in (Node, Mod, Stmt, Expr)):
            cls.accept = _visit_method(name)

_install_accept()


class Visitor(object):
    """Base for AST walkers: every visit_* method not overridden fails loudly."""

    def _unhandled(self, node):
        raise NotImplementedError


def _install_visitor_defaults():
    for name, cls in globals().items():
        if (isinstance(cls, type) and issubclass(cls, Node)
                and cls not in (Node, Mod, Stmt, Expr)):
            setattr(Visitor, 'visit_' + name, Visitor._unhandled.im_func)

_install_visitor_defaults()
