# -*- coding: utf-8 -*-
"""objspace/utf8.py: counting, indexing, encoding and validating UTF-8."""
import pytest

from objspace import utf8

SAMPLES = [u'', u'ascii', u'h\xe9llo', u'\u4e2d\u6587', u'\U0001f600 smile', u'\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff']


@pytest.mark.parametrize('text', SAMPLES)
def test_count_and_index_match_python(text):
    s = text.encode('utf-8')
    assert utf8.codepoint_count(s) == len(text)
    assert utf8.is_ascii(s) == all(ord(c) < 0x80 for c in text)
    for i, ch in enumerate(text):
        pos = utf8.byte_index(s, i)
        assert utf8.codepoint_at(s, pos) == ord(ch)
        assert s[pos:utf8.next_codepoint_pos(s, pos)] == ch.encode('utf-8')
    assert utf8.byte_index(s, len(text)) == len(s)


@pytest.mark.parametrize('cp', [0, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff])
def test_encode_codepoint(cp):
    expected = (b'\\U%08x' % cp).decode('unicode-escape').encode('utf-8')
    assert utf8.encode_codepoint(cp) == expected


@pytest.mark.parametrize('data, bad', [
    (b'ok', -1),
    (u'\xe9'.encode('utf-8'), -1),
    (b'\x80', 0),                 # lone continuation byte
    (b'a\xc3', 1),                # truncated sequence
    (b'\xc0\xaf', 0),             # overlong encoding
    (b'\xed\xa0\x80', 0),         # surrogate
    (b'\xf4\x90\x80\x80', 0),     # beyond U+10FFFF
    (b'ab\xe4\xb8', 2),
])
def test_check_utf8(data, bad):
    assert utf8.check_utf8(data) == bad
