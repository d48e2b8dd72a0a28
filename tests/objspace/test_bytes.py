"""bytes literals through the compiler, and the interp-level helpers of
objspace/bytesobject.py (codecs, hex) and the buffer interface."""
import pytest

from interp.error import OperationError
from interp.main import space, compile_source
from objspace import bytesobject
from objspace.bytesobject import W_BytesObject
from objspace.bytearrayobject import W_BytearrayObject
from objspace.memoryviewobject import get_buffer, make_memoryview


def literal(source):
    code = compile_source(space, 'x = ' + source, '<test>', 'exec')
    w_value = code.consts_w[0]
    assert isinstance(w_value, W_BytesObject)
    return w_value.value


def raises(w_type, func, *args):
    with pytest.raises(OperationError) as info:
        func(*args)
    w_exc = info.value.w_value
    assert space.type(w_exc) is w_type
    return space.str_w(w_exc)


@pytest.mark.parametrize('src, expected', [
    ("b''", ''),
    ("b'abc'", 'abc'),
    ("b'\\xff\\x00'", '\xff\x00'),
    ("b'\\101\\0\\777'", 'A\x00\xff'),
    ("b'\\n\\t\\\\\\''", '\n\t\\\''),
    ("b'\\e\\u1234'", '\\e\\u1234'),
    ("rb'\\x00'", '\\x00'),
    ("b'a' b'b'", 'ab'),
    ("b'''x\ny'''", 'x\ny'),
])
def test_literals(src, expected):
    assert literal(src) == expected


@pytest.mark.parametrize('src', ["b'\xc3\xa9'", "b'\\x4'", "b'a' 'b'"])
def test_literal_errors(src):
    raises(space.w_SyntaxError, compile_source, space, src, '<test>', 'exec')


def test_repr():
    assert bytesobject.bytes_repr('') == "b''"
    assert bytesobject.bytes_repr("'") == 'b"\'"'
    assert bytesobject.bytes_repr("'\"") == "b'\\'\"'"
    assert bytesobject.bytes_repr('\x7f\x80\n') == "b'\\x7f\\x80\\n'"
    assert bytesobject.bytes_repr("'", True) == 'b"\\\'"'


@pytest.mark.parametrize('data, errors, expected', [
    ('abc', 'strict', 'abc'),
    ('\xc3\xa9', 'strict', '\xc3\xa9'),
    ('a\xffb', 'replace', 'a\xef\xbf\xbdb'),
    ('a\xffb', 'ignore', 'ab'),
    ('a\xffb', 'backslashreplace', 'a\\xffb'),
    ('\xe2\x82', 'replace', '\xef\xbf\xbd'),          # one maximal prefix
    ('\xe2\x82x', 'replace', '\xef\xbf\xbdx'),
    ('\xed\xa0\x80', 'replace', '\xef\xbf\xbd' * 3),  # no surrogates
])
def test_decode_utf8(data, errors, expected):
    assert bytesobject.decode(space, data, 'utf-8', errors) == expected


@pytest.mark.parametrize('data, message', [
    ('\xff', "'utf-8' codec can't decode byte 0xff in position 0: "
             "invalid start byte"),
    ('ab\xe2\x82', "'utf-8' codec can't decode bytes in position 2-3: "
                   "unexpected end of data"),
    ('\xe2x', "'utf-8' codec can't decode byte 0xe2 in position 0: "
              "invalid continuation byte"),
])
def test_decode_errors(data, message):
    assert raises(space.w_UnicodeDecodeError, bytesobject.decode, space,
                  data, 'utf-8', 'strict') == message


def test_encode():
    assert bytesobject.encode(space, '\xc3\xa9', 'latin-1', 'strict') == '\xe9'
    assert bytesobject.encode(space, 'a\xe2\x82\xacb', 'ascii', 'replace') == 'a?b'
    assert (bytesobject.encode(space, '\xe2\x82\xac', 'ascii',
                               'xmlcharrefreplace') == '&#8364;')
    msg = raises(space.w_UnicodeEncodeError, bytesobject.encode, space,
                 'x\xc3\xa9\xc3\xa9y', 'ascii', 'strict')
    assert msg == ("'ascii' codec can't encode characters in position 1-2: "
                   "ordinal not in range(128)")
    raises(space.w_LookupError, bytesobject.encode, space, 'x', 'koi8', 'strict')
    raises(space.w_LookupError, bytesobject.encode, space, '\xc3\xa9',
           'ascii', 'nonsense')


def test_normalize_encoding():
    for name in ['UTF-8', 'utf8', 'u8', 'Utf_8']:
        assert bytesobject.normalize_encoding(space, name) == 'utf-8'
    assert bytesobject.normalize_encoding(space, 'ISO-8859-1') == 'latin-1'
    assert bytesobject.normalize_encoding(space, 'US-ASCII') == 'ascii'


def test_hex():
    def hex_of(s, sep=None, n=1):
        w_sep = None if sep is None else space.newtext(sep)
        return space.text_w(bytesobject.hex_of(space, s, w_sep, n))
    assert hex_of('') == ''
    assert hex_of('\x01\xab') == '01ab'
    assert hex_of('\x01\x02\x03', ':', 2) == '01:0203'
    assert hex_of('\x01\x02\x03', ':', -2) == '0102:03'
    assert bytesobject.from_hex(space, ' 01 ab\tCD ') == '\x01\xab\xcd'
    assert raises(space.w_ValueError, bytesobject.from_hex, space, '0') == (
        "non-hexadecimal number found in fromhex() arg at position 1")


def test_buffers_share_memory():
    w_ba = W_BytearrayObject.from_str('hello')
    w_view = make_memoryview(space, w_ba)
    buf = get_buffer(space, w_view)
    assert not buf.is_readonly()
    buf.setitem(0, 'H')
    assert w_ba.as_str() == 'Hello'
    assert get_buffer(space, space.newbytes('ro')).is_readonly()
    assert get_buffer(space, space.newint(1)) is None
    assert space.bytes_w(w_view) == 'Hello'
    raises(space.w_TypeError, space.bytes_w, space.newtext('x'))
