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


LONG = (u'a\xe9\u4e2d\U0001f600' * 100).encode('utf-8')


def test_prev_and_advance():
    s = u'a\xe9\u4e2d\U0001f600b'.encode('utf-8')
    positions = [utf8.byte_index(s, i) for i in range(6)]
    for i in range(1, 6):
        assert utf8.prev_codepoint_pos(s, positions[i]) == positions[i - 1]
        assert utf8.advance(s, positions[0], i) == positions[i]
        assert utf8.codepoint_count_range(s, positions[1], positions[i]) == i - 1


def test_index_lookups_match_scanning():
    index = utf8.build_index(LONG)
    n = utf8.codepoint_count(LONG)
    assert len(index) == (n - 1) // utf8.INDEX_STEP + 1
    for i in list(range(0, n, 7)) + [n - 1, utf8.INDEX_STEP, utf8.INDEX_STEP - 1]:
        pos = utf8.byte_index(LONG, i)
        assert utf8.byte_index_with(LONG, index, i) == pos
        assert utf8.codepoint_index_with(LONG, index, pos) == i
    assert utf8.codepoint_index_with(LONG, index, len(LONG)) == n


def test_str_object_positions():
    from objspace.strobject import W_StrObject
    for text in [u'plain ascii text' * 5, LONG.decode('utf-8'), u'\xe9' * 10]:
        w_s = W_StrObject(text.encode('utf-8'))
        assert w_s.length() == len(text)
        for i in range(0, len(text) + 1, 3):
            b = len(text[:i].encode('utf-8'))
            assert w_s.byte_pos(i) == b
            assert w_s.cp_pos(b) == i
