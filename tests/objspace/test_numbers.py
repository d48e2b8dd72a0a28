"""Number helpers of objspace/intobject.py, floatobject.py, complexobject.py:
hashing, text parsing and formatting, checked against CPython 3's results
(recorded here, as this runs on CPython 2.7)."""
import pytest

from rpython.rlib.rbigint import rbigint

from interp.main import space
from interp.error import OperationError
from objspace.intobject import int_hash, bigint_hash, parse_int_text
from objspace.floatobject import (float_hash, float_to_hex, float_from_hex,
                                  parse_float_text, float_repr)
from objspace.complexobject import complex_repr, parse_complex_text
from objspace.longobject import mod_inverse

INF = float('inf')


@pytest.mark.parametrize('value, expected', [
    (0.0, 0), (-0.0, 0), (1.0, 1), (-1.0, -2), (0.5, 1152921504606846976),
    (-0.5, -1152921504606846976), (1.5, 1152921504606846977),
    (0.1, 230584300921369408), (1e100, 1822893315824342674), (2.0 ** 61, 1),
    (2.0 ** 64, 8), (1e-300, 482449582752280463), (123.456, 1051464412201451643),
    (1e308, 156575653125701), (5e-324, 16777216), (INF, 314159), (-INF, -314159),
])
def test_float_hash(value, expected):
    assert float_hash(value) == expected


@pytest.mark.parametrize('value, expected', [
    (0, 0), (1, 1), (-1, -2), (-2, -2), (2 ** 61 - 2, 2 ** 61 - 2), (2 ** 61 - 1, 0),
    (2 ** 61, 1), (2 ** 62, 2), (2 ** 63 - 1, 3), (-2 ** 63, -4), (-2 ** 61 + 1, 0),
    (-(2 ** 61), -2),
])
def test_int_hash(value, expected):
    assert int_hash(int(value)) == expected
    assert bigint_hash(rbigint.fromlong(value)) == expected


@pytest.mark.parametrize('value, expected', [
    (10 ** 30, 465258685558744706), (-10 ** 30, -465258685558744706),
])
def test_bigint_hash(value, expected):
    assert bigint_hash(rbigint.fromlong(value)) == expected


def _int(text, base):
    w_res = parse_int_text(space, text, base)
    return int(space.repr_w(w_res))


@pytest.mark.parametrize('text, base, expected', [
    ('0', 10, 0), (' -17 ', 10, -17), ('+5', 10, 5), ('1_000', 10, 1000), ('0x_1f', 16, 31),
    ('0x1f', 0, 31), ('0o17', 0, 15), ('0b101', 0, 5), ('00', 0, 0), ('0_0', 0, 0),
    ('z', 36, 35), ('0b1', 16, 177), ('9' * 30, 10, 10 ** 30 - 1), ('-' + '1' * 70, 2, -(2 ** 70 - 1)),
    ('\xd9\xa1\xd9\xa2', 10, 12),      # Arabic-Indic digits, as UTF-8
])
def test_parse_int(text, base, expected):
    assert _int(text, base) == expected


@pytest.mark.parametrize('text, base', [
    ('', 10), (' ', 10), ('_1', 10), ('1_', 10), ('1__0', 10), ('- 1', 10), ('0x', 16),
    ('0x__1', 16), ('010', 0), ('0_7', 0), ('2', 2), ('1.5', 10), ('12\xc3\xa9', 10),
])
def test_parse_int_invalid(text, base):
    with pytest.raises(OperationError):
        parse_int_text(space, text, base)


@pytest.mark.parametrize('text, expected', [
    ('1.5', 1.5), (' -2e3 ', -2000.0), ('.5', 0.5), ('5.', 5.0), ('1_0.5', 10.5),
    ('1e1_0', 1e10), ('-iNfInItY', -INF), ('1e500', INF), ('1e-500', 0.0),
])
def test_parse_float(text, expected):
    assert parse_float_text(space, text) == expected


@pytest.mark.parametrize('text', ['x', '', '1_', '_1', '1__0', '1._5', '0x10', '1e', 'in', '1 5'])
def test_parse_float_invalid(text):
    with pytest.raises(OperationError):
        parse_float_text(space, text)


@pytest.mark.parametrize('value, expected', [
    (0.0, '0x0.0p+0'), (-0.0, '-0x0.0p+0'), (1.0, '0x1.0000000000000p+0'),
    (-0.5, '-0x1.0000000000000p-1'), (0.1, '0x1.999999999999ap-4'),
    (1e100, '0x1.249ad2594c37dp+332'), (1e-300, '0x1.56e1fc2f8f359p-997'),
    (1e308, '0x1.1ccf385ebc8a0p+1023'), (5e-324, '0x0.0000000000001p-1022'),
    (INF, 'inf'),
])
def test_float_hex(value, expected):
    assert float_to_hex(value) == expected
    assert float_from_hex(space, expected) == value


@pytest.mark.parametrize('text, expected', [
    ('0x1p-1075', 0.0), ('0x3p-1076', 5e-324), ('0x3p-1075', 1e-323), ('0x1.00000000000008p0', 1.0),
    ('0x1.00000000000018p0', 1.0000000000000004), ('0x1.fffffffffffff8p0', 2.0), ('0x.8', 0.5),
])
def test_float_fromhex_rounding(text, expected):
    assert float_from_hex(space, text) == expected


@pytest.mark.parametrize('value, expected', [
    (1.0, '1.0'), (1e16, '1e+16'), (1e22, '1e+22'), (0.1 + 0.2, '0.30000000000000004'),
    (-0.0, '-0.0'), (1e-5, '1e-05'), (123456789.0, '123456789.0'),
])
def test_float_repr(value, expected):
    assert float_repr(value) == expected


@pytest.mark.parametrize('re, im, expected', [
    (0.0, 1.0, '1j'), (-0.0, -1.0, '(-0-1j)'), (0.0, -0.0, '-0j'), (1.0, 2.0, '(1+2j)'),
    (float('nan'), INF, '(nan+infj)'), (1.5, -2.25, '(1.5-2.25j)'), (0.0, 1e20, '1e+20j'),
])
def test_complex_repr(re, im, expected):
    assert complex_repr(re, im) == expected


@pytest.mark.parametrize('text, re, im', [
    ('1+2j', 1.0, 2.0), (' ( 1.5-2j ) ', 1.5, -2.0), ('j', 0.0, 1.0), ('-j', 0.0, -1.0),
    ('1e3j', 0.0, 1000.0), ('3', 3.0, 0.0), ('1_0j', 0.0, 10.0), ('-infj', 0.0, -INF),
])
def test_parse_complex(text, re, im):
    w_z = parse_complex_text(space, text)
    assert (w_z.realval, w_z.imagval) == (re, im)


@pytest.mark.parametrize('text', ['1+', '1 + 2j', '(1+2j', 'j1', '1+2jj', '', '()', '1_j'])
def test_parse_complex_invalid(text):
    with pytest.raises(OperationError):
        parse_complex_text(space, text)


@pytest.mark.parametrize('a, m, expected', [(7, 40, 23), (38, 97, 23), (2, 4, None), (5, 1, 0)])
def test_mod_inverse(a, m, expected):
    inv = mod_inverse(rbigint.fromlong(a), rbigint.fromlong(m))
    assert (inv.tolong() if inv is not None else None) == expected
