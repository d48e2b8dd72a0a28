"""objspace/formatting.py: printf-style %, format specs and str.format, checked
against CPython 3's results (recorded here, as this runs on CPython 2.7)."""
import pytest

from interp.main import space
from objspace.formatting import percent_format, format_spec, format_method


def w(value):
    if isinstance(value, bool):
        return space.newbool(value)
    if isinstance(value, (int, long)):
        return space.newlong(__import__('rpython.rlib.rbigint', fromlist=['rbigint']).rbigint.fromlong(value))
    if isinstance(value, float):
        return space.newfloat(value)
    if isinstance(value, str):
        return space.newtext(value)
    if isinstance(value, tuple):
        return space.newtuple([w(v) for v in value])
    raise TypeError(value)


@pytest.mark.parametrize('fmt, values, expected', [
    ('%d', 42, '42'),
    ('%5d|%-5d|%05d', (1, 2, 3), '    1|2    |00003'),
    ('%+d % d', (5, 5), '+5  5'),
    ('%x %X %o %#x', (255, 255, 8, 255), 'ff FF 10 0xff'),
    ('%s and %r', ('a', 'b'), "a and 'b'"),
    ('%.2f %.3e %g', (3.14159, 12345.678, 0.0001), '3.14 1.235e+04 0.0001'),
    ('%*d|%.*f', (4, 7, 1, 2.25), '   7|2.2'),
    ('%c%c', (72, 'i'), 'Hi'),
    ('100%%', (), '100%'),
    ('%d', 2 ** 70, '1180591620717411303424'),
    ('%.3s', 'abcdef', 'abc'),
])
def test_percent(fmt, values, expected):
    assert percent_format(space, fmt, w(values)) == expected


@pytest.mark.parametrize('value, spec, expected', [
    (42, '', '42'),
    (42, '5', '   42'),
    (42, '<5', '42   '),
    (42, '^6', '  42  '),
    (42, '*>6', '****42'),
    (-42, '=6', '-   42'),
    (42, '06', '000042'),
    (42, '+d', '+42'),
    (255, 'x', 'ff'),
    (255, 'X', 'FF'),
    (5, 'b', '101'),
    (8, 'o', '10'),
    (3.14159, '.2f', '3.14'),
    (3.14159, '8.3f', '   3.142'),
    (1234.5, 'e', '1.234500e+03'),
    (0.25, '%', '25.000000%'),
    (0.5, '.1%', '50.0%'),
    ('abc', '>5', '  abc'),
    ('abc', '.2', 'ab'),
    ('abc', '', 'abc'),
])
def test_format_spec(value, spec, expected):
    assert format_spec(space, w(value), spec) == expected


def test_format_method():
    fmt = '{1} {0} {x} {{}} {0!r:>5}'
    args_w = [w(fmt), w('a'), w('b'), w('X')]
    assert format_method(space, fmt, args_w, ['x'], None) == "b a X {}   'a'"
    fmt = '{} {}'
    assert format_method(space, fmt, [w(fmt), w(1), w(2)], None, None) == '1 2'


def test_format_errors():
    from interp.error import OperationError
    with pytest.raises(OperationError):
        percent_format(space, '%d %d', w((1,)))
    with pytest.raises(OperationError):
        percent_format(space, '%d', w((1, 2)))
    with pytest.raises(OperationError):
        format_spec(space, w(1), 'q')


@pytest.mark.parametrize('digits, sep, size, min_width, expected', [
    ('1234567', ',', 3, 0, '1,234,567'),
    ('123', ',', 3, 0, '123'),
    ('0', ',', 3, 0, '0'),
    ('1234', ',', 3, 8, '0,001,234'),
    ('1234', ',', 3, 9, '0,001,234'),
    ('1234', ',', 3, 10, '00,001,234'),
    ('7', '_', 4, 6, '0_0007'),
    ('ffff1', '_', 4, 0, 'f_fff1'),
])
def test_group(digits, sep, size, min_width, expected):
    from objspace.formatting import _group
    assert _group(digits, sep, size, min_width) == expected


@pytest.mark.parametrize('value, spec, expected', [
    (1234567, ',', '1,234,567'),
    (1234, '08,', '0,001,234'),
    (-255, '#010x', '-0x00000ff'),
    (255, '_b', '1111_1111'),
    (65, 'c', 'A'),
    (True, '', 'True'),
    (True, 'd', '1'),
    (1.0, '', '1.0'),
    (1e16, '', '1e+16'),
    (1.0, '.3', '1.0'),
    (2.5, '.0f', '2'),
    (-0.0, 'z.1f', '0.0'),
    (1234.5, '015,.2f', '0,000,001,234.50'),
    (float('inf'), '010', '0000000inf'),
    (float('-inf'), 'z', '-inf'),
    (2 ** 70, 'e', '1.180592e+21'),
    ('\xc3\xa9t\xc3\xa9', '*^7', '**\xc3\xa9t\xc3\xa9**'),
    ('ab', '\xc3\xa9>4', '\xc3\xa9\xc3\xa9ab'),
    ('ab', '05', 'ab000'),
    ('\xc3\xa9t\xc3\xa9', '.2', '\xc3\xa9t'),
])
def test_format_spec_more(value, spec, expected):
    assert format_spec(space, w(value), spec) == expected


@pytest.mark.parametrize('spec', ['q', ',s', '=', '+', '#', '.', ',_', '1.2fx',
                                  '99999999999999999999999'])
def test_bad_str_specs(spec):
    from interp.error import OperationError
    with pytest.raises(OperationError):
        format_spec(space, w('s'), spec)


def test_percent_mapping_and_star():
    w_d = space.newdict()
    w_d.setitem(w('a'), w(1))
    w_d.setitem(w('b(c)'), w('x'))
    assert percent_format(space, '%(a)03d %(b(c))s %%', w_d) == '001 x %'
    assert percent_format(space, 'no fields', w_d) == 'no fields'
    assert percent_format(space, '%-*d|', w((-4, 7))) == '7   |'
    assert percent_format(space, '%#.3o %a', w((8, '\xc3\xa9'))) == "0o010 '\\xe9'"


def test_format_method_fields():
    fmt = '{0[1]}|{k[x]}|{:{}}'
    w_list = space.newlist([w(1), w('b')])
    w_d = space.newdict()
    w_d.setitem(w('x'), w(2.5))
    from interp.error import OperationError
    with pytest.raises(OperationError):      # manual then automatic numbering
        format_method(space, fmt, [w(fmt), w_list, w(3), w('>4'), w_d], ['k'], None)
    fmt = '{1[1]}|{k[x]}|{0:{2}}'
    args_w = [w(fmt), w(3), w_list, w('>4'), w_d]
    assert format_method(space, fmt, args_w, ['k'], None) == 'b|2.5|   3'
