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
