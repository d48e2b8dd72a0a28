"""The parser: tokens to the AST of interp/ast.py (Python 3.8's grammar).

    parse(source, mode)

source is a byte string of UTF-8 text; mode 'exec' gives an ast.Module,
'eval' an ast.Expression and 'single' an ast.Module holding one interactive
statement (simple statements joined by ';' count as one).  Bad source raises
interp.error.CompileError with kind 'SyntaxError' or 'IndentationError' and
CPython 3.8's messages ('invalid syntax', 'unexpected EOF while parsing',
'cannot assign to literal', ...).

Statements are parsed by recursive descent, binary operators by precedence
climbing.  String literals are decoded here (escapes, adjacent literals
joined, f-strings split into JoinedStr/FormattedValue, their expressions
tokenized and parsed in place).  Checks that need scopes (return outside a
function, nonlocal at module level, break outside a loop) belong to the
symbol table pass, not to the parser.

Nesting is bounded: more than MAX_DEPTH nested brackets or nested unary,
'not', lambda, conditional or '**' expressions raise CompileError ('too many
nested parentheses'), so recursion stays shallow enough for the C stack.
"""

import sys

from rpython.rlib.objectmodel import we_are_translated, not_rpython
from rpython.rlib.rstring import StringBuilder, ParseStringError
from rpython.rlib.rfloat import string_to_float
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from interp import ast
from interp.ast import LOAD, STORE, DEL
from interp.error import CompileError
from interp.tokenizer import (Tokenizer, ENDMARKER, NAME, NUMBER, STRING, OP,
                              NEWLINE, INDENT, DEDENT, KEYWORD, is_hex_digit,
                              lower_char)

MAX_DEPTH = 200

BINOP_PREC = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
              '*': 6, '@': 6, '/': 6, '//': 6, '%': 6}

AUGASSIGN_OPS = {'+=': '+', '-=': '-', '*=': '*', '@=': '@', '/=': '/',
                 '//=': '//', '%=': '%', '**=': '**', '<<=': '<<',
                 '>>=': '>>', '&=': '&', '|=': '|', '^=': '^'}

COMPARE_OPS = {'<': True, '>': True, '==': True, '>=': True, '<=': True,
               '!=': True}

EXPR_START_OPS = {'(': True, '[': True, '{': True, '-': True, '+': True,
                  '~': True, '...': True, '*': True}

EXPR_START_KEYWORDS = {'not': True, 'lambda': True, 'None': True,
                       'True': True, 'False': True, 'await': True}

SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\x07', 'b': '\x08',
                  'f': '\x0c', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\x0b'}


def parse(source, mode):
    """Parse source (UTF-8 bytes) in mode 'exec', 'eval' or 'single'."""
    if not we_are_translated():
        _make_room_on_stack()
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise CompileError("compile() mode must be 'exec', 'eval' or 'single'",
                           0, 0, 'SyntaxError')
    tokens = Tokenizer(source).tokenize()
    p = Parser(tokens, 0)
    try:
        if mode == 'eval':
            return p.parse_eval()
        elif mode == 'single':
            return p.parse_single()
        return p.parse_file()
    except StackOverflow:
        # MAX_DEPTH should make this unreachable; never crash on bad input
        check_stack_overflow()
        raise CompileError('too many nested parentheses', p.tok.lineno,
                           p.tok.col, 'SyntaxError')


@not_rpython
def _make_room_on_stack():
    # Untranslated, each nesting level costs a dozen Python frames.
    if sys.getrecursionlimit() < 6000:
        sys.setrecursionlimit(6000)


# ---------------------------------------------------------------- helpers

def utf8_encode(b, cp):
    """Append the UTF-8 bytes of code point cp to the StringBuilder b."""
    if cp < 0x80:
        b.append(chr(cp))
    elif cp < 0x800:
        b.append(chr(0xc0 | (cp >> 6)))
        b.append(chr(0x80 | (cp & 0x3f)))
    elif cp < 0x10000:
        b.append(chr(0xe0 | (cp >> 12)))
        b.append(chr(0x80 | ((cp >> 6) & 0x3f)))
        b.append(chr(0x80 | (cp & 0x3f)))
    else:
        b.append(chr(0xf0 | (cp >> 18)))
        b.append(chr(0x80 | ((cp >> 12) & 0x3f)))
        b.append(chr(0x80 | ((cp >> 6) & 0x3f)))
        b.append(chr(0x80 | (cp & 0x3f)))


def hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    return ord(c) - ord('A') + 10


def strip_underscores(s):
    if s.find('_') < 0:
        return s
    b = StringBuilder(len(s))
    for c in s:
        if c != '_':
            b.append(c)
    return b.build()


def is_space(c):
    return (c == ' ' or c == '\t' or c == '\n' or c == '\r' or c == '\x0c' or
            c == '\x0b')


def expr_name(e):
    """How CPython 3.8 names an expression in 'cannot assign to ...'."""
    if isinstance(e, ast.Call):
        return 'function call'
    if (isinstance(e, ast.BinOp) or isinstance(e, ast.UnaryOp) or
            isinstance(e, ast.BoolOp)):
        return 'operator'
    if (isinstance(e, ast.Num) or isinstance(e, ast.Float) or
            isinstance(e, ast.Imag) or isinstance(e, ast.Str) or
            isinstance(e, ast.Bytes)):
        return 'literal'
    if isinstance(e, ast.Dict):
        return 'dict display'
    if isinstance(e, ast.Set):
        return 'set display'
    if isinstance(e, ast.JoinedStr) or isinstance(e, ast.FormattedValue):
        return 'f-string expression'
    if isinstance(e, ast.NameConstant):
        return e.value
    if isinstance(e, ast.EllipsisConst):
        return 'Ellipsis'
    if isinstance(e, ast.Lambda):
        return 'lambda'
    if isinstance(e, ast.IfExp):
        return 'conditional expression'
    if isinstance(e, ast.Compare):
        return 'comparison'
    if isinstance(e, ast.GeneratorExp):
        return 'generator expression'
    if isinstance(e, ast.ListComp):
        return 'list comprehension'
    if isinstance(e, ast.SetComp):
        return 'set comprehension'
    if isinstance(e, ast.DictComp):
        return 'dict comprehension'
    if isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
        return 'yield expression'
    if isinstance(e, ast.Await):
        return 'await expression'
    if isinstance(e, ast.NamedExpr):
        return 'named expression'
    if isinstance(e, ast.Attribute):
        return 'attribute'
    if isinstance(e, ast.Subscript):
        return 'subscript'
    if isinstance(e, ast.Starred):
        return 'starred'
    if isinstance(e, ast.Name):
        return 'name'
    if isinstance(e, ast.List):
        return 'list'
    if isinstance(e, ast.Tuple):
        return 'tuple'
    return 'expression'


class StrParts(object):
    """Collects the pieces of adjacent string literals: literal text is
    joined, f-string values are kept in order (the values of a JoinedStr)."""

    def __init__(self, lineno, col):
        self.values = []
        self.pending = []
        self.lineno = lineno
        self.col = col

    def add_literal(self, s):
        if len(s) > 0:
            self.pending.append(s)

    def add_value(self, node):
        self.flush()
        self.values.append(node)

    def flush(self):
        if len(self.pending) > 0:
            s = ''.join(self.pending)
            self.pending = []
            self.values.append(ast.Str(s, self.lineno, self.col))

    def joined(self):
        self.flush()
        return ast.JoinedStr(self.values, self.lineno, self.col)

    def text(self):
        return ''.join(self.pending)


# ---------------------------------------------------------------- the parser

class Parser(object):
    """Recursive descent over a token list (from interp.tokenizer)."""

    def __init__(self, tokens, depth):
        self.tokens = tokens
        self.pos = 0
        self.tok = tokens[0]
        self.depth = depth

    # -- token access

    def advance(self):
        tok = self.tok
        if self.pos + 1 < len(self.tokens):
            self.pos += 1
            self.tok = self.tokens[self.pos]
        return tok

    def peek(self):
        """The token after the current one."""
        if self.pos + 1 < len(self.tokens):
            return self.tokens[self.pos + 1]
        return self.tok

    def at_op(self, value):
        return self.tok.kind == OP and self.tok.value == value

    def at_kw(self, value):
        return self.tok.kind == KEYWORD and self.tok.value == value

    def expect_op(self, value):
        if not self.at_op(value):
            raise self.syntax_error(self.tok)
        return self.advance()

    def expect_kw(self, value):
        if not self.at_kw(value):
            raise self.syntax_error(self.tok)
        return self.advance()

    def expect_name(self):
        if self.tok.kind != NAME:
            raise self.syntax_error(self.tok)
        return self.advance().value

    def at_expr_start(self):
        tok = self.tok
        k = tok.kind
        if k == NAME or k == NUMBER or k == STRING:
            return True
        if k == KEYWORD:
            return tok.value in EXPR_START_KEYWORDS
        if k == OP:
            return tok.value in EXPR_START_OPS
        return False

    def at_comp_for(self):
        if self.at_kw('for'):
            return True
        if self.at_kw('async'):
            nxt = self.peek()
            return nxt.kind == KEYWORD and nxt.value == 'for'
        return False

    # -- errors (built here, raised by the caller: `raise self.err(...)`)

    def err(self, msg, tok):
        return CompileError(msg, tok.lineno, tok.col, 'SyntaxError')

    def err_node(self, msg, node):
        return CompileError(msg, node.lineno, node.col, 'SyntaxError')

    def syntax_error(self, tok):
        if tok.kind == ENDMARKER:
            return CompileError('unexpected EOF while parsing', tok.lineno,
                                tok.col, 'SyntaxError')
        if tok.kind == INDENT:
            return CompileError('unexpected indent', tok.lineno, tok.col,
                                'IndentationError')
        if tok.kind == DEDENT:
            return CompileError('unexpected unindent', tok.lineno, tok.col,
                                'IndentationError')
        return CompileError('invalid syntax', tok.lineno, tok.col,
                            'SyntaxError')

    def enter(self, tok):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            if tok.kind == OP and (tok.value == '(' or tok.value == '[' or
                                   tok.value == '{'):
                raise self.err('too many nested parentheses', tok)
            raise self.err('expression nested too deeply', tok)

    def leave(self):
        self.depth -= 1

    # -- entry points

    def parse_file(self):
        body = []
        while self.tok.kind != ENDMARKER:
            self.parse_statement(body)
        return ast.Module(body)

    def parse_eval(self):
        while self.tok.kind == INDENT or self.tok.kind == NEWLINE:
            self.advance()
        e = self.parse_testlist(False)
        while (self.tok.kind == NEWLINE or self.tok.kind == DEDENT or
               self.tok.kind == INDENT):
            self.advance()
        if self.tok.kind != ENDMARKER:
            raise self.syntax_error(self.tok)
        return ast.Expression(e)

    def parse_single(self):
        body = []
        while self.tok.kind == NEWLINE:
            self.advance()
        if self.tok.kind == ENDMARKER:
            return ast.Module(body)
        self.parse_statement(body)
        while self.tok.kind == NEWLINE or self.tok.kind == DEDENT:
            self.advance()
        if self.tok.kind != ENDMARKER:
            raise self.err('multiple statements found while compiling a '
                           'single statement', self.tok)
        return ast.Module(body)

    # -- statements

    def parse_statement(self, body):
        """One statement (a line of simple statements adds several)."""
        tok = self.tok
        if tok.kind == KEYWORD:
            v = tok.value
            if v == 'if':
                body.append(self.parse_if())
                return
            if v == 'while':
                body.append(self.parse_while())
                return
            if v == 'for':
                body.append(self.parse_for(tok, False))
                return
            if v == 'try':
                body.append(self.parse_try())
                return
            if v == 'with':
                body.append(self.parse_with(tok, False))
                return
            if v == 'def':
                body.append(self.parse_funcdef(tok, [], False))
                return
            if v == 'class':
                body.append(self.parse_classdef([]))
                return
            if v == 'async':
                body.append(self.parse_async([]))
                return
        elif tok.kind == OP and tok.value == '@':
            body.append(self.parse_decorated())
            return
        elif (tok.kind == INDENT or tok.kind == DEDENT or tok.kind == NEWLINE
              or tok.kind == ENDMARKER):
            raise self.syntax_error(tok)
        self.parse_simple_stmt(body)

    def parse_simple_stmt(self, body):
        while True:
            body.append(self.parse_small_stmt())
            if self.at_op(';'):
                self.advance()
                if self.tok.kind == NEWLINE:
                    break
                continue
            break
        if self.tok.kind != NEWLINE:
            raise self.syntax_error(self.tok)
        self.advance()

    def parse_suite(self):
        """The body after ':': a simple statement line or an indented block."""
        body = []
        if self.tok.kind != NEWLINE:
            self.parse_simple_stmt(body)
            return body
        self.advance()
        if self.tok.kind != INDENT:
            if self.tok.kind == ENDMARKER:
                raise self.syntax_error(self.tok)
            raise CompileError('expected an indented block', self.tok.lineno,
                               self.tok.col, 'IndentationError')
        self.advance()
        while self.tok.kind != DEDENT and self.tok.kind != ENDMARKER:
            self.parse_statement(body)
        if self.tok.kind == DEDENT:
            self.advance()
        return body

    def parse_small_stmt(self):
        tok = self.tok
        if tok.kind == KEYWORD:
            v = tok.value
            if v == 'pass':
                self.advance()
                return ast.Pass(tok.lineno, tok.col)
            if v == 'break':
                self.advance()
                return ast.Break(tok.lineno, tok.col)
            if v == 'continue':
                self.advance()
                return ast.Continue(tok.lineno, tok.col)
            if v == 'return':
                return self.parse_return()
            if v == 'raise':
                return self.parse_raise()
            if v == 'global' or v == 'nonlocal':
                return self.parse_global()
            if v == 'del':
                return self.parse_del()
            if v == 'assert':
                return self.parse_assert()
            if v == 'import':
                return self.parse_import()
            if v == 'from':
                return self.parse_from_import()
        return self.parse_expr_stmt()

    def parse_expr_stmt(self):
        start = self.tok
        if self.at_kw('yield'):
            y = self.parse_yield_expr()
            return ast.ExprStmt(y, y.lineno, y.col)
        first = self.parse_testlist(True)
        tok = self.tok
        if tok.kind == OP:
            if tok.value == '=':
                targets = [first]
                value = first
                while self.at_op('='):
                    self.advance()
                    if self.at_kw('yield'):
                        value = self.parse_yield_expr()
                    else:
                        value = self.parse_testlist(True)
                    if self.at_op('='):
                        targets.append(value)
                for t in targets:
                    self.set_store_target(t)
                self.check_not_starred(value)
                return ast.Assign(targets, value, start.lineno, start.col)
            if tok.value in AUGASSIGN_OPS:
                self.set_context(first, STORE)
                if not (isinstance(first, ast.Name) or
                        isinstance(first, ast.Attribute) or
                        isinstance(first, ast.Subscript)):
                    raise self.err_node('illegal expression for augmented '
                                        'assignment', first)
                self.advance()
                if self.at_kw('yield'):
                    value = self.parse_yield_expr()
                else:
                    value = self.parse_testlist(False)
                return ast.AugAssign(first, AUGASSIGN_OPS[tok.value], value,
                                     start.lineno, start.col)
            if tok.value == ':':
                if isinstance(first, ast.Tuple):
                    raise self.err_node('only single target (not tuple) can '
                                        'be annotated', first)
                if isinstance(first, ast.List):
                    raise self.err_node('only single target (not list) can '
                                        'be annotated', first)
                if not (isinstance(first, ast.Name) or
                        isinstance(first, ast.Attribute) or
                        isinstance(first, ast.Subscript)):
                    raise self.err_node('illegal target for annotation', first)
                self.set_context(first, STORE)
                simple = isinstance(first, ast.Name) and not (
                    start.kind == OP and start.value == '(')
                self.advance()
                annotation = self.parse_test()
                value = None
                if self.at_op('='):
                    self.advance()
                    if self.at_kw('yield'):
                        value = self.parse_yield_expr()
                    else:
                        value = self.parse_testlist(True)
                        self.check_not_starred(value)
                return ast.AnnAssign(first, annotation, value, simple,
                                     start.lineno, start.col)
        self.check_not_starred(first)
        return ast.ExprStmt(first, first.lineno, first.col)

    def check_not_starred(self, e):
        if isinstance(e, ast.Starred):
            raise self.err_node("can't use starred expression here", e)

    def parse_return(self):
        tok = self.advance()
        value = None
        if self.at_expr_start():
            value = self.parse_testlist(True)
            self.check_not_starred(value)
        return ast.Return(value, tok.lineno, tok.col)

    def parse_raise(self):
        tok = self.advance()
        exc = None
        cause = None
        if self.at_expr_start():
            exc = self.parse_test()
            if self.at_kw('from'):
                self.advance()
                cause = self.parse_test()
        return ast.Raise(exc, cause, tok.lineno, tok.col)

    def parse_global(self):
        tok = self.advance()
        names = [self.expect_name()]
        while self.at_op(','):
            self.advance()
            names.append(self.expect_name())
        if tok.value == 'global':
            return ast.Global(names, tok.lineno, tok.col)
        return ast.Nonlocal(names, tok.lineno, tok.col)

    def parse_del(self):
        tok = self.advance()
        targets = []
        while True:
            e = self.parse_expr_or_star()
            self.set_context(e, DEL)
            targets.append(e)
            if not self.at_op(','):
                break
            self.advance()
            if not self.at_expr_start():
                break
        return ast.Delete(targets, tok.lineno, tok.col)

    def parse_assert(self):
        tok = self.advance()
        test = self.parse_test()
        msg = None
        if self.at_op(','):
            self.advance()
            msg = self.parse_test()
        return ast.Assert(test, msg, tok.lineno, tok.col)

    def parse_dotted_name(self):
        name = self.expect_name()
        while self.at_op('.'):
            self.advance()
            name = name + '.' + self.expect_name()
        return name

    def parse_import(self):
        tok = self.advance()
        names = []
        while True:
            ntok = self.tok
            name = self.parse_dotted_name()
            asname = None
            if self.at_kw('as'):
                self.advance()
                asname = self.expect_name()
            names.append(ast.Alias(name, asname, ntok.lineno, ntok.col))
            if not self.at_op(','):
                break
            self.advance()
        return ast.Import(names, tok.lineno, tok.col)

    def parse_from_import(self):
        tok = self.advance()
        level = 0
        while True:
            if self.at_op('.'):
                level += 1
            elif self.at_op('...'):
                level += 3
            else:
                break
            self.advance()
        module = None
        if self.tok.kind == NAME:
            module = self.parse_dotted_name()
        elif level == 0:
            raise self.syntax_error(self.tok)
        self.expect_kw('import')
        names = []
        if self.at_op('*'):
            stok = self.advance()
            names.append(ast.Alias('*', None, stok.lineno, stok.col))
            return ast.ImportFrom(module, names, level, tok.lineno, tok.col)
        paren = self.at_op('(')
        if paren:
            self.advance()
        while True:
            ntok = self.tok
            name = self.expect_name()
            asname = None
            if self.at_kw('as'):
                self.advance()
                asname = self.expect_name()
            names.append(ast.Alias(name, asname, ntok.lineno, ntok.col))
            if not self.at_op(','):
                break
            ctok = self.advance()
            if paren:
                if self.at_op(')'):
                    break
            elif self.tok.kind != NAME:
                raise self.err('trailing comma not allowed without '
                               'surrounding parentheses', ctok)
        if paren:
            self.expect_op(')')
        return ast.ImportFrom(module, names, level, tok.lineno, tok.col)

    # -- compound statements

    def parse_if(self):
        tok = self.advance()
        test = self.parse_namedexpr_test()
        self.expect_op(':')
        body = self.parse_suite()
        # elif chains become nested Ifs; collect them to build without
        # recursion
        elif_toks = []
        elif_tests = []
        elif_bodies = []
        while self.at_kw('elif'):
            elif_toks.append(self.advance())
            elif_tests.append(self.parse_namedexpr_test())
            self.expect_op(':')
            elif_bodies.append(self.parse_suite())
        orelse = []
        if self.at_kw('else'):
            self.advance()
            self.expect_op(':')
            orelse = self.parse_suite()
        i = len(elif_toks) - 1
        while i >= 0:
            et = elif_toks[i]
            node = ast.If(elif_tests[i], elif_bodies[i], orelse, et.lineno,
                          et.col)
            orelse = [node]
            i -= 1
        return ast.If(test, body, orelse, tok.lineno, tok.col)

    def parse_while(self):
        tok = self.advance()
        test = self.parse_namedexpr_test()
        self.expect_op(':')
        body = self.parse_suite()
        orelse = self.parse_else()
        return ast.While(test, body, orelse, tok.lineno, tok.col)

    def parse_else(self):
        if self.at_kw('else'):
            self.advance()
            self.expect_op(':')
            return self.parse_suite()
        return []

    def parse_for(self, start, is_async):
        self.expect_kw('for')
        target = self.parse_exprlist()
        self.set_store_target(target)
        self.expect_kw('in')
        it = self.parse_testlist(False)
        self.expect_op(':')
        body = self.parse_suite()
        orelse = self.parse_else()
        return ast.For(target, it, body, orelse, is_async, start.lineno,
                       start.col)

    def parse_try(self):
        tok = self.advance()
        self.expect_op(':')
        body = self.parse_suite()
        handlers = []
        bare_seen = None
        while self.at_kw('except'):
            etok = self.advance()
            if bare_seen is not None:
                raise self.err("default 'except:' must be last", bare_seen)
            typ = None
            name = None
            if not self.at_op(':'):
                typ = self.parse_test()
                if self.at_kw('as'):
                    self.advance()
                    name = self.expect_name()
            else:
                bare_seen = etok
            self.expect_op(':')
            hbody = self.parse_suite()
            handlers.append(ast.ExceptHandler(typ, name, hbody, etok.lineno,
                                              etok.col))
        orelse = []
        if len(handlers) > 0:
            orelse = self.parse_else()
        finalbody = []
        if self.at_kw('finally'):
            self.advance()
            self.expect_op(':')
            finalbody = self.parse_suite()
        if len(handlers) == 0 and len(finalbody) == 0:
            raise self.syntax_error(self.tok)
        return ast.Try(body, handlers, orelse, finalbody, tok.lineno, tok.col)

    def parse_with(self, start, is_async):
        self.expect_kw('with')
        items = []
        while True:
            ctx = self.parse_test()
            target = None
            if self.at_kw('as'):
                self.advance()
                target = self.parse_expr()
                self.set_store_target(target)
            items.append(ast.WithItem(ctx, target))
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(':')
        body = self.parse_suite()
        return ast.With(items, body, is_async, start.lineno, start.col)

    def parse_async(self, decorators):
        start = self.advance()
        if self.at_kw('def'):
            return self.parse_funcdef(start, decorators, True)
        if len(decorators) == 0:
            if self.at_kw('for'):
                return self.parse_for(start, True)
            if self.at_kw('with'):
                return self.parse_with(start, True)
        raise self.syntax_error(self.tok)

    def parse_decorated(self):
        decorators = []
        while self.at_op('@'):
            self.advance()
            decorators.append(self.parse_namedexpr_test())
            if self.tok.kind != NEWLINE:
                raise self.syntax_error(self.tok)
            self.advance()
        if self.at_kw('def'):
            return self.parse_funcdef(self.tok, decorators, False)
        if self.at_kw('class'):
            return self.parse_classdef(decorators)
        if self.at_kw('async'):
            return self.parse_async(decorators)
        raise self.syntax_error(self.tok)

    def parse_funcdef(self, start, decorators, is_async):
        self.expect_kw('def')
        name = self.expect_name()
        self.expect_op('(')
        args = self.parse_arguments(')')
        self.expect_op(')')
        returns = None
        if self.at_op('->'):
            self.advance()
            returns = self.parse_test()
        self.expect_op(':')
        body = self.parse_suite()
        return ast.FunctionDef(name, args, body, decorators, returns, is_async,
                               start.lineno, start.col)

    def parse_classdef(self, decorators):
        tok = self.advance()
        name = self.expect_name()
        bases = []
        keywords = []
        if self.at_op('('):
            open_tok = self.advance()
            self.enter(open_tok)
            bases, keywords = self.parse_call_args(None)
            self.leave()
        self.expect_op(':')
        body = self.parse_suite()
        return ast.ClassDef(name, bases, keywords, body, decorators,
                            tok.lineno, tok.col)

    def parse_arguments(self, closing):
        """A def's parameters (closing ')') or a lambda's (closing ':');
        annotations only in a def."""
        is_lambda = closing == ':'
        posonly = []
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        seen_star = False
        seen_slash = False
        seen_names = {}
        while not self.at_op(closing):
            tok = self.tok
            if self.at_op('/'):
                if seen_slash or seen_star:
                    raise self.syntax_error(tok)
                if len(args) == 0:
                    raise self.err('at least one argument must precede /', tok)
                self.advance()
                seen_slash = True
                posonly = args
                args = []
            elif self.at_op('*'):
                if seen_star:
                    raise self.syntax_error(tok)
                self.advance()
                seen_star = True
                if self.tok.kind == NAME:
                    vararg = self.parse_param(is_lambda, seen_names)
                elif not self.at_op(','):
                    raise self.err('named arguments must follow bare *', tok)
            elif self.at_op('**'):
                self.advance()
                kwarg = self.parse_param(is_lambda, seen_names)
                if self.at_op(','):
                    self.advance()
                if not self.at_op(closing):
                    raise self.syntax_error(self.tok)
                break
            elif tok.kind == NAME:
                a = self.parse_param(is_lambda, seen_names)
                default = None
                if self.at_op('='):
                    self.advance()
                    default = self.parse_test()
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(default)
                else:
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        raise self.err('non-default argument follows default '
                                       'argument', tok)
                    args.append(a)
            else:
                raise self.syntax_error(tok)
            if not self.at_op(','):
                break
            self.advance()
        if seen_star and vararg is None and len(kwonly) == 0:
            raise self.err('named arguments must follow bare *', self.tok)
        return ast.Arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg,
                             defaults)

    def parse_param(self, is_lambda, seen_names):
        tok = self.tok
        name = self.expect_name()
        if name in seen_names:
            raise self.err("duplicate argument '%s' in function definition"
                           % name, tok)
        seen_names[name] = True
        annotation = None
        if not is_lambda and self.at_op(':'):
            self.advance()
            annotation = self.parse_test()
        return ast.Arg(name, annotation, tok.lineno, tok.col)

    # -- assignment targets

    def set_store_target(self, e):
        if isinstance(e, ast.Starred):
            raise self.err_node('starred assignment target must be in a list '
                                'or tuple', e)
        self.set_context(e, STORE)

    def set_context(self, e, ctx):
        """Give a target expression (recursively) the context STORE or DEL,
        or raise 'cannot assign to ...' / 'cannot delete ...'."""
        if isinstance(e, ast.Name):
            if e.id == '__debug__':
                if ctx == DEL:
                    raise self.err_node('cannot delete __debug__', e)
                raise self.err_node('cannot assign to __debug__', e)
            e.ctx = ctx
        elif isinstance(e, ast.Attribute):
            e.ctx = ctx
        elif isinstance(e, ast.Subscript):
            e.ctx = ctx
        elif isinstance(e, ast.Starred):
            if ctx == DEL:
                raise self.err_node('cannot delete starred', e)
            e.ctx = ctx
            self.set_context(e.value, ctx)
        elif isinstance(e, ast.Tuple):
            e.ctx = ctx
            self.set_context_elts(e.elts, ctx)
        elif isinstance(e, ast.List):
            e.ctx = ctx
            self.set_context_elts(e.elts, ctx)
        else:
            if ctx == DEL:
                raise self.err_node('cannot delete ' + expr_name(e), e)
            raise self.err_node('cannot assign to ' + expr_name(e), e)

    def set_context_elts(self, elts, ctx):
        starred = 0
        for elt in elts:
            if isinstance(elt, ast.Starred):
                starred += 1
                if starred > 1:
                    raise self.err_node('multiple starred expressions in '
                                        'assignment', elt)
            self.set_context(elt, ctx)

    # -- expressions

    def parse_testlist(self, star_ok):
        """testlist / testlist_star_expr: a Tuple when there is a comma."""
        start = self.tok
        first = self.parse_test_or_star(star_ok)
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if not self.at_expr_start():
                break
            elts.append(self.parse_test_or_star(star_ok))
        return ast.Tuple(elts, LOAD, start.lineno, start.col)

    def parse_test_or_star(self, star_ok):
        if star_ok and self.at_op('*'):
            tok = self.advance()
            value = self.parse_expr()
            return ast.Starred(value, LOAD, tok.lineno, tok.col)
        return self.parse_test()

    def parse_expr_or_star(self):
        if self.at_op('*'):
            tok = self.advance()
            value = self.parse_expr()
            return ast.Starred(value, LOAD, tok.lineno, tok.col)
        return self.parse_expr()

    def parse_namedexpr_or_star(self):
        if self.at_op('*'):
            tok = self.advance()
            value = self.parse_expr()
            return ast.Starred(value, LOAD, tok.lineno, tok.col)
        return self.parse_namedexpr_test()

    def parse_exprlist(self):
        """exprlist (for-loop and comprehension targets)."""
        start = self.tok
        first = self.parse_expr_or_star()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if not self.at_expr_start():
                break
            elts.append(self.parse_expr_or_star())
        return ast.Tuple(elts, LOAD, start.lineno, start.col)

    def parse_namedexpr_test(self):
        start = self.tok
        e = self.parse_test()
        if self.at_op(':='):
            tok = self.advance()
            if not isinstance(e, ast.Name):
                raise self.err_node('cannot use assignment expressions '
                                    'with ' + expr_name(e), e)
            self.set_context(e, STORE)
            self.enter(tok)
            value = self.parse_test()
            self.leave()
            return ast.NamedExpr(e, value, start.lineno, start.col)
        return e

    def parse_test(self):
        if self.at_kw('lambda'):
            return self.parse_lambda(False)
        start = self.tok
        e = self.parse_or_test()
        if self.at_kw('if'):
            tok = self.advance()
            self.enter(tok)
            test = self.parse_or_test()
            self.expect_kw('else')
            orelse = self.parse_test()
            self.leave()
            return ast.IfExp(test, e, orelse, start.lineno, start.col)
        return e

    def parse_test_nocond(self):
        if self.at_kw('lambda'):
            return self.parse_lambda(True)
        return self.parse_or_test()

    def parse_lambda(self, nocond):
        tok = self.advance()
        self.enter(tok)
        args = self.parse_arguments(':')
        self.expect_op(':')
        if nocond:
            body = self.parse_test_nocond()
        else:
            body = self.parse_test()
        self.leave()
        return ast.Lambda(args, body, tok.lineno, tok.col)

    def parse_or_test(self):
        start = self.tok
        e = self.parse_and_test()
        if not self.at_kw('or'):
            return e
        values = [e]
        while self.at_kw('or'):
            self.advance()
            values.append(self.parse_and_test())
        return ast.BoolOp('or', values, start.lineno, start.col)

    def parse_and_test(self):
        start = self.tok
        e = self.parse_not_test()
        if not self.at_kw('and'):
            return e
        values = [e]
        while self.at_kw('and'):
            self.advance()
            values.append(self.parse_not_test())
        return ast.BoolOp('and', values, start.lineno, start.col)

    def parse_not_test(self):
        if self.at_kw('not'):
            tok = self.advance()
            self.enter(tok)
            operand = self.parse_not_test()
            self.leave()
            return ast.UnaryOp('not', operand, tok.lineno, tok.col)
        return self.parse_comparison()

    def parse_comparison(self):
        start = self.tok
        left = self.parse_expr()
        ops = []
        comparators = []
        while True:
            op = self.parse_comp_op()
            if len(op) == 0:
                break
            ops.append(op)
            comparators.append(self.parse_expr())
        if len(ops) == 0:
            return left
        return ast.Compare(left, ops, comparators, start.lineno, start.col)

    def parse_comp_op(self):
        """Consume a comparison operator and return it, or return ''."""
        tok = self.tok
        if tok.kind == OP:
            if tok.value in COMPARE_OPS:
                self.advance()
                return tok.value
        elif tok.kind == KEYWORD:
            if tok.value == 'in':
                self.advance()
                return 'in'
            if tok.value == 'not':
                nxt = self.peek()
                if nxt.kind == KEYWORD and nxt.value == 'in':
                    self.advance()
                    self.advance()
                    return 'not in'
            elif tok.value == 'is':
                self.advance()
                if self.at_kw('not'):
                    self.advance()
                    return 'is not'
                return 'is'
        return ''

    def parse_expr(self):
        """Python's `expr`: the '|' level and everything tighter."""
        return self.parse_binop(1)

    def parse_binop(self, min_prec):
        start = self.tok
        left = self.parse_factor()
        while True:
            tok = self.tok
            if tok.kind != OP:
                break
            prec = BINOP_PREC.get(tok.value, 0)
            if prec < min_prec or prec == 0:
                break
            self.advance()
            right = self.parse_binop(prec + 1)
            left = ast.BinOp(left, tok.value, right, start.lineno, start.col)
        return left

    def parse_factor(self):
        tok = self.tok
        if tok.kind == OP and (tok.value == '-' or tok.value == '+' or
                               tok.value == '~'):
            self.advance()
            self.enter(tok)
            operand = self.parse_factor()
            self.leave()
            return ast.UnaryOp(tok.value, operand, tok.lineno, tok.col)
        return self.parse_power()

    def parse_power(self):
        start = self.tok
        e = self.parse_atom_expr()
        if self.at_op('**'):
            tok = self.advance()
            self.enter(tok)
            right = self.parse_factor()
            self.leave()
            return ast.BinOp(e, '**', right, start.lineno, start.col)
        return e

    def parse_atom_expr(self):
        if self.at_kw('await'):
            tok = self.advance()
            start = self.tok
            e = self.parse_trailers(self.parse_atom(), start)
            return ast.Await(e, tok.lineno, tok.col)
        start = self.tok
        return self.parse_trailers(self.parse_atom(), start)

    def parse_trailers(self, e, start):
        while True:
            tok = self.tok
            if tok.kind != OP:
                break
            if tok.value == '(':
                self.advance()
                self.enter(tok)
                args, keywords = self.parse_call_args(tok)
                self.leave()
                e = ast.Call(e, args, keywords, start.lineno, start.col)
            elif tok.value == '[':
                self.advance()
                self.enter(tok)
                sl = self.parse_subscriptlist()
                self.expect_op(']')
                self.leave()
                e = ast.Subscript(e, sl, LOAD, start.lineno, start.col)
            elif tok.value == '.':
                self.advance()
                name = self.expect_name()
                e = ast.Attribute(e, name, LOAD, start.lineno, start.col)
            else:
                break
        return e

    def parse_call_args(self, open_tok):
        """Arguments after '(' up to and including ')': (args, keywords).
        open_tok is the '(' of a call, None for a class statement (where a
        bare generator expression is not allowed)."""
        args = []
        keywords = []
        seen_keyword = False
        seen_dstar = False
        kwnames = {}
        count = 0
        while not self.at_op(')'):
            tok = self.tok
            count += 1
            if self.at_op('*'):
                self.advance()
                value = self.parse_test()
                if seen_dstar:
                    raise self.err('iterable argument unpacking follows '
                                   'keyword argument unpacking', tok)
                args.append(ast.Starred(value, LOAD, tok.lineno, tok.col))
            elif self.at_op('**'):
                self.advance()
                value = self.parse_test()
                keywords.append(ast.Keyword(None, value, tok.lineno, tok.col))
                seen_dstar = True
            else:
                start = self.tok
                e = self.parse_test()
                if self.at_op('='):
                    if not isinstance(e, ast.Name):
                        if isinstance(e, ast.NameConstant):
                            raise self.err_node('cannot assign to ' + e.value,
                                                e)
                        raise self.err_node('expression cannot contain '
                                            'assignment, perhaps you meant '
                                            '"=="?', e)
                    self.advance()
                    value = self.parse_test()
                    if e.id in kwnames:
                        raise self.err_node('keyword argument repeated', e)
                    kwnames[e.id] = True
                    keywords.append(ast.Keyword(e.id, value, e.lineno, e.col))
                    seen_keyword = True
                else:
                    if self.at_op(':='):
                        ntok = self.advance()
                        if not isinstance(e, ast.Name):
                            raise self.err_node('cannot use assignment '
                                                'expressions with ' +
                                                expr_name(e), e)
                        self.set_context(e, STORE)
                        self.enter(ntok)
                        value = self.parse_test()
                        self.leave()
                        e = ast.NamedExpr(e, value, start.lineno, start.col)
                    elif self.at_comp_for():
                        gens = self.parse_comp_for()
                        if open_tok is None:
                            e = ast.GeneratorExp(e, gens, start.lineno,
                                                 start.col)
                            raise self.err_node('invalid syntax', e)
                        e = ast.GeneratorExp(e, gens, open_tok.lineno,
                                             open_tok.col)
                        if count > 1 or not self.at_op(')'):
                            raise self.err('Generator expression must be '
                                           'parenthesized', start)
                    if seen_dstar:
                        raise self.err_node('positional argument follows '
                                            'keyword argument unpacking', e)
                    if seen_keyword:
                        raise self.err_node('positional argument follows '
                                            'keyword argument', e)
                    args.append(e)
            if not self.at_op(','):
                break
            self.advance()
        self.expect_op(')')
        return args, keywords

    def parse_subscriptlist(self):
        start = self.tok
        first = self.parse_subscript()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if self.at_op(']'):
                break
            elts.append(self.parse_subscript())
        return ast.Tuple(elts, LOAD, start.lineno, start.col)

    def parse_subscript(self):
        tok = self.tok
        lower = None
        if not self.at_op(':'):
            lower = self.parse_test()
            if not self.at_op(':'):
                return lower
        self.advance()
        upper = None
        if not (self.at_op(':') or self.at_op(']') or self.at_op(',')):
            upper = self.parse_test()
        step = None
        if self.at_op(':'):
            self.advance()
            if not (self.at_op(']') or self.at_op(',')):
                step = self.parse_test()
        return ast.Slice(lower, upper, step, tok.lineno, tok.col)

    def parse_comp_for(self):
        gens = []
        while True:
            is_async = False
            if self.at_kw('async'):
                self.advance()
                is_async = True
            self.expect_kw('for')
            target = self.parse_exprlist()
            self.set_store_target(target)
            self.expect_kw('in')
            it = self.parse_or_test()
            ifs = []
            while self.at_kw('if'):
                self.advance()
                ifs.append(self.parse_test_nocond())
            gens.append(ast.Comprehension(target, it, ifs, is_async))
            if not self.at_comp_for():
                break
        return gens

    def parse_yield_expr(self):
        tok = self.advance()
        if self.at_kw('from'):
            self.advance()
            value = self.parse_test()
            return ast.YieldFrom(value, tok.lineno, tok.col)
        if self.at_expr_start():
            value = self.parse_testlist(True)
            self.check_not_starred(value)
            return ast.Yield(value, tok.lineno, tok.col)
        return ast.Yield(None, tok.lineno, tok.col)

    # -- atoms

    def parse_atom(self):
        tok = self.tok
        k = tok.kind
        if k == NAME:
            self.advance()
            return ast.Name(tok.value, LOAD, tok.lineno, tok.col)
        if k == NUMBER:
            self.advance()
            return self.make_number(tok)
        if k == STRING:
            return self.parse_strings()
        if k == KEYWORD:
            v = tok.value
            if v == 'None' or v == 'True' or v == 'False':
                self.advance()
                return ast.NameConstant(v, tok.lineno, tok.col)
            raise self.syntax_error(tok)
        if k == OP:
            v = tok.value
            if v == '(':
                self.advance()
                self.enter(tok)
                e = self.parse_paren_body(tok)
                self.expect_op(')')
                self.leave()
                return e
            if v == '[':
                self.advance()
                self.enter(tok)
                e = self.parse_list_body(tok)
                self.expect_op(']')
                self.leave()
                return e
            if v == '{':
                self.advance()
                self.enter(tok)
                e = self.parse_dict_body(tok)
                self.expect_op('}')
                self.leave()
                return e
            if v == '...':
                self.advance()
                return ast.EllipsisConst(tok.lineno, tok.col)
        raise self.syntax_error(tok)

    def parse_paren_body(self, open_tok):
        """What follows '(' up to (not including) ')'."""
        if self.at_op(')'):
            return ast.Tuple([], LOAD, open_tok.lineno, open_tok.col)
        if self.at_kw('yield'):
            return self.parse_yield_expr()
        first = self.parse_namedexpr_or_star()
        if self.at_comp_for():
            if isinstance(first, ast.Starred):
                raise self.err_node('iterable unpacking cannot be used in '
                                    'comprehension', first)
            gens = self.parse_comp_for()
            return ast.GeneratorExp(first, gens, open_tok.lineno, open_tok.col)
        if not self.at_op(','):
            self.check_not_starred(first)
            return first
        elts = [first]
        while self.at_op(','):
            self.advance()
            if not self.at_expr_start():
                break
            elts.append(self.parse_namedexpr_or_star())
        return ast.Tuple(elts, LOAD, open_tok.lineno, open_tok.col)

    def parse_list_body(self, open_tok):
        elts = []
        if self.at_op(']'):
            return ast.List(elts, LOAD, open_tok.lineno, open_tok.col)
        first = self.parse_namedexpr_or_star()
        if self.at_comp_for():
            if isinstance(first, ast.Starred):
                raise self.err_node('iterable unpacking cannot be used in '
                                    'comprehension', first)
            gens = self.parse_comp_for()
            return ast.ListComp(first, gens, open_tok.lineno, open_tok.col)
        elts.append(first)
        while self.at_op(','):
            self.advance()
            if not self.at_expr_start():
                break
            elts.append(self.parse_namedexpr_or_star())
        return ast.List(elts, LOAD, open_tok.lineno, open_tok.col)

    def parse_dict_body(self, open_tok):
        keys = []
        values = []
        if self.at_op('}'):
            return ast.Dict(keys, values, open_tok.lineno, open_tok.col)
        if self.at_op('**'):
            dtok = self.advance()
            keys.append(None)
            values.append(self.parse_expr())
            if self.at_comp_for():
                raise self.err('dict unpacking cannot be used in dict '
                               'comprehension', dtok)
            return self.parse_dict_rest(open_tok, keys, values)
        first = self.parse_test_or_star(True)
        if self.at_op(':') and not isinstance(first, ast.Starred):
            self.advance()
            value = self.parse_test()
            if self.at_comp_for():
                gens = self.parse_comp_for()
                return ast.DictComp(first, value, gens, open_tok.lineno,
                                    open_tok.col)
            keys.append(first)
            values.append(value)
            return self.parse_dict_rest(open_tok, keys, values)
        if self.at_comp_for():
            if isinstance(first, ast.Starred):
                raise self.err_node('iterable unpacking cannot be used in '
                                    'comprehension', first)
            gens = self.parse_comp_for()
            return ast.SetComp(first, gens, open_tok.lineno, open_tok.col)
        elts = [first]
        while self.at_op(','):
            self.advance()
            if not self.at_expr_start():
                break
            elts.append(self.parse_test_or_star(True))
        return ast.Set(elts, open_tok.lineno, open_tok.col)

    def parse_dict_rest(self, open_tok, keys, values):
        while self.at_op(','):
            self.advance()
            if self.at_op('**'):
                self.advance()
                keys.append(None)
                values.append(self.parse_expr())
            elif self.at_expr_start() and not self.at_op('*'):
                keys.append(self.parse_test())
                self.expect_op(':')
                values.append(self.parse_test())
            else:
                break
        return ast.Dict(keys, values, open_tok.lineno, open_tok.col)

    # -- literals

    def make_number(self, tok):
        text = strip_underscores(tok.value)
        n = len(text)
        last = text[n - 1]
        if last == 'j' or last == 'J':
            end = n - 1
            assert end >= 0
            return ast.Imag(self.to_float(text[0:end], tok), tok.lineno,
                            tok.col)
        if n > 1 and text[0] == '0' and text[1] in 'xXoObB':
            return ast.Num(text, tok.lineno, tok.col)
        if (text.find('.') >= 0 or text.find('e') >= 0 or
                text.find('E') >= 0):
            return ast.Float(self.to_float(text, tok), tok.lineno, tok.col)
        return ast.Num(text, tok.lineno, tok.col)

    def to_float(self, text, tok):
        try:
            return string_to_float(text)
        except ParseStringError:
            raise self.err('invalid number', tok)

    def parse_strings(self):
        """Adjacent STRING tokens: a Str, a Bytes or a JoinedStr."""
        first = self.tok
        parts = StrParts(first.lineno, first.col)
        saw_bytes = False
        saw_str = False
        saw_f = False
        while self.tok.kind == STRING:
            tok = self.advance()
            raw = tok.value
            is_raw = False
            is_bytes = False
            is_f = False
            i = 0
            while raw[i] != '"' and raw[i] != "'":
                c = lower_char(raw[i])
                if c == 'r':
                    is_raw = True
                elif c == 'b':
                    is_bytes = True
                elif c == 'f':
                    is_f = True
                i += 1
            q = raw[i]
            n = len(raw)
            qlen = 1
            if n - i >= 6 and raw[i + 1] == q and raw[i + 2] == q:
                qlen = 3
            start = i + qlen
            end = n - qlen
            if is_bytes:
                saw_bytes = True
                parts.add_literal(self.decode_bytes(raw, start, end, is_raw,
                                                    tok))
            else:
                saw_str = True
                if is_f:
                    saw_f = True
                    stop = self.parse_fstring(tok, raw, start, end, is_raw,
                                              parts, 0)
                    assert stop == end
                elif is_raw:
                    assert start >= 0 and end >= start
                    parts.add_literal(raw[start:end])
                else:
                    parts.add_literal(self.decode_str(raw, start, end, tok))
            if saw_bytes and saw_str:
                raise self.err('cannot mix bytes and nonbytes literals', tok)
        if saw_bytes:
            return ast.Bytes(parts.text(), first.lineno, first.col)
        if saw_f:
            return parts.joined()
        return ast.Str(parts.text(), first.lineno, first.col)

    def decode_str(self, s, start, end, tok):
        """Decode the escapes of a str literal's text s[start:end]."""
        assert start >= 0 and end >= 0
        if s.find('\\', start, end) < 0:
            assert start >= 0 and end >= start
            return s[start:end]
        b = StringBuilder(end - start)
        i = start
        while i < end:
            c = s[i]
            if c != '\\':
                b.append(c)
                i += 1
                continue
            i += 1
            if i >= end:
                b.append('\\')
                break
            c = s[i]
            i += 1
            if c == '\n':
                continue
            if c in SIMPLE_ESCAPES:
                b.append(SIMPLE_ESCAPES[c])
            elif '0' <= c <= '7':
                value = ord(c) - ord('0')
                k = 0
                while k < 2 and i < end and '0' <= s[i] <= '7':
                    value = value * 8 + ord(s[i]) - ord('0')
                    i += 1
                    k += 1
                utf8_encode(b, value)
            elif c == 'x' or c == 'u' or c == 'U':
                if c == 'x':
                    ndigits = 2
                    what = 'truncated \\xXX escape'
                elif c == 'u':
                    ndigits = 4
                    what = 'truncated \\uXXXX escape'
                else:
                    ndigits = 8
                    what = 'truncated \\UXXXXXXXX escape'
                esc = i - 2 - start
                value = 0
                k = 0
                while k < ndigits:
                    if i >= end or not is_hex_digit(s[i]):
                        raise self.err("(unicode error) 'unicodeescape' codec "
                                       "can't decode bytes in position %d-%d: "
                                       "%s" % (esc, i - start - 1, what), tok)
                    value = value * 16 + hex_value(s[i])
                    i += 1
                    k += 1
                if value > 0x10ffff:
                    raise self.err("(unicode error) 'unicodeescape' codec "
                                   "can't decode bytes in position %d-%d: "
                                   "illegal Unicode character"
                                   % (esc, i - start - 1),
                                   tok)
                utf8_encode(b, value)
            elif c == 'N':
                raise self.err("(unicode error) \\N{...} escapes are not "
                               "supported", tok)
            else:
                b.append('\\')
                b.append(c)
        return b.build()

    def decode_bytes(self, s, start, end, is_raw, tok):
        """Check and decode a bytes literal's text s[start:end]."""
        assert start >= 0 and end >= 0
        i = start
        while i < end:
            if ord(s[i]) >= 0x80:
                raise self.err('bytes can only contain ASCII literal '
                               'characters.', tok)
            i += 1
        if is_raw or s.find('\\', start, end) < 0:
            assert start >= 0 and end >= start
            return s[start:end]
        b = StringBuilder(end - start)
        i = start
        while i < end:
            c = s[i]
            if c != '\\':
                b.append(c)
                i += 1
                continue
            i += 1
            if i >= end:
                b.append('\\')
                break
            c = s[i]
            i += 1
            if c == '\n':
                continue
            if c in SIMPLE_ESCAPES:
                b.append(SIMPLE_ESCAPES[c])
            elif '0' <= c <= '7':
                value = ord(c) - ord('0')
                k = 0
                while k < 2 and i < end and '0' <= s[i] <= '7':
                    value = value * 8 + ord(s[i]) - ord('0')
                    i += 1
                    k += 1
                b.append(chr(value & 0xff))
            elif c == 'x':
                if (i + 1 < end and is_hex_digit(s[i]) and
                        is_hex_digit(s[i + 1])):
                    b.append(chr(hex_value(s[i]) * 16 + hex_value(s[i + 1])))
                    i += 2
                else:
                    raise self.err('(value error) invalid \\x escape at '
                                   'position %d' % (i - start - 2), tok)
            else:
                b.append('\\')
                b.append(c)
        return b.build()

    # -- f-strings

    def parse_fstring(self, tok, raw, i, end, is_raw, parts, level):
        """Parse f-string text raw[i:end] into parts.  At level 0 that is
        the whole literal; at level 1 a format spec, which stops at its
        closing '}' (whose index is returned)."""
        while i < end:
            lit_start = i
            while i < end:
                c = raw[i]
                if not is_raw and c == '\\' and i + 1 < end:
                    d = raw[i + 1]
                    if d == 'N':
                        raise self.err("(unicode error) \\N{...} escapes are "
                                       "not supported", tok)
                    if d != '{' and d != '}':
                        i += 2
                        continue
                    i += 1
                    c = d
                if c == '{' or c == '}':
                    if level == 0 and i + 1 < end and raw[i + 1] == c:
                        self.add_fstring_literal(parts, raw, lit_start, i + 1,
                                                 is_raw, tok)
                        i += 2
                        lit_start = i
                        continue
                    if level == 0 and c == '}':
                        raise self.err("f-string: single '}' is not allowed",
                                       tok)
                    break
                i += 1
            self.add_fstring_literal(parts, raw, lit_start, i, is_raw, tok)
            if i >= end:
                break
            if raw[i] == '}':
                return i
            i = self.parse_fstring_expr(tok, raw, i, end, is_raw, parts, level)
        return i

    def add_fstring_literal(self, parts, raw, start, end, is_raw, tok):
        if end <= start:
            return
        if is_raw:
            assert start >= 0
            parts.add_literal(raw[start:end])
        else:
            parts.add_literal(self.decode_str(raw, start, end, tok))

    def parse_fstring_expr(self, tok, raw, i, end, is_raw, parts, level):
        """Parse one '{...}' replacement field at raw[i]; add a
        FormattedValue to parts and return the index after the '}'."""
        if level >= 2:
            raise self.err('f-string: expressions nested too deeply', tok)
        i += 1
        expr_start = i
        quote = '\x00'
        triple = False
        stack = []
        while i < end:
            c = raw[i]
            if c == '\\':
                raise self.err('f-string expression part cannot include a '
                               'backslash', tok)
            if quote != '\x00':
                if c == quote:
                    if not triple:
                        quote = '\x00'
                    elif i + 2 < end and raw[i + 1] == c and raw[i + 2] == c:
                        quote = '\x00'
                        i += 2
                i += 1
                continue
            if c == "'" or c == '"':
                if i + 2 < end and raw[i + 1] == c and raw[i + 2] == c:
                    triple = True
                    i += 3
                else:
                    triple = False
                    i += 1
                quote = c
                continue
            if c == '(' or c == '[' or c == '{':
                if len(stack) >= MAX_DEPTH:
                    raise self.err('f-string: too many nested parenthesis',
                                   tok)
                stack.append(c)
                i += 1
                continue
            if c == '#':
                raise self.err("f-string expression part cannot include '#'",
                               tok)
            if len(stack) == 0 and (c == '!' or c == ':' or c == '}' or
                                    c == '=' or c == '<' or c == '>'):
                if i + 1 < end:
                    d = raw[i + 1]
                    if d == '=' and c != ':' and c != '}':
                        i += 2
                        continue
                    if c == '<' or c == '>':
                        i += 1
                        continue
                break
            if c == ')' or c == ']' or c == '}':
                if len(stack) == 0:
                    raise self.err("f-string: unmatched '%s'" % c, tok)
                opening = stack.pop()
                if not ((opening == '(' and c == ')') or
                        (opening == '[' and c == ']') or
                        (opening == '{' and c == '}')):
                    raise self.err("f-string: closing parenthesis '%s' does "
                                   "not match opening parenthesis '%s'"
                                   % (c, opening), tok)
                i += 1
                continue
            i += 1
        expr_end = i
        if quote != '\x00':
            raise self.err('f-string: unterminated string', tok)
        if len(stack) > 0:
            raise self.err("f-string: unmatched '%s'" % stack[-1], tok)
        if i >= end:
            raise self.err("f-string: expecting '}'", tok)
        k = expr_start
        while k < expr_end and is_space(raw[k]):
            k += 1
        if k == expr_end:
            raise self.err('f-string: empty expression not allowed', tok)
        value = self.parse_fstring_subexpr(tok, raw, expr_start, expr_end)
        debug = False
        if raw[i] == '=':
            debug = True
            i += 1
            while i < end and is_space(raw[i]):
                i += 1
            assert expr_start >= 0
            parts.add_literal(raw[expr_start:i])
        conversion = -1
        if i < end and raw[i] == '!':
            i += 1
            if i >= end:
                raise self.err("f-string: expecting '}'", tok)
            conv = raw[i]
            i += 1
            if conv != 's' and conv != 'r' and conv != 'a':
                raise self.err("f-string: invalid conversion character: "
                               "expected 's', 'r', or 'a'", tok)
            conversion = ord(conv)
        if i >= end:
            raise self.err("f-string: expecting '}'", tok)
        format_spec = None
        if raw[i] == ':':
            spec_parts = StrParts(tok.lineno, tok.col)
            i = self.parse_fstring(tok, raw, i + 1, end, is_raw, spec_parts,
                                   level + 1)
            format_spec = spec_parts.joined()
        if i >= end or raw[i] != '}':
            raise self.err("f-string: expecting '}'", tok)
        i += 1
        if debug and conversion == -1 and format_spec is None:
            conversion = ord('r')
        parts.add_value(ast.FormattedValue(value, conversion, format_spec,
                                           tok.lineno, tok.col))
        return i

    def parse_fstring_subexpr(self, tok, raw, start, end):
        """Parse the expression text raw[start:end] of an f-string, with
        positions as in the source file."""
        lineno = tok.lineno
        col = tok.col + start
        k = 0
        while k < start:
            if raw[k] == '\n':
                lineno += 1
                col = start - k - 1
            k += 1
        assert start >= 0 and end >= start
        src = raw[start:end]
        tokens = Tokenizer(src, lineno, col, True).tokenize()
        p = Parser(tokens, self.depth + 1)
        first = p.tok
        p.enter(first)
        e = p.parse_paren_body(first)
        if p.tok.kind != ENDMARKER:
            raise p.syntax_error(p.tok)
        if isinstance(e, ast.Tuple) and len(e.elts) == 0:
            raise self.err('f-string: empty expression not allowed', tok)
        return e
