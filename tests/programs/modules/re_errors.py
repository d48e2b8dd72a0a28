# re: bad patterns raise re.error (message and position as CPython), bad arguments TypeError
import re

BAD = [
    '(', '(a', 'a)', ')', '(a))', '((a)', '[', '[a', '[a-', '[^', '[]', '[z-a]', r'[\d-z]',
    r'[a-\d]', '*', '+a', '?', '{1}a', 'a**', 'a*+*', 'a{2,1}', '^*', '$+', r'\b*',
    '\\', 'a\\', r'\q', r'\1', r'(a)\2', r'(a\1)', r'\x', r'\x4', r'\u12', r'\U0011ffff',
    r'[\x4]', r'\400', r'[\400]', r'[\8]', r'[\q]', r'\k', r'(?P<1a>x)', r'(?P<a-b>x)',
    r'(?P<>x)', r'(?P<a', r'(?P<a>x)(?P<a>y)', r'(?P=x)', r'(?P=', r'(?P<a>(?P=a))',
    r'(?P', r'(?Px)', '(?', '(?z)', '(?i', '(?i-', '(?-', '(?-z:a)', '(?i-i:a)', '(?iz)',
    '(?-i)', '(?L)', '(?au)', '(?-a:x)', 'a(?i)', '(?#comment', '(?<a)', '(?<', '(?<=a*)b',
    '(?<=a|bc)x', r'(?(1)a|b)', r'(?(x)a)', r'(?(0)a)', r'(?(-1)a)', r'(a)(?(1)a|b|c)',
    '(?(1', r'(?(a-)x)', r'(a)(?<=\1)', r'(?<=(a))\1', r'(?<=(a)\1)', 'x{99999999999}',
    'x{2,99999999999}', '(?x)[', 'a|*', '(|*)', '(?:',
]
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), 'error:', e, '|', e.msg, e.pos, e.pattern == pattern)
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)

# multi-line patterns give line and column
for pattern in ['a\nb\n(c', '(?x)\n  foo\n  [bar', 'ab\n*']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('(a')
except re.error as e:
    print(e.lineno, e.colno, e.args)

# re.error is an Exception subclass that programs can raise and catch
print(Exception in re.error.__mro__, re.error.__name__)
try:
    raise re.error('custom')
except Exception as e:
    print(type(e).__name__, e)

# wrong argument types and flag combinations
for f in [lambda: re.compile(5), lambda: re.match('a', 5), lambda: re.search(None, 'a'),
          lambda: re.findall('a', ['a']), lambda: re.compile(re.compile('a'), re.I),
          lambda: re.compile('a', re.A | re.U), lambda: re.compile('a', re.L),
          lambda: re.escape(5), lambda: re.compile('a').match(), lambda: re.match('a'),
          lambda: re.sub('a', 'b'), lambda: re.fullmatch(3, 'a')]:
    try:
        f()
        print('no error')
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__)
print(re.compile(re.compile('ab')).pattern, re.compile(re.compile('a', re.I)).flags)

# patterns that backtrack a lot finish
print(re.match('(x+x+)+y', 'x' * 10) is None)
print(re.match('(a|a)*b', 'a' * 10) is None)
print(re.search('(a*)*$', 'a' * 10 + 'b').span())
print(re.match('(?:a?){12}a{12}', 'a' * 12).span())
print(re.match('((((((((((a))))))))))', 'a').groups())
print(len(re.findall('(?:a|b|c|d|e|f)+', 'abcdef ' * 50)))

# purge and escape
re.purge()
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o'), re.escape('é_1 -#&~'), re.escape(''))
print(re.escape('\t\n\r\x0b\x0c'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())
