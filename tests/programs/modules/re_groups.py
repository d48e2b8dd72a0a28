# re: groups, named groups, the Match object
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'hello big world!')
print(m.group(), m.group(0), m.group(1), m.group(2, 1), m.group(3))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.start(3), m.end(3))
print(m[0], m[1], m[3], m.lastindex, m.lastgroup)
print(m.re.pattern, m.string, m.pos, m.endpos, m.regs)

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'hello world')
print(m.groups(), m.groups('-'), m.groups(default=0), m.group(3), m.span(3), m.start(3))
print(m.lastindex, m.regs)

# named groups
m = re.search(r'(?P<key>\w+)=(?P<value>\d*)(?P<unit>px)?', 'set width=100;')
print(m.group('key'), m.group('value'), m['key'], m.group('key', 'value', 2))
print(m.groupdict(), m.groupdict('?'), m.span('value'), m.start('key'), m.end('value'))
print(m.lastindex, m.lastgroup)
p = re.compile(r'(?P<first>a)(b)(?P<third>c)')
print(p.groups, sorted(p.groupindex.items()), p.pattern, p.flags)
print(re.compile('abc').groups, dict(re.compile('abc').groupindex))

# lastindex and lastgroup
for pattern, text in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a)|(b)', 'b'), ('(?P<x>a)(?P<y>b)?', 'a'),
                      ('a', 'a'), ('(a)(?:b)', 'ab'), ('(?P<o>(?P<i>a))', 'a'), ('(a)(?=(b))', 'ab')]:
    m = re.match(pattern, text)
    print(pattern, m.lastindex, m.lastgroup, m.groups())

# groups in repetitions keep the last iteration
m = re.match(r'(?:(\w)(\d))+', 'a1b2c3')
print(m.groups(), m.span(1), m.span(2))
m = re.match(r'(a|(b))+', 'aba')
print(m.groups(), m.span(2))
m = re.match(r'(a*)+', 'aaa')
print(m.groups(), m.span(1))
m = re.match(r'(a)*', 'b')
print(m.groups(), m.span(1))
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups())

# empty groups and unmatched groups
m = re.match(r'()(x)?', 'y')
print(m.groups(), m.span(1), m.span(2), m.group(1) == '', m.group(2) is None)

# bad group references
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'zz', 1.0, None]:
    try:
        m.group(g)
        print('no error')
    except IndexError as e:
        print('IndexError', e)
for method in [m.start, m.end, m.span]:
    try:
        method(5)
    except IndexError as e:
        print('IndexError', e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)
print(m.group(True), m.span(False))

# expand
m = re.match(r'(?P<a>\w+) (\w+)', 'ab cd')
print(m.expand(r'\2 \1'), m.expand(r'\g<2>-\g<a>-\g<0>'), m.expand(r'[\n\t\\]'))
m = re.match(r'(a)(b)?', 'a')
print(repr(m.expand(r'<\2>')), repr(m.expand(r'\1\1')))

# repr of matches and patterns
print(re.match('a+', 'aaab'))
print(repr(re.search('é+', 'caféé')))
print(repr(re.match('', 'x')))
print(repr(re.match('.*', 'x' * 80)))
print(repr(re.match('.*', 'it\'s "q"')))
print(re.compile('a'), re.compile('a', re.I), re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A), re.compile('(?i)a'), re.compile('\\d\n'), re.compile('a' * 250))
print(re.compile("it's"), re.compile('é'))

# truth and identity
print(bool(re.match('', '')), re.match('a', 'b') is None)
print(type(re.match('a', 'a')).__name__, type(re.compile('a')).__name__)
print(isinstance(re.compile('x'), re.Pattern), isinstance(re.match('x', 'x'), re.Match))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('b'),
      re.compile('a') == re.compile('a', re.I))
