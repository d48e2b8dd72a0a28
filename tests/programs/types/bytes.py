# bytes: literals, operators, constructors and methods (CPython 3 semantics)


def t(f):
    """Print f()'s result, or the type of the exception it raises."""
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


# literals and repr
print(b'', b'abc', b"it's", b'say "hi"', b'both \' and "')
print(b'\x00\x01\x1f\x7f\x80\xff', b'\t\n\r\\', b'\101\102\0', b'\e\q')
print(rb'\x00\n', br'a\\b', b'con' b'cat', b'''tri
ple''')
print(repr(b'\xff'), str(b'x'), len(b'\xff\xfe'))
print(f'{b"x"}', '%s %r' % (b'y', b'z'), '{}'.format(b'w'))
print(type(b''), type(b'') is bytes, isinstance(b'', bytes))

# indexing, slicing, iteration
b = b'hello world'
print(b[0], b[-1], b[4], b[-11])
t(lambda: b[11])
t(lambda: b[-12])
t(lambda: b['x'])
t(lambda: b[1.0])
print(b[1:4], b[:0], b[::-1], b[::2], b[-3:], b[5:2], b[1:-1:3], b[100:], b[-100:2])
print(list(b'abc'), [x for x in b''], tuple(b'\x00\xff'))
it = iter(b'ab')
print(next(it), next(it))
t(lambda: next(it))
print(sum(b'\x01\x02\x03'), max(b'azb'), sorted(b'cab'))

# membership
print(97 in b'abc', 100 in b'abc', b'bc' in b'abc', b'' in b'abc', b'ac' in b'abc')
print(bytearray(b'b') in b'abc', memoryview(b'c') in b'abc', 0 in b'\x00')
t(lambda: 256 in b'abc')
t(lambda: -1 in b'abc')
t(lambda: 'a' in b'abc')
t(lambda: None in b'abc')

# + and *
print(b'ab' + b'cd', b'' + b'', b'ab' + bytearray(b'cd'), b'ab' + memoryview(b'cd'))
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, b'' * 5, b'x' * True)
t(lambda: b'ab' + 'cd')
t(lambda: 'ab' + b'cd')
t(lambda: b'ab' + 1)
t(lambda: b'ab' * 'x')
t(lambda: b'ab' * 1.5)
x = b'ab'
x += b'c'
x *= 2
print(x)

# comparisons and hashing
print(b'a' == b'a', b'a' == b'b', b'a' != b'b', b'a' == 'a', b'a' != 'a', b'' == b'')
print(b'a' < b'b', b'a' < b'ab', b'b' <= b'b', b'b' > b'abc', b'' >= b'', b'\xff' > b'\x7f')
print(b'a' == bytearray(b'a'), b'a' < bytearray(b'b'), b'ab' == memoryview(b'ab'))
t(lambda: b'a' < 'b')
t(lambda: b'a' < 1)
t(lambda: b'a' <= None)
t(lambda: b'a' < memoryview(b'b'))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''))
d = {b'k': 1, b'': 2}
print(d[b'k'], d[b''], b'k' in d, 'k' in d)
print(sorted([b'b', b'a', b'ab', b'']))
print(bool(b''), bool(b'\x00'), not b'x')

# constructors
print(bytes(), bytes(0), bytes(3), bytes([]), bytes([0, 65, 255]), bytes(range(5)))
print(bytes(b'abc'), bytes(bytearray(b'xy')), bytes(memoryview(b'mv')), bytes((1, 2)))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'))
print(bytes('a€b', 'ascii', 'ignore'), bytes('a€b', encoding='ascii', errors='replace'))
print(bytes(source=b'kw'), bytes(True), bytes(x for x in [104, 105]))
print(bytes(iter([1, 2, 3])), bytes({7: 'a'}), bytes(b'') == b'')
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes([1.0]))
t(lambda: bytes(['a']))
t(lambda: bytes('abc'))
t(lambda: bytes(-1))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes(3, errors='strict'))
t(lambda: bytes('a', 'no-such-codec'))
t(lambda: bytes('a', 'utf-8', 'strict', 4))
t(lambda: bytes(x=1))


class WithBytes:
    def __bytes__(self):
        return b'from dunder'


class WithIndex:
    def __index__(self):
        return 2


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


print(bytes(WithBytes()), bytes(WithIndex()))
t(lambda: bytes(BadBytes()))
t(lambda: bytes(object()))

# find / rfind / index / rindex / count
s = b'abcabcab'
print(s.find(b'b'), s.find(b'b', 2), s.find(b'b', 2, 4), s.find(b'b', 5, 6), s.find(b'z'))
print(s.find(b''), s.find(b'', 8), s.find(b'', 9), s.find(b'', -2), s.find(b'ab', -3), s.find(99))
print(s.rfind(b'b'), s.rfind(b'b', 0, 5), s.rfind(b''), s.rfind(b'', 3, 5), s.rfind(b'z'), s.rfind(97))
print(s.find(b'c', None, None), s.find(b'a', 1, -1), s.find(b'ab', 6, 100), s.find(b'a', 10))
print(s.find(bytearray(b'ca')), s.find(memoryview(b'bc')), s.find(b'b', -100, 100))
print(s.index(b'c'), s.index(b'c', 3), s.rindex(b'c'), s.rindex(b'a', 0, 4), s.index(98))
print(s.count(b'ab'), s.count(b'a', 1), s.count(b'a', 1, 3), s.count(b''), s.count(b'', 3, 5))
print(s.count(b'', 9), s.count(b'', 5, 2), s.count(97), b'aaaa'.count(b'aa'), b''.count(b''))
t(lambda: s.index(b'z'))
t(lambda: s.rindex(b'z'))
t(lambda: s.index(b'a', 1, 3))
t(lambda: s.find('a'))
t(lambda: s.find(256))
t(lambda: s.count(-1))
t(lambda: s.count(None))
t(lambda: s.find(b'a', 'x'))
t(lambda: s.find())

# startswith / endswith
print(s.startswith(b'abc'), s.startswith(b'bc'), s.startswith(b'bc', 1), s.startswith(b''))
print(s.startswith(b'', 8), s.startswith(b'', 9), s.startswith((b'x', b'ab')), s.startswith(()))
print(s.startswith(b'ca', 2, 4), s.startswith(b'ca', 2, 3), s.startswith(b'c', -3))
print(s.endswith(b'ab'), s.endswith(b'ca'), s.endswith(b'ca', 0, 4), s.endswith(b'ab', 0, -1))
print(s.endswith((b'x', b'cab')), s.endswith(b''), s.endswith(b'', 9), s.endswith(b'abcabcab', -100))
print(s.startswith(bytearray(b'a')), s.endswith(memoryview(b'b')))
t(lambda: s.startswith('a'))
t(lambda: s.endswith(97))
t(lambda: s.startswith((b'a', 'b')))

# join
print(b','.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([b'x']), b', '.join((b'1', bytearray(b'2'), memoryview(b'3'))))
print(b'.'.join(x for x in [b'a', b'b']), type(b'.'.join([bytearray(b'a')])))
t(lambda: b','.join([b'a', 'b']))
t(lambda: b','.join([1]))
t(lambda: b','.join(5))

# split / rsplit
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1), b''.split(b','))
print(b'  a  b c  '.split(), b'  a  b c  '.split(None, 1), b'  a  b c  '.rsplit(None, 1), b''.split())
print(b' \t\n\r\x0b\x0c x'.split(), b'a b'.split(maxsplit=0), b'a b '.rsplit(maxsplit=0))
print(b'aXXbXXc'.split(b'XX'), b'aXXbXXc'.rsplit(b'XX', 1), b'abc'.split(b'abc'), b'abc'.split(sep=b'b'))
print(b'a,b,c'.split(b',', -1), b'a,b,c'.rsplit(b',', 0), b'a,b'.split(bytearray(b',')))
t(lambda: b'abc'.split(b''))
t(lambda: b'abc'.rsplit(b''))
t(lambda: b'abc'.split(','))
t(lambda: b'abc'.split(b'a', 'x'))

# strip
print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip(), b'\t\n ab\x0b\x0c'.strip())
print(b'xxabyx'.strip(b'xy'), b'xxabyx'.lstrip(b'x'), b'xxabyx'.rstrip(b'x'), b'abc'.strip(b''))
print(b''.strip(), b'   '.strip(), b'ab'.strip(None), b'aba'.strip(bytearray(b'a')))
t(lambda: b'ab'.strip('a'))
t(lambda: b'ab'.strip(1))

# replace
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'aaa'.replace(b'a', b'', 0))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'abab'.replace(b'ab', b'xyz'))
print(b'aaa'.replace(b'a', b'b', -1), b'abc'.replace(b'x', b'y'), b'a.b'.replace(bytearray(b'.'), memoryview(b'::')))
t(lambda: b'abc'.replace('a', 'b'))
t(lambda: b'abc'.replace(b'a'))

# partition / rpartition
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b''.partition(b'x'), b'abc'.partition(b'abc'))
t(lambda: b'abc'.partition(b''))
t(lambda: b'abc'.rpartition(''))

# case
print(b'Hello World 1\xe9'.lower(), b'Hello World 1\xe9'.upper(), b'Hello World'.swapcase())
print(b'hELLO wORLD'.capitalize(), b'hello wORLD 3rd-x'.title(), b''.upper(), b'123'.title())
print(b'abc'.isalpha(), b'ab1'.isalpha(), b''.isalpha(), b'\xe9'.isalpha())
print(b'123'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'a1'.isalnum(), b'a 1'.isalnum(), b''.isalnum())
print(b' \t\n\r\x0b\x0c'.isspace(), b' x'.isspace(), b''.isspace(), b'\x1c'.isspace())
print(b'ABC1'.isupper(), b'AbC'.isupper(), b'123'.isupper(), b'abc1'.islower(), b'aBc'.islower(), b''.islower())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'HELLO'.istitle(), b''.istitle(), b'1A'.istitle())
print(b'abc'.isascii(), b'\x80'.isascii(), b''.isascii())

# padding
print(b'ab'.center(6), b'ab'.center(5), b'abc'.center(6), b'ab'.center(6, b'*'), b'ab'.center(1))
print(b'ab'.ljust(5), b'ab'.ljust(5, b'-'), b'ab'.rjust(5), b'ab'.rjust(5, bytearray(b'0')), b'ab'.ljust(-1))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b''.zfill(3), b'abc'.zfill(2), b'-'.zfill(3))
t(lambda: b'ab'.center(5, b'xy'))
t(lambda: b'ab'.center(5, '*'))
t(lambda: b'ab'.ljust('5'))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'ab\n\tc'.expandtabs(2), b'\t'.expandtabs(0))

# splitlines
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines())
print(b'\n\n'.splitlines(), b'x\n'.splitlines(keepends=True), b'a\x0bb\x0cc'.splitlines())

# hex / fromhex
print(b'\x00\x0f\xff'.hex(), b''.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex(b'-', 2))
print(b'\x01\x02\x03\x04\x05'.hex(' ', -2), b'\x01\x02'.hex(':', 5), b'\x01\x02\x03'.hex(sep='_', bytes_per_sep=1))
print(bytes.fromhex(''), bytes.fromhex('00ff10'), bytes.fromhex(' 01  02\n03 '), bytes.fromhex('AbCd'))
t(lambda: bytes.fromhex('0'))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex('0 1'))
t(lambda: bytes.fromhex(b'00'))
t(lambda: b'ab'.hex('::'))

# % formatting (PEP 461)
print(b'%d %i %x %X %o' % (42, -7, 255, 255, 8), b'%5d|%-5d|%05d' % (1, 2, 3), b'%+d % d' % (4, 5))
print(b'%s and %b' % (b'bytes', bytearray(b'ba')), b'%s' % memoryview(b'mv'), b'%r' % 'é', b'%a' % b'x')
print(b'%c%c' % (65, b'B'), b'%.2f %e %g' % (3.14159, 1e10, 0.5), b'100%%' % (), b'%#x %#o' % (255, 8))
print(b'%.3s|%5s|%-5s|' % (b'abcdef', b'ab', b'cd'), b'%s' % (b'one',), b'%(none)s' % {} if False else b'')
t(lambda: b'%s' % 'str')
t(lambda: b'%d' % b'1')
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%' % ())
t(lambda: b'%y' % 1)

# decode (more in codecs.py)
print(b'abc'.decode(), b'h\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), b'abc'.decode(encoding='ascii'))

# wrong self types and immutability
t(lambda: bytes.upper('abc'))



def set_item():
    b = b'abc'
    b[0] = 1


def del_item():
    b = b'abc'
    del b[0]


t(set_item)
t(del_item)
t(lambda: b'abc'.append(1))

# removeprefix / removesuffix / translate / maketrans
print(b'abcab'.removeprefix(b'ab'), b'abc'.removeprefix(b'x'), b'abc'.removeprefix(b''), b'ab'.removeprefix(b'abc'))
print(b'abcab'.removesuffix(b'ab'), b'abc'.removesuffix(b'x'), b'abc'.removesuffix(b''), b'ab'.removesuffix(b'ab'))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcd'.translate(table), b'aabbcd'.translate(table, b'd'))
print(b'hello'.translate(None, b'l'), b'hello'.translate(None), b'hello'.translate(None, delete=b'ho'))
print(bytearray(b'abc').translate(table), bytearray.maketrans(b'a', b'b')[97])
t(lambda: b'abc'.translate(b'short'))
t(lambda: bytes.maketrans(b'ab', b'c'))
t(lambda: b'abc'.removeprefix('a'))
