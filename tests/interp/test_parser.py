"""Tests for interp/parser.py: tree shapes, literals, targets, errors."""
import inspect
import random

import pytest

from interp import ast
from interp.error import CompileError
from interp.parser import parse


# ---------------------------------------------------------------- helpers

def dump(node):
    """A node as a string: "BinOp(Num('1'), '+', Num('2'))".

    Fields come in constructor order, without lineno/col; ctx is left out
    when it is LOAD and shown as Store or Del otherwise.
    """
    if node is None:
        return 'None'
    if isinstance(node, list):
        return '[' + ', '.join([dump(x) for x in node]) + ']'
    if isinstance(node, ast.Node):
        cls = type(node)
        parts = []
        for name in inspect.getargspec(cls.__init__).args[1:]:
            if name in ('lineno', 'col'):
                continue
            value = getattr(node, name)
            if name == 'ctx':
                if value != ast.LOAD:
                    parts.append({ast.STORE: 'Store', ast.DEL: 'Del'}[value])
                continue
            parts.append(dump(value))
        return '%s(%s)' % (cls.__name__, ', '.join(parts))
    return repr(node)


def stmts(src):
    return dump(parse(src, 'exec').body)


def stmt(src):
    body = parse(src, 'exec').body
    assert len(body) == 1
    return dump(body[0])


def expr(src):
    return dump(parse(src, 'eval').body)


def node(src):
    """The expression node itself (eval mode)."""
    return parse(src, 'eval').body


def error(src, mode='exec'):
    with pytest.raises(CompileError) as excinfo:
        parse(src, mode)
    e = excinfo.value
    return (e.kind, e.msg, e.lineno, e.col)


def msg(src, mode='exec'):
    return error(src, mode)[1]


# ---------------------------------------------------------------- expressions

@pytest.mark.parametrize('src,expected', [
    ('1 + 2', "BinOp(Num('1'), '+', Num('2'))"),
    ('1 + 2 * 3', "BinOp(Num('1'), '+', BinOp(Num('2'), '*', Num('3')))"),
    ('1 * 2 + 3', "BinOp(BinOp(Num('1'), '*', Num('2')), '+', Num('3'))"),
    ('a - b - c', "BinOp(BinOp(Name('a'), '-', Name('b')), '-', Name('c'))"),
    ('a ** b ** c', "BinOp(Name('a'), '**', BinOp(Name('b'), '**', Name('c')))"),
    ('-2 ** 2', "UnaryOp('-', BinOp(Num('2'), '**', Num('2')))"),
    ('2 ** -1', "BinOp(Num('2'), '**', UnaryOp('-', Num('1')))"),
    ('-a * b', "BinOp(UnaryOp('-', Name('a')), '*', Name('b'))"),
    ('~-+a', "UnaryOp('~', UnaryOp('-', UnaryOp('+', Name('a'))))"),
    ('a | b ^ c & d << e + f * g',
     "BinOp(Name('a'), '|', BinOp(Name('b'), '^', BinOp(Name('c'), '&', "
     "BinOp(Name('d'), '<<', BinOp(Name('e'), '+', BinOp(Name('f'), '*', "
     "Name('g')))))))"),
    ('a @ b // c % d / e',
     "BinOp(BinOp(BinOp(BinOp(Name('a'), '@', Name('b')), '//', Name('c')), "
     "'%', Name('d')), '/', Name('e'))"),
    ('a >> b << c', "BinOp(BinOp(Name('a'), '>>', Name('b')), '<<', Name('c'))"),
    ('(a + b) * c', "BinOp(BinOp(Name('a'), '+', Name('b')), '*', Name('c'))"),
    ('a < b <= c == d != e > f >= g',
     "Compare(Name('a'), ['<', '<=', '==', '!=', '>', '>='], [Name('b'), "
     "Name('c'), Name('d'), Name('e'), Name('f'), Name('g')])"),
    ('a in b not in c is d is not e',
     "Compare(Name('a'), ['in', 'not in', 'is', 'is not'], [Name('b'), "
     "Name('c'), Name('d'), Name('e')])"),
    ('a | b < c', "Compare(BinOp(Name('a'), '|', Name('b')), ['<'], [Name('c')])"),
    ('not a == b', "UnaryOp('not', Compare(Name('a'), ['=='], [Name('b')]))"),
    ('not not a', "UnaryOp('not', UnaryOp('not', Name('a')))"),
    ('a and b or c and d',
     "BoolOp('or', [BoolOp('and', [Name('a'), Name('b')]), "
     "BoolOp('and', [Name('c'), Name('d')])])"),
    ('a or b or c', "BoolOp('or', [Name('a'), Name('b'), Name('c')])"),
    ('not a and b', "BoolOp('and', [UnaryOp('not', Name('a')), Name('b')])"),
    ('a if b else c', "IfExp(Name('b'), Name('a'), Name('c'))"),
    ('a if b else c if d else e',
     "IfExp(Name('b'), Name('a'), IfExp(Name('d'), Name('c'), Name('e')))"),
    ('a or b if c and d else e',
     "IfExp(BoolOp('and', [Name('c'), Name('d')]), BoolOp('or', [Name('a'), "
     "Name('b')]), Name('e'))"),
    ('lambda: 1', "Lambda(Arguments([], [], None, [], [], None, []), Num('1'))"),
    ('lambda x, y=1, *a, z, w=2, **k: x',
     "Lambda(Arguments([], [Arg('x', None), Arg('y', None)], Arg('a', None), "
     "[Arg('z', None), Arg('w', None)], [None, Num('2')], Arg('k', None), "
     "[Num('1')]), Name('x'))"),
    ('lambda a, /, b: a',
     "Lambda(Arguments([Arg('a', None)], [Arg('b', None)], None, [], [], "
     "None, []), Name('a'))"),
    ('lambda *, k: k',
     "Lambda(Arguments([], [], None, [Arg('k', None)], [None], None, []), "
     "Name('k'))"),
    ('lambda: a if b else c',
     "Lambda(Arguments([], [], None, [], [], None, []), IfExp(Name('b'), "
     "Name('a'), Name('c')))"),
    ('await x', "Await(Name('x'))"),
    ('await f(x).y', "Await(Attribute(Call(Name('f'), [Name('x')], []), 'y'))"),
    ('-await x', "UnaryOp('-', Await(Name('x')))"),
    ('await x ** 2', "BinOp(Await(Name('x')), '**', Num('2'))"),
    ('(x := 1)', "NamedExpr(Name('x', Store), Num('1'))"),
    ('(x := a if b else c)',
     "NamedExpr(Name('x', Store), IfExp(Name('b'), Name('a'), Name('c')))"),
])
def test_expression_shapes(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src,expected', [
    ('f()', "Call(Name('f'), [], [])"),
    ('f(a, b)', "Call(Name('f'), [Name('a'), Name('b')], [])"),
    ('f(a, *b, c, d=1, *e, **f, g=2)',
     "Call(Name('f'), [Name('a'), Starred(Name('b')), Name('c'), "
     "Starred(Name('e'))], [Keyword('d', Num('1')), Keyword(None, Name('f')), "
     "Keyword('g', Num('2'))])"),
    ('f(a,)', "Call(Name('f'), [Name('a')], [])"),
    ('f(x for x in y)',
     "Call(Name('f'), [GeneratorExp(Name('x'), [Comprehension(Name('x', "
     "Store), Name('y'), [], False)])], [])"),
    ('f((x for x in y), z)',
     "Call(Name('f'), [GeneratorExp(Name('x'), [Comprehension(Name('x', "
     "Store), Name('y'), [], False)]), Name('z')], [])"),
    ('f(x := 1)', "Call(Name('f'), [NamedExpr(Name('x', Store), Num('1'))], [])"),
    ('f(*a or b)',
     "Call(Name('f'), [Starred(BoolOp('or', [Name('a'), Name('b')]))], [])"),
    ('a.b.c', "Attribute(Attribute(Name('a'), 'b'), 'c')"),
    ('a.b(c)[d]',
     "Subscript(Call(Attribute(Name('a'), 'b'), [Name('c')], []), Name('d'))"),
    ('f()()', "Call(Call(Name('f'), [], []), [], [])"),
    ('a[1]', "Subscript(Name('a'), Num('1'))"),
    ('a[1:2]', "Subscript(Name('a'), Slice(Num('1'), Num('2'), None))"),
    ('a[1:2:3]', "Subscript(Name('a'), Slice(Num('1'), Num('2'), Num('3')))"),
    ('a[:]', "Subscript(Name('a'), Slice(None, None, None))"),
    ('a[::]', "Subscript(Name('a'), Slice(None, None, None))"),
    ('a[::2]', "Subscript(Name('a'), Slice(None, None, Num('2')))"),
    ('a[:-1]', "Subscript(Name('a'), Slice(None, UnaryOp('-', Num('1')), None))"),
    ('a[:, 1]', "Subscript(Name('a'), Tuple([Slice(None, None, None), Num('1')]))"),
    ('a[1, 2]', "Subscript(Name('a'), Tuple([Num('1'), Num('2')]))"),
    ('a[1,]', "Subscript(Name('a'), Tuple([Num('1')]))"),
    ('a[...]', "Subscript(Name('a'), EllipsisConst())"),
    ('a[..., 1:]', "Subscript(Name('a'), Tuple([EllipsisConst(), "
                   "Slice(Num('1'), None, None)]))"),
    ('a[b if c else d]',
     "Subscript(Name('a'), IfExp(Name('c'), Name('b'), Name('d')))"),
])
def test_trailers(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src,expected', [
    ('()', 'Tuple([])'),
    ('(1)', "Num('1')"),
    ('(1,)', "Tuple([Num('1')])"),
    ('1, 2', "Tuple([Num('1'), Num('2')])"),
    ('1, 2,', "Tuple([Num('1'), Num('2')])"),
    ('(1, *a)', "Tuple([Num('1'), Starred(Name('a'))])"),
    ('[]', 'List([])'),
    ('[1, 2,]', "List([Num('1'), Num('2')])"),
    ('[*a, *b]', "List([Starred(Name('a')), Starred(Name('b'))])"),
    ('[y := 1, 2]', "List([NamedExpr(Name('y', Store), Num('1')), Num('2')])"),
    ('{}', 'Dict([], [])'),
    ('{1: 2, 3: 4,}', "Dict([Num('1'), Num('3')], [Num('2'), Num('4')])"),
    ('{**a, 1: 2, **b}',
     "Dict([None, Num('1'), None], [Name('a'), Num('2'), Name('b')])"),
    ('{1}', "Set([Num('1')])"),
    ('{1, *a,}', "Set([Num('1'), Starred(Name('a'))])"),
    ('[x for x in y]',
     "ListComp(Name('x'), [Comprehension(Name('x', Store), Name('y'), [], "
     "False)])"),
    ('[x for x, in y]',
     "ListComp(Name('x'), [Comprehension(Tuple([Name('x', Store)], Store), "
     "Name('y'), [], False)])"),
    ('[x for a, *b in y if a if b for c in d]',
     "ListComp(Name('x'), [Comprehension(Tuple([Name('a', Store), "
     "Starred(Name('b', Store), Store)], Store), Name('y'), [Name('a'), "
     "Name('b')], False), Comprehension(Name('c', Store), Name('d'), [], "
     "False)])"),
    ('[x for x in lambda: y]', None),
    ('[x for x in y if lambda: z]',
     "ListComp(Name('x'), [Comprehension(Name('x', Store), Name('y'), "
     "[Lambda(Arguments([], [], None, [], [], None, []), Name('z'))], "
     "False)])"),
    ('[x async for x in y]',
     "ListComp(Name('x'), [Comprehension(Name('x', Store), Name('y'), [], "
     "True)])"),
    ('{x for x in y}',
     "SetComp(Name('x'), [Comprehension(Name('x', Store), Name('y'), [], "
     "False)])"),
    ('{k: v for k, v in y}',
     "DictComp(Name('k'), Name('v'), [Comprehension(Tuple([Name('k', Store), "
     "Name('v', Store)], Store), Name('y'), [], False)])"),
    ('(x for x in y)',
     "GeneratorExp(Name('x'), [Comprehension(Name('x', Store), Name('y'), "
     "[], False)])"),
    ('[[x for x in y] for y in z]',
     "ListComp(ListComp(Name('x'), [Comprehension(Name('x', Store), "
     "Name('y'), [], False)]), [Comprehension(Name('y', Store), Name('z'), "
     "[], False)])"),
    ('(yield)', 'Yield(None)'),
    ('(yield x)', "Yield(Name('x'))"),
    ('(yield x, y)', "Yield(Tuple([Name('x'), Name('y')]))"),
    ('(yield from x)', "YieldFrom(Name('x'))"),
    ('...', 'EllipsisConst()'),
    ('None', "NameConstant('None')"),
    ('True, False', "Tuple([NameConstant('True'), NameConstant('False')])"),
])
def test_atoms(src, expected):
    if expected is None:
        assert msg(src, 'eval') == 'invalid syntax'
    else:
        assert expr(src) == expected


# ---------------------------------------------------------------- literals

@pytest.mark.parametrize('src,expected', [
    ('0', "Num('0')"),
    ('00', "Num('00')"),
    ('1_000', "Num('1000')"),
    ('0x_1F', "Num('0x1F')"),
    ('0o17', "Num('0o17')"),
    ('0B1_01', "Num('0B101')"),
    ('123456789012345678901234567890', "Num('123456789012345678901234567890')"),
    ('1.5', 'Float(1.5)'),
    ('1.', 'Float(1.0)'),
    ('.5', 'Float(0.5)'),
    ('1e3', 'Float(1000.0)'),
    ('1_0.2_5e-1', 'Float(1.025)'),
    ('1e400', 'Float(inf)'),
    ('2j', 'Imag(2.0)'),
    ('1.5J', 'Imag(1.5)'),
    ('1e1j', 'Imag(10.0)'),
])
def test_numbers(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src,expected', [
    ("'abc'", "Str('abc')"),
    ('"abc"', "Str('abc')"),
    ("'''a\nb'''", "Str('a\\nb')"),
    ('"a" \'b\' """c"""', "Str('abc')"),
    ("'a' \\\n 'b'", "Str('ab')"),
    ("('a'\n 'b')", "Str('ab')"),
    (r"'\n\t\\\'\"\a\b\f\v\r\0'",
     "Str(%r)" % '\n\t\\\'"\x07\x08\x0c\x0b\r\x00'),
    (r"'\101\1012\777'", "Str('AA2\\xc7\\xbf')"),
    (r"'\x41\x7e'", "Str('A~')"),
    (r"'\u00e9\u20ac'", "Str('\\xc3\\xa9\\xe2\\x82\\xac')"),
    (r"'\U0001F600'", "Str('\\xf0\\x9f\\x98\\x80')"),
    (r"'\q\d'", "Str('\\\\q\\\\d')"),
    ("'a\\\nb'", "Str('ab')"),
    ("'\xc3\xa9'", "Str('\\xc3\\xa9')"),
    (r"r'\n\''", "Str(\"\\\\n\\\\'\")"),
    (r"R'\u00e9'", "Str('\\\\u00e9')"),
    (r"u'\x41'", "Str('A')"),
    ("b'abc'", "Bytes('abc')"),
    (r"b'\x00\xff\101\777'", "Bytes('\\x00\\xffA\\xff')"),
    (r"b'\u1234\N{x}'", "Bytes('\\\\u1234\\\\N{x}')"),
    (r"br'\x00'", "Bytes('\\\\x00')"),
    (r"Rb'\n' b'x'", "Bytes('\\\\nx')"),
    ("''", "Str('')"),
    ("b''", "Bytes('')"),
])
def test_string_literals(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src,message', [
    ("'a' b'b'", 'cannot mix bytes and nonbytes literals'),
    ("b'a' 'b'", 'cannot mix bytes and nonbytes literals'),
    ("b'a' f'b'", 'cannot mix bytes and nonbytes literals'),
    ("b'\xc3\xa9'", 'bytes can only contain ASCII literal characters.'),
    (r"'\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in "
               "position 0-2: truncated \\xXX escape"),
    (r"'\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in "
                "position 0-3: truncated \\uXXXX escape"),
    (r"'\U00110000'", "(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position 0-9: illegal Unicode character"),
    (r"'\N{DASH}'", '(unicode error) \\N{...} escapes are not supported'),
    (r"b'\x4'", '(value error) invalid \\x escape at position 0'),
])
def test_string_literal_errors(src, message):
    assert msg(src, 'eval') == message


# ---------------------------------------------------------------- f-strings

@pytest.mark.parametrize('src,expected', [
    ("f''", 'JoinedStr([])'),
    ("f'abc'", "JoinedStr([Str('abc')])"),
    ("f'{x}'", "JoinedStr([FormattedValue(Name('x'), -1, None)])"),
    ("f'a{x}b{y}c'",
     "JoinedStr([Str('a'), FormattedValue(Name('x'), -1, None), Str('b'), "
     "FormattedValue(Name('y'), -1, None), Str('c')])"),
    ("f'{x!r}{x!s}{x!a}'",
     "JoinedStr([FormattedValue(Name('x'), 114, None), "
     "FormattedValue(Name('x'), 115, None), "
     "FormattedValue(Name('x'), 97, None)])"),
    ("f'{x:>10}'",
     "JoinedStr([FormattedValue(Name('x'), -1, JoinedStr([Str('>10')]))])"),
    ("f'{x:}'", "JoinedStr([FormattedValue(Name('x'), -1, JoinedStr([]))])"),
    ("f'{x:{w}.{p}f}'",
     "JoinedStr([FormattedValue(Name('x'), -1, JoinedStr(["
     "FormattedValue(Name('w'), -1, None), Str('.'), "
     "FormattedValue(Name('p'), -1, None), Str('f')]))])"),
    ("f'{x!r:^{w}}'",
     "JoinedStr([FormattedValue(Name('x'), 114, JoinedStr([Str('^'), "
     "FormattedValue(Name('w'), -1, None)]))])"),
    ("f'{{}}{{x}}'", "JoinedStr([Str('{}{x}')])"),
    ("f'{{{x}}}'",
     "JoinedStr([Str('{'), FormattedValue(Name('x'), -1, None), Str('}')])"),
    ("f'{x=}'",
     "JoinedStr([Str('x='), FormattedValue(Name('x'), 114, None)])"),
    ("f'{x = }'",
     "JoinedStr([Str('x = '), FormattedValue(Name('x'), 114, None)])"),
    ("f'{x=!s}'",
     "JoinedStr([Str('x='), FormattedValue(Name('x'), 115, None)])"),
    ("f'{x=:>5}'",
     "JoinedStr([Str('x='), FormattedValue(Name('x'), -1, "
     "JoinedStr([Str('>5')]))])"),
    ("f'{a==b}'",
     "JoinedStr([FormattedValue(Compare(Name('a'), ['=='], [Name('b')]), -1, "
     "None)])"),
    ("f'{a!=b}{a<b}{a<=b}{a>=b}'",
     "JoinedStr([FormattedValue(Compare(Name('a'), ['!='], [Name('b')]), -1, "
     "None), FormattedValue(Compare(Name('a'), ['<'], [Name('b')]), -1, "
     "None), FormattedValue(Compare(Name('a'), ['<='], [Name('b')]), -1, "
     "None), FormattedValue(Compare(Name('a'), ['>='], [Name('b')]), -1, "
     "None)])"),
    ("f'{d[\"k\"]}'",
     "JoinedStr([FormattedValue(Subscript(Name('d'), Str('k')), -1, None)])"),
    ("f'{\"}\"}'", "JoinedStr([FormattedValue(Str('}'), -1, None)])"),
    ("f'{f(a=1)}'",
     "JoinedStr([FormattedValue(Call(Name('f'), [], [Keyword('a', Num('1'))]), "
     "-1, None)])"),
    ("f'{a, b}'",
     "JoinedStr([FormattedValue(Tuple([Name('a'), Name('b')]), -1, None)])"),
    ("f'{x for x in y}'",
     "JoinedStr([FormattedValue(GeneratorExp(Name('x'), [Comprehension("
     "Name('x', Store), Name('y'), [], False)]), -1, None)])"),
    ("f'{ {x}:1}'",
     "JoinedStr([FormattedValue(Set([Name('x')]), -1, JoinedStr([Str('1')]))])"),
    ("f'{(lambda: 1)()}'",
     "JoinedStr([FormattedValue(Call(Lambda(Arguments([], [], None, [], [], "
     "None, []), Num('1')), [], []), -1, None)])"),
    ("f'{f\"{x}\"}'",
     "JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name('x'), -1, "
     "None)]), -1, None)])"),
    ("f'''{\nx\n}'''", "JoinedStr([FormattedValue(Name('x'), -1, None)])"),
    ("'a' f'{x}' 'b' f'c'",
     "JoinedStr([Str('a'), FormattedValue(Name('x'), -1, None), Str('bc')])"),
    (r"f'\n{x}\t'",
     "JoinedStr([Str('\\n'), FormattedValue(Name('x'), -1, None), Str('\\t')])"),
    (r"rf'\n{x}'",
     "JoinedStr([Str('\\\\n'), FormattedValue(Name('x'), -1, None)])"),
    (r"f'\{x}'",
     "JoinedStr([Str('\\\\'), FormattedValue(Name('x'), -1, None)])"),
    ("f'{x:{{}}>10}'",
     "JoinedStr([FormattedValue(Name('x'), -1, JoinedStr([FormattedValue("
     "Dict([], []), -1, None), Str('>10')]))])"),
    ("f'{3.14:.{n}}'",
     "JoinedStr([FormattedValue(Float(3.14), -1, JoinedStr([Str('.'), "
     "FormattedValue(Name('n'), -1, None)]))])"),
])
def test_fstrings(src, expected):
    assert expr(src) == expected


@pytest.mark.parametrize('src,message', [
    ("f'{}'", 'f-string: empty expression not allowed'),
    ("f'{ }'", 'f-string: empty expression not allowed'),
    ("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', "
                 "or 'a'"),
    ("f'{x!}'", "f-string: invalid conversion character: expected 's', 'r', "
                "or 'a'"),
    ("f'{x'", "f-string: expecting '}'"),
    ("f'{x!r'", "f-string: expecting '}'"),
    ("f'{x:'", "f-string: expecting '}'"),
    ("f'{'", "f-string: expecting '}'"),
    ("f'}'", "f-string: single '}' is not allowed"),
    ("f'{x}}'", "f-string: single '}' is not allowed"),
    ("f'{a[}'", "f-string: closing parenthesis '}' does not match opening "
                "parenthesis '['"),
    ("f'{a)}'", "f-string: unmatched ')'"),
    ("f'{a(}'", "f-string: closing parenthesis '}' does not match opening "
                "parenthesis '('"),
    ("f'{a('", "f-string: unmatched '('"),
    ("f'{{x}:1}'", "f-string: single '}' is not allowed"),
    ("f'{#}'", "f-string expression part cannot include '#'"),
    (r"f'{\n}'", 'f-string expression part cannot include a backslash'),
    ("f'{\"a}'", 'f-string: unterminated string'),
    ("f'{x:{y:{z}}}'", 'f-string: expressions nested too deeply'),
    ("f'{a b}'", 'invalid syntax'),
    ("f'{*a}'", "can't use starred expression here"),
    ("f'{x:=1}'", None),   # not an error: format spec '=1'
])
def test_fstring_errors(src, message):
    if message is None:
        assert expr(src) == ("JoinedStr([FormattedValue(Name('x'), -1, "
                             "JoinedStr([Str('=1')]))])")
    else:
        assert msg(src, 'eval') == message


def test_fstring_expression_positions():
    e = node("(1,\n  f'ab{xy}')")
    fv = e.elts[1].values[1]
    assert (fv.value.lineno, fv.value.col) == (2, 7)
    e = node("f'''\n  {x}'''")
    assert (e.values[1].value.lineno, e.values[1].value.col) == (2, 3)


# ---------------------------------------------------------------- statements

@pytest.mark.parametrize('src,expected', [
    ('x = 1', "Assign([Name('x', Store)], Num('1'))"),
    ('x = y = z', "Assign([Name('x', Store), Name('y', Store)], Name('z'))"),
    ('a, b = c', "Assign([Tuple([Name('a', Store), Name('b', Store)], Store)], "
                 "Name('c'))"),
    ('a, = c', "Assign([Tuple([Name('a', Store)], Store)], Name('c'))"),
    ('[a, (b, c)] = d',
     "Assign([List([Name('a', Store), Tuple([Name('b', Store), Name('c', "
     "Store)], Store)], Store)], Name('d'))"),
    ('a, *b = c',
     "Assign([Tuple([Name('a', Store), Starred(Name('b', Store), Store)], "
     "Store)], Name('c'))"),
    ('[*a] = c',
     "Assign([List([Starred(Name('a', Store), Store)], Store)], Name('c'))"),
    ('a.b = c', "Assign([Attribute(Name('a'), 'b', Store)], Name('c'))"),
    ('a[b] = c', "Assign([Subscript(Name('a'), Name('b'), Store)], Name('c'))"),
    ('a[1:2] = c',
     "Assign([Subscript(Name('a'), Slice(Num('1'), Num('2'), None), Store)], "
     "Name('c'))"),
    ('f().x[0] = 1',
     "Assign([Subscript(Attribute(Call(Name('f'), [], []), 'x'), Num('0'), "
     "Store)], Num('1'))"),
    ('(a) = 1', "Assign([Name('a', Store)], Num('1'))"),
    ('() = x', "Assign([Tuple([], Store)], Name('x'))"),
    ('x = 1, 2', "Assign([Name('x', Store)], Tuple([Num('1'), Num('2')]))"),
    ('x = *a, b',
     "Assign([Name('x', Store)], Tuple([Starred(Name('a')), Name('b')]))"),
    ('x = yield', "Assign([Name('x', Store)], Yield(None))"),
    ('x = yield y', "Assign([Name('x', Store)], Yield(Name('y')))"),
    ('x = yield from y', "Assign([Name('x', Store)], YieldFrom(Name('y')))"),
    ('x += 1', "AugAssign(Name('x', Store), '+', Num('1'))"),
    ('x.y -= 1', "AugAssign(Attribute(Name('x'), 'y', Store), '-', Num('1'))"),
    ('x[0] **= 2', "AugAssign(Subscript(Name('x'), Num('0'), Store), '**', "
                   "Num('2'))"),
    ('x //= y', "AugAssign(Name('x', Store), '//', Name('y'))"),
    ('x @= y', "AugAssign(Name('x', Store), '@', Name('y'))"),
    ('x >>= y', "AugAssign(Name('x', Store), '>>', Name('y'))"),
    ('x <<= y', "AugAssign(Name('x', Store), '<<', Name('y'))"),
    ('x ^= y', "AugAssign(Name('x', Store), '^', Name('y'))"),
    ('x |= 1, 2', "AugAssign(Name('x', Store), '|', Tuple([Num('1'), "
                  "Num('2')]))"),
    ('x += yield', "AugAssign(Name('x', Store), '+', Yield(None))"),
    ('x: int', "AnnAssign(Name('x', Store), Name('int'), None, True)"),
    ('x: int = 1', "AnnAssign(Name('x', Store), Name('int'), Num('1'), True)"),
    ('(x): int = 1',
     "AnnAssign(Name('x', Store), Name('int'), Num('1'), False)"),
    ('a.b: "T"',
     "AnnAssign(Attribute(Name('a'), 'b', Store), Str('T'), None, False)"),
    ('a[0]: int = 1, 2',
     "AnnAssign(Subscript(Name('a'), Num('0'), Store), Name('int'), "
     "Tuple([Num('1'), Num('2')]), False)"),
    ('del a', "Delete([Name('a', Del)])"),
    ('del a, b.c, d[0],',
     "Delete([Name('a', Del), Attribute(Name('b'), 'c', Del), "
     "Subscript(Name('d'), Num('0'), Del)])"),
    ('del (a, b), [c]',
     "Delete([Tuple([Name('a', Del), Name('b', Del)], Del), "
     "List([Name('c', Del)], Del)])"),
    ('pass', 'Pass()'),
    ('break', 'Break()'),
    ('continue', 'Continue()'),
    ('return', 'Return(None)'),
    ('return x', "Return(Name('x'))"),
    ('return x, y', "Return(Tuple([Name('x'), Name('y')]))"),
    ('return *a, b', "Return(Tuple([Starred(Name('a')), Name('b')]))"),
    ('raise', 'Raise(None, None)'),
    ('raise E', "Raise(Name('E'), None)"),
    ('raise E(1) from e',
     "Raise(Call(Name('E'), [Num('1')], []), Name('e'))"),
    ('global a', "Global(['a'])"),
    ('global a, b', "Global(['a', 'b'])"),
    ('nonlocal a, b', "Nonlocal(['a', 'b'])"),
    ('assert x', "Assert(Name('x'), None)"),
    ('assert x, "m"', "Assert(Name('x'), Str('m'))"),
    ('import a', "Import([Alias('a', None)])"),
    ('import a.b.c as d, e',
     "Import([Alias('a.b.c', 'd'), Alias('e', None)])"),
    ('from a import b', "ImportFrom('a', [Alias('b', None)], 0)"),
    ('from a.b import c as d, e',
     "ImportFrom('a.b', [Alias('c', 'd'), Alias('e', None)], 0)"),
    ('from . import a', "ImportFrom(None, [Alias('a', None)], 1)"),
    ('from .a import b', "ImportFrom('a', [Alias('b', None)], 1)"),
    ('from ...a import b', "ImportFrom('a', [Alias('b', None)], 3)"),
    ('from .... import b', "ImportFrom(None, [Alias('b', None)], 4)"),
    ('from . . a import b', "ImportFrom('a', [Alias('b', None)], 2)"),
    ('from a import (b,\n c as d,)',
     "ImportFrom('a', [Alias('b', None), Alias('c', 'd')], 0)"),
    ('from a import *', "ImportFrom('a', [Alias('*', None)], 0)"),
    ('f(x)', "ExprStmt(Call(Name('f'), [Name('x')], []))"),
    ('yield', 'ExprStmt(Yield(None))'),
    ('yield x, *y', "ExprStmt(Yield(Tuple([Name('x'), Starred(Name('y'))])))"),
    ('yield from x', "ExprStmt(YieldFrom(Name('x')))"),
    ('await x', "ExprStmt(Await(Name('x')))"),
    ('*a, b', "ExprStmt(Tuple([Starred(Name('a')), Name('b')]))"),
    ('"doc"', "ExprStmt(Str('doc'))"),
])
def test_simple_statements(src, expected):
    assert stmt(src) == expected


def test_several_statements_per_line():
    assert stmts('a = 1; b = 2;\nc') == (
        "[Assign([Name('a', Store)], Num('1')), "
        "Assign([Name('b', Store)], Num('2')), ExprStmt(Name('c'))]")


def test_if_elif_else():
    src = ('if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n')
    assert stmt(src) == (
        "If(Name('a'), [ExprStmt(Name('x'))], [If(Name('b'), "
        "[ExprStmt(Name('y'))], [If(Name('c'), [ExprStmt(Name('z'))], "
        "[ExprStmt(Name('w'))])])])")
    body = parse(src, 'exec').body
    elif1 = body[0].orelse[0]
    assert (elif1.lineno, elif1.col) == (3, 0)


def test_if_suite_on_same_line():
    assert stmt('if a: b; c') == (
        "If(Name('a'), [ExprStmt(Name('b')), ExprStmt(Name('c'))], [])")
    assert stmt('if (n := 10) > 5: pass') == (
        "If(Compare(NamedExpr(Name('n', Store), Num('10')), ['>'], "
        "[Num('5')]), [Pass()], [])")


def test_while():
    assert stmt('while x:\n  pass\nelse:\n  y') == (
        "While(Name('x'), [Pass()], [ExprStmt(Name('y'))])")
    assert stmt('while (line := f()):\n  pass') == (
        "While(NamedExpr(Name('line', Store), Call(Name('f'), [], [])), "
        "[Pass()], [])")


def test_for():
    assert stmt('for x in y:\n  pass') == (
        "For(Name('x', Store), Name('y'), [Pass()], [], False)")
    assert stmt('for a, (b, *c) in x, y:\n  pass\nelse: pass') == (
        "For(Tuple([Name('a', Store), Tuple([Name('b', Store), "
        "Starred(Name('c', Store), Store)], Store)], Store), "
        "Tuple([Name('x'), Name('y')]), [Pass()], [Pass()], False)")
    assert stmt('for x[0] in y: pass') == (
        "For(Subscript(Name('x'), Num('0'), Store), Name('y'), [Pass()], [], "
        "False)")


def test_try():
    src = ('try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\n'
           'except:\n  d\nelse:\n  e\nfinally:\n  f\n')
    assert stmt(src) == (
        "Try([ExprStmt(Name('a'))], [ExceptHandler(Name('E'), 'e', "
        "[ExprStmt(Name('b'))]), ExceptHandler(Tuple([Name('F'), Name('G')]), "
        "None, [ExprStmt(Name('c'))]), ExceptHandler(None, None, "
        "[ExprStmt(Name('d'))])], [ExprStmt(Name('e'))], "
        "[ExprStmt(Name('f'))])")
    assert stmt('try: a\nfinally: b') == (
        "Try([ExprStmt(Name('a'))], [], [], [ExprStmt(Name('b'))])")
    h = parse(src, 'exec').body[0].handlers[1]
    assert (h.lineno, h.col) == (5, 0)


def test_with():
    assert stmt('with a: pass') == "With([WithItem(Name('a'), None)], [Pass()], False)"
    assert stmt('with a as b, c as (d, e), f: pass') == (
        "With([WithItem(Name('a'), Name('b', Store)), WithItem(Name('c'), "
        "Tuple([Name('d', Store), Name('e', Store)], Store)), "
        "WithItem(Name('f'), None)], [Pass()], False)")
    assert stmt('with a as b.c[0]: pass') == (
        "With([WithItem(Name('a'), Subscript(Attribute(Name('b'), 'c'), "
        "Num('0'), Store))], [Pass()], False)")


def test_def():
    assert stmt('def f(): pass') == (
        "FunctionDef('f', Arguments([], [], None, [], [], None, []), [Pass()], "
        "[], None, False)")
    assert stmt('def f(a, b: int = 1, *args: str, c, d=2, **kw: dict) -> '
                'bool:\n  return a') == (
        "FunctionDef('f', Arguments([], [Arg('a', None), Arg('b', "
        "Name('int'))], Arg('args', Name('str')), [Arg('c', None), "
        "Arg('d', None)], [None, Num('2')], Arg('kw', Name('dict')), "
        "[Num('1')]), [Return(Name('a'))], [], Name('bool'), False)")
    assert stmt('def f(a, b=1, /, c=2, *, d): pass') == (
        "FunctionDef('f', Arguments([Arg('a', None), Arg('b', None)], "
        "[Arg('c', None)], None, [Arg('d', None)], [None], None, [Num('1'), "
        "Num('2')]), [Pass()], [], None, False)")
    assert stmt('def f(a, /): pass') == (
        "FunctionDef('f', Arguments([Arg('a', None)], [], None, [], [], None, "
        "[]), [Pass()], [], None, False)")
    assert stmt('def f(*, a=1, b, **k,): pass') == (
        "FunctionDef('f', Arguments([], [], None, [Arg('a', None), "
        "Arg('b', None)], [Num('1'), None], Arg('k', None), []), [Pass()], "
        "[], None, False)")
    assert stmt('def f(*a,): pass') == (
        "FunctionDef('f', Arguments([], [], Arg('a', None), [], [], None, "
        "[]), [Pass()], [], None, False)")


def test_decorators():
    src = '@a\n@b.c(1)\n@d[0]\ndef f():\n  pass\n'
    assert stmt(src) == (
        "FunctionDef('f', Arguments([], [], None, [], [], None, []), "
        "[Pass()], [Name('a'), Call(Attribute(Name('b'), 'c'), [Num('1')], "
        "[]), Subscript(Name('d'), Num('0'))], None, False)")
    f = parse(src, 'exec').body[0]
    assert (f.lineno, f.col) == (4, 0)
    assert stmt('@dec\nclass A: pass') == (
        "ClassDef('A', [], [], [Pass()], [Name('dec')])")
    assert stmt('@dec\nasync def f(): pass') == (
        "FunctionDef('f', Arguments([], [], None, [], [], None, []), "
        "[Pass()], [Name('dec')], None, True)")


def test_class():
    assert stmt('class A: pass') == "ClassDef('A', [], [], [Pass()], [])"
    assert stmt('class A(): pass') == "ClassDef('A', [], [], [Pass()], [])"
    assert stmt('class A(B, C, metaclass=M, *a, **k):\n  x = 1') == (
        "ClassDef('A', [Name('B'), Name('C'), Starred(Name('a'))], "
        "[Keyword('metaclass', Name('M')), Keyword(None, Name('k'))], "
        "[Assign([Name('x', Store)], Num('1'))], [])")


def test_async():
    src = ('async def f():\n    async for x in y:\n        pass\n'
           '    async with a as b:\n        await c\n'
           '    return [i async for i in d]\n')
    assert stmt(src) == (
        "FunctionDef('f', Arguments([], [], None, [], [], None, []), "
        "[For(Name('x', Store), Name('y'), [Pass()], [], True), "
        "With([WithItem(Name('a'), Name('b', Store))], "
        "[ExprStmt(Await(Name('c')))], True), Return(ListComp(Name('i'), "
        "[Comprehension(Name('i', Store), Name('d'), [], True)]))], [], None, "
        "True)")
    f = parse(src, 'exec').body[0]
    assert (f.body[0].lineno, f.body[0].col) == (2, 4)


def test_nested_blocks_and_dedent():
    src = ('def f(x):\n'
           '    if x:\n'
           '        for i in x:\n'
           '            pass\n'
           '    return x\n'
           'f(1)\n')
    assert stmts(src) == (
        "[FunctionDef('f', Arguments([], [Arg('x', None)], None, [], [], None, "
        "[]), [If(Name('x'), [For(Name('i', Store), Name('x'), [Pass()], [], "
        "False)], []), Return(Name('x'))], [], None, False), "
        "ExprStmt(Call(Name('f'), [Num('1')], []))]")


def test_tabs_in_blocks():
    assert stmts('if a:\n\tif b:\n\t\tc\n\td\n') == (
        "[If(Name('a'), [If(Name('b'), [ExprStmt(Name('c'))], []), "
        "ExprStmt(Name('d'))], [])]")


def test_continuation_lines_and_comments():
    src = ('x = [1,   # one\n'
           '     2]   # two\n'
           '# comment\n'
           '    # odd indent comment\n'
           'y = 1 + \\\n'
           '        2\n')
    assert stmts(src) == (
        "[Assign([Name('x', Store)], List([Num('1'), Num('2')])), "
        "Assign([Name('y', Store)], BinOp(Num('1'), '+', Num('2')))]")


# ---------------------------------------------------------------- positions

def test_expression_positions():
    e = node('a + b.c(d)[e]')
    assert (e.lineno, e.col) == (1, 0)
    right = e.right
    assert (right.lineno, right.col) == (1, 4)        # the Subscript
    assert (right.value.lineno, right.value.col) == (1, 4)   # the Call
    assert (right.slice.col) == 11
    e = node('(a +\n  b)')
    assert (e.right.lineno, e.right.col) == (2, 2)
    e = node('(a) + b')
    assert e.col == 0 and e.left.col == 1
    e = node('x, y')
    assert e.col == 0 and e.elts[1].col == 3


def test_statement_positions():
    body = parse('x = 1\nif y:\n    z = 2\n', 'exec').body
    assert [(s.lineno, s.col) for s in body] == [(1, 0), (2, 0)]
    assert (body[1].body[0].lineno, body[1].body[0].col) == (3, 4)


# ---------------------------------------------------------------- modes

def test_eval_mode():
    assert dump(parse('1 + 2', 'eval')) == (
        "Expression(BinOp(Num('1'), '+', Num('2')))")
    assert dump(parse('x, y\n\n', 'eval')) == (
        "Expression(Tuple([Name('x'), Name('y')]))")
    assert dump(parse('  x', 'eval')) == "Expression(Name('x'))"
    assert msg('', 'eval') == 'unexpected EOF while parsing'
    assert msg('x = 1', 'eval') == 'invalid syntax'
    assert msg('1\n2', 'eval') == 'invalid syntax'


def test_single_mode():
    assert dump(parse('x = 1\n', 'single')) == (
        "Module([Assign([Name('x', Store)], Num('1'))])")
    assert dump(parse('x; y\n', 'single')) == (
        "Module([ExprStmt(Name('x')), ExprStmt(Name('y'))])")
    assert dump(parse('if x:\n  y\nelse:\n  z\n\n', 'single')) == (
        "Module([If(Name('x'), [ExprStmt(Name('y'))], [ExprStmt(Name('z'))])])")
    assert dump(parse('', 'single')) == 'Module([])'
    assert dump(parse('\n\n', 'single')) == 'Module([])'
    assert msg('x = 1\ny = 2\n', 'single') == (
        'multiple statements found while compiling a single statement')
    assert msg('if x:\n', 'single') == 'unexpected EOF while parsing'


def test_exec_mode_module():
    m = parse('', 'exec')
    assert isinstance(m, ast.Module) and m.body == []


def test_bad_mode():
    assert msg('x', 'bogus') == (
        "compile() mode must be 'exec', 'eval' or 'single'")


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize('src,kind,message,lineno,col', [
    # generic syntax errors point at the offending token
    ('x = ', 'SyntaxError', 'invalid syntax', 1, 4),
    ('a b', 'SyntaxError', 'invalid syntax', 1, 2),
    ('x = 1 +\ny', 'SyntaxError', 'invalid syntax', 1, 7),
    ('if x\n  pass', 'SyntaxError', 'invalid syntax', 1, 4),
    ('f(a b)', 'SyntaxError', 'invalid syntax', 1, 4),
    ('a.1', 'SyntaxError', 'invalid syntax', 1, 1),
    ('a[]', 'SyntaxError', 'invalid syntax', 1, 2),
    ('print 1', 'SyntaxError', 'invalid syntax', 1, 6),
    ('x := 1', 'SyntaxError', 'invalid syntax', 1, 2),
    ('a = 1 if b', 'SyntaxError', 'invalid syntax', 1, 10),
    ('lambda: yield', 'SyntaxError', 'invalid syntax', 1, 8),
    ('f(yield x)', 'SyntaxError', 'invalid syntax', 1, 2),
    ('return = 1', 'SyntaxError', 'invalid syntax', 1, 7),
    ('import a.', 'SyntaxError', 'invalid syntax', 1, 9),
    ('from x import (*)', 'SyntaxError', 'invalid syntax', 1, 15),
    ('from x', 'SyntaxError', 'invalid syntax', 1, 6),
    ('import .a', 'SyntaxError', 'invalid syntax', 1, 7),
    ('try:\n  pass\n', 'SyntaxError', 'unexpected EOF while parsing', 3, 0),
    ('try:\n  pass\nx', 'SyntaxError', 'invalid syntax', 3, 0),
    ('try:\n  pass\nelse:\n  pass', 'SyntaxError', 'invalid syntax', 3, 0),
    ('@dec\nx = 1', 'SyntaxError', 'invalid syntax', 2, 0),
    ('class A(x for x in y): pass', 'SyntaxError', 'invalid syntax', 1, 8),
    ('def f(a, *): pass', 'SyntaxError', 'named arguments must follow bare *',
     1, 9),
    ('def f(*, **k): pass', 'SyntaxError',
     'named arguments must follow bare *', 1, 12),
    ('def f(**k, a): pass', 'SyntaxError', 'invalid syntax', 1, 11),
    ('def f(*a, *b): pass', 'SyntaxError', 'invalid syntax', 1, 10),
    ('def f(a, /, /): pass', 'SyntaxError', 'invalid syntax', 1, 12),
    ('def f(*a, /): pass', 'SyntaxError', 'invalid syntax', 1, 10),
    ('def f(/): pass', 'SyntaxError', 'at least one argument must precede /',
     1, 6),
    ('def f(a=1, b): pass', 'SyntaxError',
     'non-default argument follows default argument', 1, 11),
    ('def f(a, a): pass', 'SyntaxError',
     "duplicate argument 'a' in function definition", 1, 9),
    ('lambda a, *, a: 1', 'SyntaxError',
     "duplicate argument 'a' in function definition", 1, 13),
    ('def f(x := 1): pass', 'SyntaxError', 'invalid syntax', 1, 8),
    # EOF
    ('x = (1,', 'SyntaxError', 'unexpected EOF while parsing', 1, 7),
    ('foo(\n', 'SyntaxError', 'unexpected EOF while parsing', 2, 0),
    ('if x:', 'SyntaxError', 'unexpected EOF while parsing', 1, 5),
    ('if x:\n', 'SyntaxError', 'unexpected EOF while parsing', 2, 0),
    # indentation
    ('if x:\npass', 'IndentationError', 'expected an indented block', 2, 0),
    ('def f():\n\n# c\nreturn', 'IndentationError',
     'expected an indented block', 4, 0),
    ('  x = 1', 'IndentationError', 'unexpected indent', 1, 2),
    ('x = 1\n    y = 2', 'IndentationError', 'unexpected indent', 2, 4),
    ('if x:\n    a\n  b', 'IndentationError',
     'unindent does not match any outer indentation level', 3, 2),
    # assignment targets
    ('1 = 2', 'SyntaxError', 'cannot assign to literal', 1, 0),
    ('"s" = 2', 'SyntaxError', 'cannot assign to literal', 1, 0),
    ('f() = 1', 'SyntaxError', 'cannot assign to function call', 1, 0),
    ('a + 1 = 2', 'SyntaxError', 'cannot assign to operator', 1, 0),
    ('-a = 2', 'SyntaxError', 'cannot assign to operator', 1, 0),
    ('a and b = 2', 'SyntaxError', 'cannot assign to operator', 1, 0),
    ('(a, 1) = 2', 'SyntaxError', 'cannot assign to literal', 1, 4),
    ('[a, f()] = 1', 'SyntaxError', 'cannot assign to function call', 1, 4),
    ('x = f() = 1', 'SyntaxError', 'cannot assign to function call', 1, 4),
    ('lambda: 1 = 2', 'SyntaxError', 'cannot assign to lambda', 1, 0),
    ('a if b else c = 1', 'SyntaxError',
     'cannot assign to conditional expression', 1, 0),
    ('a < b = 1', 'SyntaxError', 'cannot assign to comparison', 1, 0),
    ('(x for x in y) = 1', 'SyntaxError',
     'cannot assign to generator expression', 1, 0),
    ('[x for x in y] = 1', 'SyntaxError',
     'cannot assign to list comprehension', 1, 0),
    ('{x for x in y} = 1', 'SyntaxError',
     'cannot assign to set comprehension', 1, 0),
    ('{x: y for x in y} = 1', 'SyntaxError',
     'cannot assign to dict comprehension', 1, 0),
    ('{a} = 1', 'SyntaxError', 'cannot assign to set display', 1, 0),
    ('{a: 1} = 1', 'SyntaxError', 'cannot assign to dict display', 1, 0),
    ('None = 1', 'SyntaxError', 'cannot assign to None', 1, 0),
    ('True = 1', 'SyntaxError', 'cannot assign to True', 1, 0),
    ('... = 1', 'SyntaxError', 'cannot assign to Ellipsis', 1, 0),
    ('__debug__ = 1', 'SyntaxError', 'cannot assign to __debug__', 1, 0),
    ("f'{x}' = 1", 'SyntaxError', 'cannot assign to f-string expression',
     1, 0),
    ('(yield) = 1', 'SyntaxError', 'cannot assign to yield expression', 1, 1),
    ('await x = 1', 'SyntaxError', 'cannot assign to await expression', 1, 0),
    ('(a := 1) = 1', 'SyntaxError', 'cannot assign to named expression', 1, 1),
    ('*a = 1', 'SyntaxError',
     'starred assignment target must be in a list or tuple', 1, 0),
    ('*a, *b = c', 'SyntaxError', 'multiple starred expressions in assignment',
     1, 4),
    ('x = *a', 'SyntaxError', "can't use starred expression here", 1, 4),
    ('*a', 'SyntaxError', "can't use starred expression here", 1, 0),
    ('print((*a))', 'SyntaxError', "can't use starred expression here", 1, 7),
    ('return *a', 'SyntaxError', "can't use starred expression here", 1, 7),
    ('for 1 in x: pass', 'SyntaxError', 'cannot assign to literal', 1, 4),
    ('for *a in x: pass', 'SyntaxError',
     'starred assignment target must be in a list or tuple', 1, 4),
    ('with a as f(): pass', 'SyntaxError', 'cannot assign to function call',
     1, 10),
    ('[x for 1 in y]', 'SyntaxError', 'cannot assign to literal', 1, 7),
    # augmented and annotated assignment
    ('a, b += 1', 'SyntaxError',
     'illegal expression for augmented assignment', 1, 0),
    ('[a] += 1', 'SyntaxError',
     'illegal expression for augmented assignment', 1, 0),
    ('1 += 1', 'SyntaxError', 'cannot assign to literal', 1, 0),
    ('f() += 1', 'SyntaxError', 'cannot assign to function call', 1, 0),
    ('a, b: int', 'SyntaxError',
     'only single target (not tuple) can be annotated', 1, 0),
    ('[a]: int', 'SyntaxError',
     'only single target (not list) can be annotated', 1, 0),
    ('f(): int', 'SyntaxError', 'illegal target for annotation', 1, 0),
    # deletion
    ('del f()', 'SyntaxError', 'cannot delete function call', 1, 4),
    ('del 1', 'SyntaxError', 'cannot delete literal', 1, 4),
    ('del (a, 1)', 'SyntaxError', 'cannot delete literal', 1, 8),
    ('del *a', 'SyntaxError', 'cannot delete starred', 1, 4),
    ('del a + b', 'SyntaxError', 'cannot delete operator', 1, 4),
    # walrus
    ('(a.b := 1)', 'SyntaxError',
     'cannot use assignment expressions with attribute', 1, 1),
    ('(a[0] := 1)', 'SyntaxError',
     'cannot use assignment expressions with subscript', 1, 1),
    ('(1 := 1)', 'SyntaxError',
     'cannot use assignment expressions with literal', 1, 1),
    ('f(a.b := 1)', 'SyntaxError',
     'cannot use assignment expressions with attribute', 1, 2),
    # calls
    ('f(a for a in b, c)', 'SyntaxError',
     'Generator expression must be parenthesized', 1, 2),
    ('f(c, a for a in b)', 'SyntaxError',
     'Generator expression must be parenthesized', 1, 5),
    ('f(a for a in b,)', 'SyntaxError',
     'Generator expression must be parenthesized', 1, 2),
    ('f(x=1, y)', 'SyntaxError', 'positional argument follows keyword argument',
     1, 7),
    ('f(**k, y)', 'SyntaxError',
     'positional argument follows keyword argument unpacking', 1, 7),
    ('f(**k, *a)', 'SyntaxError',
     'iterable argument unpacking follows keyword argument unpacking', 1, 7),
    ('f(x=1, x=2)', 'SyntaxError', 'keyword argument repeated', 1, 7),
    ('f(a.b=1)', 'SyntaxError',
     'expression cannot contain assignment, perhaps you meant "=="?', 1, 2),
    ('f(True=1)', 'SyntaxError', 'cannot assign to True', 1, 2),
    # comprehensions and displays
    ('[*a for a in b]', 'SyntaxError',
     'iterable unpacking cannot be used in comprehension', 1, 1),
    ('{*a for a in b}', 'SyntaxError',
     'iterable unpacking cannot be used in comprehension', 1, 1),
    ('(*a for a in b)', 'SyntaxError',
     'iterable unpacking cannot be used in comprehension', 1, 1),
    ('{**a for a in b}', 'SyntaxError',
     'dict unpacking cannot be used in dict comprehension', 1, 1),
    ('{1: 2, 3}', 'SyntaxError', 'invalid syntax', 1, 8),
    ('a[*b]', 'SyntaxError', 'invalid syntax', 1, 2),
    # try / import
    ('try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass', 'SyntaxError',
     "default 'except:' must be last", 3, 0),
    ('from x import a,', 'SyntaxError',
     'trailing comma not allowed without surrounding parentheses', 1, 15),
    ('from x import (a,', 'SyntaxError', 'unexpected EOF while parsing', 1, 17),
    # keywords are not names
    ('None.x = 1', None, None, None, None),
    ('def None(): pass', 'SyntaxError', 'invalid syntax', 1, 4),
    ('class if: pass', 'SyntaxError', 'invalid syntax', 1, 6),
    ('x.if', 'SyntaxError', 'invalid syntax', 1, 2),
    ('async = 1', 'SyntaxError', 'invalid syntax', 1, 6),
    ('async x', 'SyntaxError', 'invalid syntax', 1, 6),
    ('await = 1', 'SyntaxError', 'invalid syntax', 1, 6),
])
def test_errors(src, kind, message, lineno, col):
    if kind is None:
        parse(src, 'exec')   # valid after all
        return
    assert error(src) == (kind, message, lineno, col)


def test_tokenizer_errors_pass_through():
    assert error("x = 'abc") == ('SyntaxError',
                                 'EOL while scanning string literal', 1, 4)
    assert error('x = """\n') == (
        'SyntaxError', 'EOF while scanning triple-quoted string literal', 1, 4)
    assert error('x = 012')[1].startswith('leading zeros')
    assert error('x = 1 \\ 2')[1] == (
        'unexpected character after line continuation character')


# ---------------------------------------------------------------- nesting

def test_nested_parentheses_limit():
    assert error('(' * 10000 + ')' * 10000) == (
        'SyntaxError', 'too many nested parentheses', 1, 200)
    assert error('[' * 10000 + ']' * 10000)[1] == 'too many nested parentheses'
    assert error('x = ' + '{1:' * 10000)[1] == 'too many nested parentheses'
    assert error('f' + '(' * 10000)[1] == 'too many nested parentheses'
    # well under the limit is fine
    e = parse('(' * 150 + '1' + ')' * 150, 'eval').body
    assert dump(e) == "Num('1')"
    assert dump(parse('[' * 100 + ']' * 100, 'eval').body).count('List') == 100


@pytest.mark.parametrize('src', [
    '-' * 10000 + '1',
    'not ' * 10000 + 'x',
    'lambda: ' * 10000 + '1',
    '1 if x else ' * 10000 + '1',
    '2 ** ' * 10000 + '2',
    '(x := ' * 10000 + '1',
    '(-' * 10000 + '1',
    "f'{" * 10000,
])
def test_deep_nesting_is_a_compile_error(src):
    with pytest.raises(CompileError):
        parse(src, 'exec')


def test_long_flat_inputs_are_fine():
    assert len(parse('x = 1\n' * 5000, 'exec').body) == 5000
    e = parse('+'.join(['1'] * 3000), 'eval').body
    assert isinstance(e, ast.BinOp)
    e = parse('a' + '.b' * 3000, 'eval').body
    assert isinstance(e, ast.Attribute)
    src = 'if x: pass\n' + 'elif x: pass\n' * 3000
    assert len(parse(src, 'exec').body) == 1
    assert len(parse('"' + 'a' * 100000 + '"', 'eval').body.value) == 100000


# ---------------------------------------------------------------- robustness

CORPUS = [
    '''\
import sys
from os.path import join as j, split

class Point(object):
    """A point."""
    count = 0

    def __init__(self, x=0, y=0, *args, **kw):
        self.x, self.y = x, y
        Point.count += 1

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f'Point({self.x!r}, {self.y:>{4}})'
''',
    '''\
def gen(n):
    i = 0
    while i < n:
        x = yield i
        if x is not None and x > 0:
            i += x
        elif x == -1:
            break
        else:
            i += 1
    else:
        return
    yield from range(3)

async def main():
    async with lock as l:
        async for item in aiter():
            await item
    return [await z async for z in q if z]
''',
    '''\
try:
    d = {k: v for k, v in zip('abc', [1, 2, 3]) if v != 2}
    s = {x for x in range(10) if x % 2}
    l = [(i, j) for i in range(3) for j in range(i)]
    g = sum(x * x for x in l[::2])
except (ValueError, TypeError) as e:
    raise RuntimeError('bad') from e
except:
    pass
else:
    del d['a'], s
finally:
    print(*l, sep=', ', **{'end': '\\n'})
''',
    '''\
x = 0x1f + 0o17 + 0b101 + 1_000 + 1.5e-3 + 2j - .5
y = b'bytes\\x00' + rb'\\d+'
z = """triple
quoted""" 'adjacent' f"{x:.{3}f} {y!r:>10} {x=}"
lam = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
assert x if y else z, "message"
global g
nonlocal_free = not x or y and (z := 3)
w = a[1:2, ..., ::3] @ b
q: int = -2 ** -1
with open('f') as f, open('g') as (h): pass
for i, *rest in [[1, 2, 3]]: continue
''',
]


def mutations(rnd, src):
    alphabet = list('()[]{}:;,.=+-*/%@&|^~<>!\'"\\#\n\t \x0c_0123456789'
                    'abcdefjxoeEJrRbBfFuU') + [
        'if', 'else', 'lambda', 'yield', 'await', 'async', 'for', 'in', 'not',
        '**', '//', ':=', '->', '...', 'f"', "f'", '"""', "'''", '\xc3',
        '\xa9', '\xff', '\x00', '\r', 'def ', 'class ', '    ']
    chars = list(src)
    for _ in range(rnd.randrange(1, 6)):
        if not chars:
            break
        i = rnd.randrange(len(chars))
        op = rnd.randrange(5)
        if op == 0:
            del chars[i:i + rnd.randrange(1, 10)]
        elif op == 1:
            chars.insert(i, rnd.choice(alphabet))
        elif op == 2:
            chars[i] = rnd.choice(alphabet)
        elif op == 3:
            chars = chars[:i]      # truncated source
        else:
            j = rnd.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
    return ''.join(chars)


def test_corpus_parses():
    for src in CORPUS:
        for mode in ('exec',):
            parse(src, mode)


def parse_or_compile_error(src):
    for mode in ('exec', 'eval', 'single'):
        try:
            parse(src, mode)
        except CompileError as e:
            assert e.kind in ('SyntaxError', 'IndentationError')
            assert isinstance(e.msg, str) and e.msg
            assert isinstance(e.lineno, int) and isinstance(e.col, int)


def test_mutated_sources_only_raise_compile_error():
    rnd = random.Random(1234)
    for _ in range(400):
        parse_or_compile_error(mutations(rnd, rnd.choice(CORPUS)))


def test_random_bytes_only_raise_compile_error():
    rnd = random.Random(99)
    for _ in range(200):
        n = rnd.randrange(1, 80)
        parse_or_compile_error(''.join([chr(rnd.randrange(256))
                                        for _ in range(n)]))
    tokens = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', 'x',
              '1', "'s'", "f'{x}'", 'if', 'else', 'for', 'in', 'lambda',
              'yield', 'def', 'not', '\n', '\n  ', '\\\n', ':=', '.', '@']
    for _ in range(300):
        parse_or_compile_error(' '.join([rnd.choice(tokens) for _ in
                                         range(rnd.randrange(1, 30))]))


def test_every_prefix_of_corpus():
    src = CORPUS[0] + CORPUS[3]
    for i in range(0, len(src), 7):
        parse_or_compile_error(src[:i])
