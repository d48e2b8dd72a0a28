# -*- coding: utf-8 -*-
"""objspace/modules/re_compile.py: patterns compiled by our compiler and run on
rlib's rsre give CPython 3.11's spans (the tables were made with python3)."""
import pytest

from rpython.rlib.rsre import rsre_core

from objspace.modules import re_compile as rc


def cps(text):
    return [ord(c) for c in text]


def search(pattern, text, flags=0):
    """CPython's m.regs for re.search(pattern, text, flags), or None."""
    compiled = rc.compile_pattern(cps(pattern), flags)
    ctx = rsre_core.UnicodeMatchContext(compiled.code, text, 0, len(text),
                                        rc.rsre_flags(compiled.flags))
    if not rsre_core.search_context(ctx):
        return None
    regs = [[ctx.match_start, ctx.match_end]]
    for g in range(1, compiled.ngroups):
        start = rsre_core.find_mark(ctx.match_marks, 2 * g - 2)
        end = rsre_core.find_mark(ctx.match_marks, 2 * g - 1)
        regs.append([start, end] if start >= 0 and end >= 0 else [-1, -1])
    return regs


# (pattern, text, flags, re.search(...).regs as lists, or None)
SEARCHES = [
    (u'abc', u'xxabcx', 0, [[2, 5]]),
    (u'a+b', u'caaab', 0, [[1, 5]]),
    (u'(a|b)*c', u'ababc', 0, [[0, 5], [3, 4]]),
    (u'\\d+', u'ab123', 0, [[2, 5]]),
    (u'(?i)ABC', u'xabc', 0, [[1, 4]]),
    (u'[a-z]+', u'123hello', 0, [[3, 8]]),
    (u'(?<=a)b', u'cbab', 0, [[3, 4]]),
    (u'x*', u'abc', 0, [[0, 0]]),
    (u'(?>a+)b', u'aaab', 0, [[0, 4]]),
    (u'a++a', u'aaa', 0, None),
    (u'\\bfoo\\b', u'a foo b', 0, [[2, 5]]),
    (u'\xe9+', u'caf\xe9\xe9', 0, [[3, 5]]),
    (u'a.c', u'a\nc', 0, None),
    (u'a.c', u'a\nc', 16, [[0, 3]]),
    (u'^b', u'a\nb', 0, None),
    (u'^b', u'a\nb', 8, [[2, 3]]),
    (u'a$', u'a\n', 0, [[0, 1]]),
    (u'a\\Z', u'a\n', 0, None),
    (u'<.*?>', u'<a><b>', 0, [[0, 3]]),
    (u'a{2,3}', u'aaaa', 0, [[0, 3]]),
    (u'a{2,3}?', u'aaaa', 0, [[0, 2]]),
    (u'(\\w+) \\1', u'hey hey', 0, [[0, 7], [0, 3]]),
    (u'(?P<q>.)(?P=q)', u'abccd', 0, [[2, 4], [2, 3]]),
    (u'foo(?!bar)', u'foobar foobaz', 0, [[7, 10]]),
    (u'(?<!x)y', u'xyay', 0, [[3, 4]]),
    (u'(a)?(?(1)b|c)', u'c', 0, [[0, 1], [-1, -1]]),
    (u'[^abc]+', u'abxyc', 0, [[2, 4]]),
    (u'[\u03b1-\u03c9]+', u'x\u03b1\u03b2', 0, [[1, 3]]),
    (u'(?i)[A-Z]+', u'12abC', 0, [[2, 5]]),
    (u'(?i)\\u00c9', u'\xe9', 0, [[0, 1]]),
    (u'(?i)s', u'\u017f', 0, [[0, 1]]),
    (u'[\\d\\s]+', u'a1 2b', 0, [[1, 4]]),
    (u'\\W+', u'ab, c', 0, [[2, 4]]),
    (u'\\w+', u'h\xe9!', 256, [[0, 1]]),
    (u'(?x) a b # c', u'ab', 0, [[0, 2]]),
    (u'a|ab|abc', u'abc', 0, [[0, 1]]),
    (u'(?:ab)*c', u'ababc', 0, [[0, 5]]),
    (u'[abcdefgh]+', u'zfacez', 0, [[1, 5]]),
    (u'[.-9]+', u'a-./9b', 0, [[2, 5]]),
    (u'', u'abc', 0, [[0, 0]]),
    (u'(a*)*b', u'aab', 0, [[0, 3], [2, 2]]),
]


@pytest.mark.parametrize('pattern, text, flags, regs', SEARCHES)
def test_search_spans(pattern, text, flags, regs):
    assert search(pattern, text, flags) == regs


# (pattern, re.error's msg, pos (-1: none)) from python3
ERRORS = [
    (u'(a', 'missing ), unterminated subpattern', 0),
    (u'a)', 'unbalanced parenthesis', 1),
    (u'*', 'nothing to repeat', 0),
    (u'[a', 'unterminated character set', 0),
    (u'a{2,1}', 'min repeat greater than max repeat', 2),
    (u'\\', 'bad escape (end of pattern)', 0),
    (u'(?P<1>a)', "bad character in group name '1'", 4),
    (u'(?<=a*)b', 'look-behind requires fixed-width pattern', -1),
    (u'\\q', 'bad escape \\q', 0),
    (u'a**', 'multiple repeat', 2),
    (u'(a)\\2', 'invalid group reference 2', 4),
    (u'(?P=x)', "unknown group name 'x'", 4),
    (u'(?z)', 'unknown extension ?z', 1),
    (u'[z-a]', 'bad character range z-a', 1),
    (u'\\x4', 'incomplete escape \\x4', 0),
    (u'(?i', 'missing -, : or )', 3),
    (u'a(?i)b', 'global flags not at the start of the expression', 1),
    (u'(?#x', 'missing ), unterminated comment', 0),
    (u'(?(2)a)(b)', 'invalid group reference 2', 3),
    (u'\\400', 'octal escape value \\400 outside of range 0-0o377', 0),
]


@pytest.mark.parametrize('pattern, msg, pos', ERRORS)
def test_errors(pattern, msg, pos):
    with pytest.raises(rc.ReError) as info:
        rc.compile_pattern(cps(pattern), 0)
    assert info.value.kind == rc.KIND_ERROR
    assert (info.value.msg, info.value.pos) == (msg, pos)


def test_overflow_and_flag_errors():
    with pytest.raises(rc.ReError) as info:
        rc.compile_pattern(cps(u'a{99999999999}'), 0)
    assert info.value.kind == rc.KIND_OVERFLOW
    with pytest.raises(rc.ReError) as info:
        rc.compile_pattern(cps(u'a'), rc.FLAG_ASCII | rc.FLAG_UNICODE)
    assert info.value.kind == rc.KIND_VALUE


def test_groups_and_flags():
    compiled = rc.compile_pattern(cps(u'(?i)(?P<a>x)(y)(?P<b>z)'), 0)
    assert compiled.ngroups == 4
    assert compiled.groupnames == ['a', 'b']
    assert compiled.groupnumbers == [1, 3]
    assert compiled.flags == rc.FLAG_IGNORECASE | rc.FLAG_UNICODE
    assert rc.compile_pattern(cps(u'x'), rc.FLAG_ASCII).flags == rc.FLAG_ASCII


def test_codes_literal_prefix():
    # INFO block with the literal prefix "ab", then the literals, then SUCCESS
    code = rc.compile_pattern(cps(u'ab'), 0).code
    OP = rsre_core
    assert code[0] == OP.OPCODE_INFO
    assert code[code[1] + 1:] == [OP.OPCODE_LITERAL, 97, OP.OPCODE_LITERAL, 98,
                                  OP.OPCODE_SUCCESS]


def test_repeat_one_for_single_characters():
    code = rc.compile_pattern(cps(u'x*'), 0).code
    assert code[0] == rsre_core.OPCODE_REPEAT_ONE
    code = rc.compile_pattern(cps(u'(?:xy)*'), 0).code
    assert code[0] == rsre_core.OPCODE_REPEAT
    assert code[-2] == rsre_core.OPCODE_MAX_UNTIL


@pytest.mark.parametrize('template, pieces', [
    (u'plain', [('plain', -1)]),
    (u'\\1-\\g<2>\\g<name>', [('', 1), ('-', -1), ('', 2), ('', 1)]),
    (u'\\n\\t\\\\\\-', [('\n\t\\\\-', -1)]),
    (u'\\0\\101', [('\x00A', -1)]),
])
def test_templates(template, pieces):
    t = rc.parse_template(cps(template), 3, {'name': 1})
    assert list(zip(t.literals, t.groups)) == pieces


@pytest.mark.parametrize('template, kind, msg', [
    (u'\\3', rc.KIND_ERROR, 'invalid group reference 3'),
    (u'\\g<x>', rc.KIND_INDEX, "unknown group name 'x'"),
    (u'\\g<1', rc.KIND_ERROR, 'missing >, unterminated name'),
    (u'\\q', rc.KIND_ERROR, 'bad escape \\q'),
])
def test_template_errors(template, kind, msg):
    with pytest.raises(rc.ReError) as info:
        rc.parse_template(cps(template), 3, {'name': 1})
    assert (info.value.kind, info.value.msg) == (kind, msg)
