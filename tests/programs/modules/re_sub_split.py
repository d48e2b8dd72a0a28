# re: sub, subn, split
import re

# string replacements and escapes in them
print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'ab cd'))
print(re.sub(r'(\w)(\w)', r'\g<2>\g<1>', 'abcd'))
print(re.sub(r'(a)', r'\g<0>\g<0>', 'banana'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(re.sub(r'x', r'\-', 'axb'), re.sub('x', r'\101\0', 'x'), re.sub('(x)', r'\g<1>0', 'x'))
print(re.sub(r'(a)(b)?', r'[\2]', 'ab a'))
print(re.sub('a', '', 'banana'), re.sub('z', 'y', 'banana'), re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('x+', '-', 'xxaxx'), re.sub('a|', '-', 'bab'))
print(re.sub('$', '!', 'line1\nline2'), re.sub('(?m)$', '!', 'line1\nline2'))
print(re.sub('(?m)^', '> ', 'a\nb\n'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub('é', 'e', 'été café'), re.sub('[^a-z]', '_', 'naïve ☃ ok'))

# count
print(re.sub('a', 'o', 'banana', 2), re.sub('a', 'o', 'banana', count=1))
print(re.sub('a', 'o', 'banana', 0), re.sub('a', 'o', 'banana', count=-1))
print(re.subn('a', 'o', 'banana'), re.subn('a', 'o', 'banana', 2), re.subn('z', 'o', 'banana'))
print(re.subn('', '-', ''), re.subn('x*', '-', 'abc'))

# function replacements
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'(?P<n>\w)', lambda m: m['n'].upper(), 'abc'))
print(re.subn(r'\w+', lambda m: m.group()[::-1], 'hello world'))
def repl(m):
    return '<%d:%d>' % m.span()
print(re.sub('', repl, 'ab'))
calls = []
def record(m):
    calls.append((m.group(), m.start(), m.pos, m.endpos))
    return ''
re.sub('o', record, 'foo boo')
print(calls)

# flags on sub and pattern methods
print(re.sub('A', 'x', 'aAa', flags=re.I), re.sub('^a', 'x', 'a\na', flags=re.M))
p = re.compile(r'\s+')
print(p.sub(' ', 'a  b \t c'), p.subn('', ' a b '), p.sub(' ', 'abc'))
print(p.sub(lambda m: str(len(m.group())), 'a  b   c', 1))

# split
print(re.split(r',', 'a,b,,c,'))
print(re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)(\s)?', 'a, b,c'))
print(re.split(r'(?:,)', 'a,b'), re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\d', 'a1b2c3', maxsplit=2), re.split(r'\d', 'a1b2c3', 1))
print(re.split(r'\d', 'a1b2c3', maxsplit=0), re.split(r'\d', 'a1b2c3', maxsplit=-1))
print(re.split('x', ''), re.split('', ''), re.split('', 'abc'), re.split('x*', 'axbc'))
print(re.split(r'\b', 'one two'), re.split('(?=b)', 'abab'), re.split('^', 'a\nb', flags=re.M))
print(re.split('$', 'a\nb', flags=re.M), re.split('a*', 'baaac'))
print(re.split('[, ]+', 'é, ü ,ö'), re.split('é', 'aébéc'))
print(re.compile(r'\W+').split('Words, words, words.'), re.compile(r'(\W+)').split('a, b', 1))
print(re.split('X', 'aXbXc', flags=re.I), re.split('x', 'aXbXc', 0, re.I))

# errors
for args in [('a', 1, 'b'), ('a', 'b', 1), ('(a)', r'\2', 'a'), ('(a)', r'\g<x>', 'a'),
             ('(a)', r'\g<1', 'a'), ('(a)', r'\g', 'a'), ('(a)', r'\g<->', 'a'), ('a', r'\q', 'a'),
             ('a', '\\', 'a'), ('(a)', lambda m: 5, 'a')]:
    try:
        print(repr(re.sub(*args)))
    except Exception as e:
        print(type(e).__name__)
try:
    re.sub('(a)', r'\3', 'a')
except re.error as e:
    print(e, '|', e.msg, e.pos)
try:
    re.split(1, 'a')
except TypeError as e:
    print('TypeError')
try:
    re.split('a', 5)
except TypeError as e:
    print('TypeError')

# keyword arguments
p = re.compile(r'\d')
print(p.search('a1b2', pos=2), p.findall('1234', endpos=2), p.sub(repl='#', string='a1', count=1), p.split(string='a1b', maxsplit=1))
print(re.sub('a', 'b', 'aaa', count=2, flags=re.I), re.split(pattern='a', string='bab'), re.match(string='ab', pattern='a'))
for f in [lambda: p.search(), lambda: re.sub('a', 'b', 'c', 0, 0, 0), lambda: re.match('a', 'a', bad=1), lambda: re.match('a', 'a', pattern='b'), lambda: re.Pattern.search('x', 'y')]:
    try:
        f()
    except TypeError:
        print('TypeError')
