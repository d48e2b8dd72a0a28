# str.encode and bytes.decode: utf-8, ascii, latin-1; errors strict,
# ignore, replace, backslashreplace (xmlcharrefreplace when encoding)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def t_type(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


def show(s):
    # the code points, hex (repr of str escapes non-printables as CPython's
    # tables say, which is str's business)
    return ' '.join(['%x' % ord(c) for c in s])


texts = ['', 'abc', 'héllo', '€uro', 'a\U0001f600b', 'ÿ\x00\x7f\x80', 'ab€€cd']
for s in texts:
    print(show(s), s.encode(), s.encode('utf-8') == s.encode('UTF8'))
    for enc in ['ascii', 'latin-1']:
        for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            print(' ', enc, errors, s.encode(enc, errors))
        t(lambda: s.encode(enc))

for name in ['utf-8', 'UTF-8', 'utf8', 'utf_8', 'U8', 'ascii', 'US-ASCII', 'latin-1', 'latin1',
             'iso-8859-1', 'ISO8859-1', 'L1']:
    print(name, 'é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace'))
t(lambda: 'x'.encode('nope'))
t(lambda: b'x'.decode('nope'))
t_type(lambda: 'x'.encode(5))
t(lambda: 'é'.encode('ascii', 'bogus'))
print('x'.encode('ascii', 'bogus'), 'x'.encode(encoding='ascii'), 'é'.encode(errors='strict'))

datas = [b'', b'abc', b'h\xc3\xa9llo', b'\xff', b'a\x80b', b'\xe2\x82\xac', b'\xe2\x82', b'\xe2\x82x',
         b'\xe2x', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf0\x8f\x80\x80',
         b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xc3', b'x\xc3', b'\xf5abc', b'\xe0\x80\x80',
         b'\xc3\xa9\xff\xc3\xa9', b'\x80\x80']
for d in datas:
    print(d)
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['ignore', 'replace', 'backslashreplace']:
            print(' ', enc, errors, show(d.decode(enc, errors)))
        t(lambda: show(d.decode(enc)))

print(bytearray(b'\xc3\xa9').decode(), bytearray(b'\xff').decode('latin-1'), memoryview(b'ok').tobytes().decode())
print(UnicodeError in UnicodeDecodeError.__mro__, UnicodeError in UnicodeEncodeError.__mro__)
print(ValueError in UnicodeError.__mro__)
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
try:
    'é'.encode('ascii')
except UnicodeError as e:
    print('caught as UnicodeError:', type(e).__name__)
