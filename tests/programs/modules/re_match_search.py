# re: match, search, fullmatch and the pattern syntax
import re


def show(m):
    if m is None:
        return 'None'
    return '%r %r' % (m.span(), m.group())


def t(pattern, text, flags=0):
    print(repr(pattern), repr(text), '->', show(re.search(pattern, text, flags)))


# match anchors at the start, search scans, fullmatch needs all
print(show(re.match('abc', 'abcdef')), show(re.match('bcd', 'abcdef')))
print(show(re.search('bcd', 'abcdef')), show(re.search('xyz', 'abcdef')))
print(show(re.fullmatch('abc', 'abc')), show(re.fullmatch('abc', 'abcd')))
print(show(re.fullmatch('a|ab', 'ab')), show(re.match('a|ab', 'ab')))
print(show(re.fullmatch('a*?', 'aaa')), show(re.fullmatch('(a|b)*?c', 'ababc')))
print(show(re.match('', '')), show(re.search('', 'abc')), show(re.fullmatch('', '')))
print(re.match('x', '') is None, re.fullmatch('', 'a') is None)

# literals and escapes
for pattern, text in [('a.c', 'abc'), ('a.c', 'a\nc'), (r'a\.c', 'abc'), (r'a\.c', 'a.c'),
                      (r'\t\n', 'x\t\ny'), (r'\x41\u00e9', 'zAéz'), (r'\101', 'A'),
                      (r'\0', 'a\x00b'), (r'\\', 'a\\b'), ('[.]', 'a.b'), (r'\-\#', '-#')]:
    t(pattern, text)

# character classes
for pattern, text in [('[abc]+', 'xxcabz'), ('[^abc]+', 'abxyzc'), ('[a-f0-9]+', 'zz09afgz'),
                      ('[]a]+', 'x]a]'), ('[^]a]+', ']abc'), ('[a-]+', 'x-a-'), ('[-a]+', 'x-a-'),
                      (r'[\d.]+', 'v1.25x'), (r'[\w\s]+', '!ab c_1!'), (r'[^\W\d]+', '12ab_3'),
                      (r'\d+', 'abc 123 456'), (r'\D+', '12ab34'), (r'\s+', 'a \t\nb'),
                      (r'\S+', '  xy  '), (r'\w+', '**héllo_1**'), (r'\W+', 'ab, cd'),
                      ('[A-Za-z]+', '12Hello34'), (r'[\]]', 'a]b'), (r'[\\]', 'a\\b'),
                      ('[*+?{}()|^$]+', 'a*+?{}()|^$b'), ('[a-a]', 'a'), (r'[\x00-\x1f]', 'a\tb')]:
    t(pattern, text)

# repetition: greedy, lazy, bounded
for pattern, text in [('a*', 'aaab'), ('a*?', 'aaab'), ('a+', 'baaab'), ('a+?', 'baaab'),
                      ('a?', 'ab'), ('a??', 'ab'), ('a{2}', 'aaaa'), ('a{2,3}', 'aaaa'),
                      ('a{2,}', 'aaaaa'), ('a{,2}', 'aaaa'), ('a{2,3}?', 'aaaa'), ('a{0}', 'aaa'),
                      ('a{3}', 'aa'), ('<.*>', '<a><b>'), ('<.*?>', '<a><b>'), ('x{', 'x{'),
                      ('x{a}', 'x{a}'), ('x{1,2', 'x{1,2'), ('x{}', 'x{}'), ('(ab)+', 'ababab'),
                      ('(ab)+?', 'ababab'), ('(?:ab){2}', 'abababab'), ('(a|b)*c', 'abbac'),
                      ('(a*)*b', 'aaab'), ('(a*)+b', 'b'), ('(a|)+b', 'aab'),
                      ('a*+a', 'aaa'), ('(?>a+)b', 'aaab'), ('(?>a|ab)c', 'abc'), ('a++b', 'aab'),
                      ('(?:a|ab)c', 'abc')]:
    t(pattern, text)

# alternation tries left to right
for pattern, text in [('a|ab|abc', 'abc'), ('abc|ab|a', 'abc'), ('cat|dog', 'hotdog'),
                      ('(x|y|)z', 'z'), ('|a', 'a'), ('a|', 'b')]:
    t(pattern, text)

# anchors and boundaries
for pattern, text, flags in [('^a', 'ba', 0), ('^a', 'b\na', 0), ('^a', 'b\na', re.M),
                             ('a$', 'a\nb', 0), ('a$', 'a\nb', re.M), ('a$', 'ba\n', 0),
                             (r'a\Z', 'ba\n', 0), (r'\Aa', 'b\na', re.M), ('$', 'ab\n', 0),
                             (r'\bis\b', 'this is it', 0), (r'\Bis\b', 'this is it', 0),
                             (r'\b', '', 0), (r'\B', '', 0), (r'\b\w+\b', '  héllo  ', 0),
                             ('^$', '', 0), ('^$', 'a\n\nb', re.M), ('(?m)^b', 'a\nb', 0)]:
    t(pattern, text, flags)

# groups and backreferences
for pattern, text in [(r'(a)(b)\2\1', 'xabbay'), (r'(\w+) \1', 'hello hello world'),
                      (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'), (r'(a)|\1b', 'b'),
                      (r'(?:(a)|b)\1', 'aa'), (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'),
                      (r'(?P<x>a)?(?(x)b|c)', 'xc'), (r'(a)(?(1)b)', 'ab'), (r'(?i)(a)\1', 'aA')]:
    t(pattern, text)

# lookahead and lookbehind
for pattern, text in [(r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'),
                      (r'(?<=\$)\d+', 'cost $42'), (r'(?<!\$)\b\d+', '$42 17'),
                      (r'(?<=ab|cd)x', 'cdx'), (r'(?=(\w+))\w', 'abc'), (r'\w+(?<=c)', 'abc abd'),
                      (r'(?<=^)a', 'a'), (r'(?<=a)', 'ba'), (r'q(?=u)(?!ua)', 'qua quo')]:
    t(pattern, text)

# pos and endpos
p = re.compile(r'\w+')
print(show(p.match('ab cd', 3)), show(p.match('ab cd', 2)), show(p.search('ab cd', 1)))
print(show(p.search('abcdef', 1, 3)), show(p.match('abcdef', 4, 2)), show(p.search('ab', 5)))
print(show(p.search('ab cd', -5)), show(p.search('ab cd', 0, 100)), show(p.fullmatch('abcd', 1, 3)))
print(show(re.compile('^b').search('ab', 1)), show(re.compile('a$').search('ab', 0, 1)))
print(show(re.compile(r'(?<=a)b').match('ab', 1)))
m = p.search('xx yy', pos=2, endpos=5)
print(m.pos, m.endpos, m.span(), m.string)

# a catastrophic pattern still finishes (no crash)
print(show(re.match('(a*)*b', 'a' * 16)))
print(show(re.match('(?:a|aa)*c', 'a' * 20)))
print(re.search('x+y', 'x' * 2000 + 'y').span())
print(re.match('(a|b)*', 'ab' * 1000).span(), re.match('(?:ab|c)*?$', 'ab' * 500).span())
