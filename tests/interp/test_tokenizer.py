"""Tests for interp/tokenizer.py: token kinds, values, positions, errors."""
import pytest

from interp.error import CompileError
from interp.tokenizer import (Tokenizer, tokenize, KIND_NAMES, ENDMARKER,
                              NAME, STRING, NEWLINE, INDENT, DEDENT)


def toks(src):
    """[(KIND, value)] without the ENDMARKER."""
    res = []
    for t in tokenize(src):
        if t.kind == ENDMARKER:
            break
        res.append((KIND_NAMES[t.kind], t.value))
    return res


def kinds(src):
    return ' '.join([KIND_NAMES[t.kind] for t in tokenize(src)])


def values(src):
    return [t.value for t in tokenize(src)
            if t.kind not in (NEWLINE, INDENT, DEDENT, ENDMARKER)]


def error(src):
    with pytest.raises(CompileError) as excinfo:
        tokenize(src)
    e = excinfo.value
    return (e.kind, e.msg, e.lineno, e.col)


# ---------------------------------------------------------------- basics

def test_simple_statement():
    assert toks('x = 1\n') == [('NAME', 'x'), ('OP', '='), ('NUMBER', '1'),
                               ('NEWLINE', '')]


def test_positions():
    ts = tokenize('ab = f(1,\n       22)\n')
    pos = [(t.value, t.lineno, t.col) for t in ts]
    assert pos == [('ab', 1, 0), ('=', 1, 3), ('f', 1, 5), ('(', 1, 6),
                   ('1', 1, 7), (',', 1, 8), ('22', 2, 7), (')', 2, 9),
                   ('', 2, 10), ('', 3, 0)]


def test_empty_and_blank_sources():
    assert kinds('') == 'ENDMARKER'
    assert kinds('\n\n   \n\t\n') == 'ENDMARKER'
    assert kinds('# just a comment') == 'ENDMARKER'
    assert kinds('  # indented comment\n') == 'ENDMARKER'


def test_eof_without_newline():
    assert kinds('x') == 'NAME NEWLINE ENDMARKER'
    assert kinds('if x:\n  y') == ('KEYWORD NAME OP NEWLINE INDENT NAME '
                                   'NEWLINE DEDENT ENDMARKER')


def test_keywords_and_names():
    assert toks('if ifx None none async await True') == [
        ('KEYWORD', 'if'), ('NAME', 'ifx'), ('KEYWORD', 'None'),
        ('NAME', 'none'), ('KEYWORD', 'async'), ('KEYWORD', 'await'),
        ('KEYWORD', 'True'), ('NEWLINE', '')]


def test_non_ascii_identifier():
    assert values('\xc3\xa9t\xc3\xa9 = 1') == ['\xc3\xa9t\xc3\xa9', '=', '1']


def test_comments():
    assert toks('x # comment ( [\ny') == [('NAME', 'x'), ('NEWLINE', ''),
                                           ('NAME', 'y'), ('NEWLINE', '')]


def test_all_operators():
    ops = ('+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != ( ) [ ] { } , : '
           '. ; = -> += -= *= /= //= %= @= &= |= ^= >>= <<= **= ... :=')
    assert values(ops) == ops.split()


def test_operator_longest_match():
    assert values('a**=b') == ['a', '**=', 'b']
    assert values('a//b') == ['a', '//', 'b']
    assert values('..') == ['.', '.']
    assert values('....') == ['...', '.']
    assert values('a<>b') == ['a', '<', '>', 'b']
    assert values('f()->x') == ['f', '(', ')', '->', 'x']


def test_invalid_characters():
    assert error('a $ b') == ('SyntaxError', 'invalid syntax', 1, 2)
    assert error('a ! b') == ('SyntaxError', 'invalid syntax', 1, 2)
    assert error('?') == ('SyntaxError', 'invalid syntax', 1, 0)


# ---------------------------------------------------------------- indentation

def test_indent_dedent():
    src = 'if a:\n    if b:\n        c\n    d\ne\n'
    assert kinds(src) == (
        'KEYWORD NAME OP NEWLINE INDENT KEYWORD NAME OP NEWLINE INDENT NAME '
        'NEWLINE DEDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER')


def test_dedent_several_levels_at_once():
    src = 'if a:\n if b:\n  if c:\n   d\ne\n'
    assert kinds(src).count('DEDENT') == 3
    ts = tokenize(src)
    dedents = [t for t in ts if t.kind == DEDENT]
    assert [(t.lineno, t.col) for t in dedents] == [(5, 0), (5, 0), (5, 0)]


def test_dedents_at_eof():
    assert kinds('if a:\n  if b:\n    c\n') == (
        'KEYWORD NAME OP NEWLINE INDENT KEYWORD NAME OP NEWLINE INDENT NAME '
        'NEWLINE DEDENT DEDENT ENDMARKER')


def test_blank_lines_and_odd_comments_do_not_indent():
    src = 'if a:\n    b\n\n  \n        # odd comment\n  # another\n    c\n'
    assert kinds(src) == ('KEYWORD NAME OP NEWLINE INDENT NAME NEWLINE NAME '
                          'NEWLINE DEDENT ENDMARKER')


def test_tab_is_eight_columns():
    # a tab and eight spaces are the same indentation when consistent
    assert 'DEDENT' in kinds('if a:\n\tb\nc\n')
    assert kinds('if a:\n\tb\n\tc\n').count('INDENT') == 1
    # a tab after four spaces still reaches column 8
    src = 'if a:\n    \tb\n'
    assert kinds(src).count('INDENT') == 1


def test_inconsistent_tabs_and_spaces():
    assert error('if a:\n\tb\n        c\n') == (
        'IndentationError',
        'inconsistent use of tabs and spaces in indentation', 3, 8)
    assert error('if a:\n        b\n\tc\n')[1] == (
        'inconsistent use of tabs and spaces in indentation')


def test_form_feed_resets_column():
    assert kinds('\x0cx = 1\n') == 'NAME OP NUMBER NEWLINE ENDMARKER'
    assert kinds('if a:\n  \x0c  b\n').count('INDENT') == 1


def test_unindent_mismatch():
    assert error('if a:\n    b\n  c\n') == (
        'IndentationError',
        'unindent does not match any outer indentation level', 3, 2)


def test_too_many_indentation_levels():
    src = ''.join([' ' * i + 'if x:\n' for i in range(110)]) + ' ' * 110 + 'y'
    assert error(src)[:2] == ('IndentationError',
                              'too many levels of indentation')


def test_first_line_indented_gives_indent_token():
    assert kinds('  x\n') == 'INDENT NAME NEWLINE DEDENT ENDMARKER'


# ---------------------------------------------------------------- line joining

def test_implicit_line_joining():
    src = 'x = (1,\n     2,\n\n   # c\n  3)\ny\n'
    assert kinds(src) == ('NAME OP OP NUMBER OP NUMBER OP NUMBER OP NEWLINE '
                          'NAME NEWLINE ENDMARKER')


def test_indentation_ignored_inside_brackets():
    src = 'if a:\n    x = [\n1,\n            2]\n    y\n'
    assert kinds(src).count('INDENT') == 1


def test_backslash_continuation():
    src = 'x = 1 + \\\n    2\ny\n'
    assert kinds(src) == 'NAME OP NUMBER OP NUMBER NEWLINE NAME NEWLINE ENDMARKER'
    ts = tokenize(src)
    assert (ts[4].value, ts[4].lineno, ts[4].col) == ('2', 2, 4)


def test_backslash_errors():
    assert error('x = 1 \\ 2') == (
        'SyntaxError', 'unexpected character after line continuation '
        'character', 1, 7)
    assert error('x = 1 \\')[1] == 'unexpected EOF while parsing'
    assert error('x = 1 + \\\n')[1] == 'unexpected EOF while parsing'


def test_eof_inside_brackets_has_no_newline():
    assert kinds('f(1,\n') == 'NAME OP NUMBER OP ENDMARKER'


def test_newline_conventions():
    assert kinds('a\r\nb\rc\n') == ('NAME NEWLINE NAME NEWLINE NAME NEWLINE '
                                    'ENDMARKER')
    ts = tokenize('a\r\nb\rc')
    assert [(t.value, t.lineno) for t in ts if t.kind == NAME] == [
        ('a', 1), ('b', 2), ('c', 3)]


# ---------------------------------------------------------------- strings

def test_string_prefixes():
    for prefix in ['', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'Br', 'bR', 'rb',
                   'RB', 'f', 'F', 'fr', 'rf', 'Rf', 'fR']:
        src = prefix + "'x'"
        assert toks(src) == [('STRING', src), ('NEWLINE', '')]


def test_invalid_prefixes_are_names():
    assert toks("ub'x'")[:2] == [('NAME', 'ub'), ('STRING', "'x'")]
    assert toks("bf'x'")[:2] == [('NAME', 'bf'), ('STRING', "'x'")]
    assert toks("ur'x'")[:2] == [('NAME', 'ur'), ('STRING', "'x'")]


def test_string_quotes_and_escapes_scan():
    assert values(r'"a\"b" ' + r"'c\'d'") == [r'"a\"b"', r"'c\'d'"]
    assert values(r"r'\''") == [r"r'\''"]
    assert values("''") == ["''"]
    assert values("'''a'b''c'''") == ["'''a'b''c'''"]
    assert values('""""""') == ['""""""']


def test_triple_quoted_string_spans_lines():
    ts = tokenize('x = """a\nb\nc""" + y\n')
    assert ts[2].kind == STRING and ts[2].value == '"""a\nb\nc"""'
    assert (ts[2].lineno, ts[2].col) == (1, 4)
    assert (ts[4].value, ts[4].lineno, ts[4].col) == ('y', 3, 7)


def test_backslash_newline_inside_string():
    ts = tokenize("x = 'a\\\nb' + y\n")
    assert ts[2].value == "'a\\\nb'"
    assert (ts[4].value, ts[4].lineno) == ('y', 2)


def test_unterminated_strings():
    assert error("x = 'abc") == ('SyntaxError',
                                 'EOL while scanning string literal', 1, 4)
    assert error("x = 'abc\ny'") == ('SyntaxError',
                                     'EOL while scanning string literal', 1, 4)
    assert error('x = """abc\n\n') == (
        'SyntaxError', 'EOF while scanning triple-quoted string literal', 1, 4)
    assert error("x = 'abc\\") == ('SyntaxError',
                                   'EOL while scanning string literal', 1, 4)


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize('src', [
    '0', '00', '0_0', '123', '1_000_000', '0x1f', '0X_1F', '0o17', '0O_7',
    '0b101', '0B1_0', '1.', '.5', '1.5', '1e10', '1E+10', '1e-5', '1_000.5',
    '1.5_5', '1e1_0', '1j', '1.5J', '.5j', '0j', '00.5', '012.5', '012e3',
    '012j', '99999999999999999999999999999',
])
def test_valid_numbers(src):
    assert toks(src) == [('NUMBER', src), ('NEWLINE', '')]


@pytest.mark.parametrize('src,msg', [
    ('012', 'leading zeros in decimal integer literals are not permitted; '
            'use an 0o prefix for octal integers'),
    ('0_1', 'leading zeros in decimal integer literals are not permitted; '
            'use an 0o prefix for octal integers'),
    ('1__0', 'invalid decimal literal'),
    ('1_', 'invalid decimal literal'),
    ('1_.5', 'invalid decimal literal'),
    ('1.5_', 'invalid decimal literal'),
    ('1e+', 'invalid decimal literal'),
    ('1e-x', 'invalid decimal literal'),
    ('0x', 'invalid hexadecimal literal'),
    ('0xg', 'invalid hexadecimal literal'),
    ('0x_', 'invalid hexadecimal literal'),
    ('0x1_', 'invalid hexadecimal literal'),
    ('0x1__2', 'invalid hexadecimal literal'),
    ('0o', 'invalid octal literal'),
    ('0o8', "invalid digit '8' in octal literal"),
    ('0b2', "invalid digit '2' in binary literal"),
    ('0b', 'invalid binary literal'),
])
def test_invalid_numbers(src, msg):
    kind, m, lineno, col = error('x = ' + src)
    assert (kind, m, lineno) == ('SyntaxError', msg, 1)


def test_number_followed_by_name():
    # CPython 3.8 splits these; the parser decides what is legal
    assert values('1if x else 2') == ['1', 'if', 'x', 'else', '2']
    assert values('1else') == ['1', 'else']
    assert values('0x1for') == ['0x1f', 'or']
    assert values('1.real') == ['1.', 'real']
    assert values('1e') == ['1', 'e']


# ---------------------------------------------------------------- encodings

def test_null_bytes_rejected():
    assert error('x = 1\x00')[1] == 'source code cannot contain null bytes'


def test_invalid_utf8_rejected():
    e = error('x = 1\ny = "\xff"\n')
    assert e[0] == 'SyntaxError' and 'utf-8' in e[1] and e[2] == 2
    assert 'invalid continuation byte' in error('"\xc3("')[1]
    assert 'unexpected end of data' in error('"\xe2\x82')[1]
    # surrogates and overlong forms are not UTF-8 either
    assert 'utf-8' in error('"\xed\xa0\x80"')[1]
    assert 'utf-8' in error('"\xc0\xaf"')[1]


def test_bom_skipped():
    assert toks('\xef\xbb\xbfx') == [('NAME', 'x'), ('NEWLINE', '')]


def test_too_many_nested_parentheses():
    assert error('(' * 10000) == ('SyntaxError', 'too many nested parentheses',
                                  1, 200)


def test_expression_mode_tokenizer():
    # as used for f-string expressions: positions offset, no NEWLINE/INDENT
    ts = Tokenizer('a +\n  b', 5, 10, True).tokenize()
    assert [(t.value, t.lineno, t.col) for t in ts] == [
        ('a', 5, 10), ('+', 5, 12), ('b', 6, 2), ('', 6, 3)]
