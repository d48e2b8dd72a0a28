# re: flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII) and inline flags
import re

# (CPython's flags are RegexFlag members, ours are ints: compare values)
print([int(f) for f in [re.I, re.IGNORECASE, re.M, re.MULTILINE, re.S, re.DOTALL, re.X, re.VERBOSE,
                        re.A, re.ASCII, re.U, re.UNICODE, re.I | re.M]])

def s(m):
    return None if m is None else m.group()

# IGNORECASE
print(s(re.match('abc', 'ABC', re.I)), s(re.match('ABC', 'abc', re.IGNORECASE)), s(re.match('abc', 'ABC')))
print(s(re.match('[a-z]+', 'HeLLo', re.I)), s(re.match('[A-Z]+', 'hello', re.I)), s(re.match('[^a]', 'A', re.I)))
print(s(re.match('é', 'É', re.I)), s(re.match('straße', 'STRAßE', re.I)), s(re.match('σ', 'Σ', re.I)))
print(s(re.match('s', 'ſ', re.I)), s(re.match('[s]', 'ſ', re.I)), s(re.match('k', 'K', re.I)))
print(s(re.match(r'(a)\1', 'aA', re.I)), s(re.match(r'(a)\1', 'aA')), s(re.match('[à-ÿ]+', 'ÀÉÎ', re.I)))
print(s(re.search('x', 'aXb', re.I)), re.findall('ab', 'AbaBab', re.I))
print(s(re.match(r'\w+', 'Ab1', re.I)), s(re.match('[^x]+', 'aXb', re.I)))

# MULTILINE
text = 'one\ntwo\nthree'
print(re.findall('^\\w', text), re.findall('^\\w', text, re.M), re.findall('\\w$', text, re.M))
print(re.findall('\\w$', text), s(re.search('two$', text)), s(re.search('two$', text, re.M)))
print(re.findall(r'\A\w', text, re.M), re.findall(r'\w\Z', text, re.M))

# DOTALL
print(s(re.match('a.b', 'a\nb')), s(re.match('a.b', 'a\nb', re.S)), s(re.match('.*', 'x\ny', re.DOTALL)))

# VERBOSE
p = re.compile(r'''
    (\d+)   # the number
    \s*     # spaces
    ([a-z]+)  # the unit
    [ ]x \# \  # a space, an x, a hash and a space
''', re.X)
print(p.match('12  cm x# ').groups(), p.flags & re.X == re.X)
print(s(re.match('a b c', 'abc', re.X)), s(re.match(r'a\ b', 'a b', re.X)), s(re.match('[ ]a', ' a', re.X)))
print(s(re.match('a#b\nc', 'ac', re.X)))

# ASCII
print(s(re.match(r'\w+', 'héllo')), s(re.match(r'\w+', 'héllo', re.A)), s(re.match(r'\d', '٣')), s(re.match(r'\d', '٣', re.A)))
print(s(re.match(r'\s', '\u2003')), s(re.match(r'\s', '\u2003', re.A)), re.findall(r'\b\w', 'é a', re.A))
print(s(re.match('é', 'É', re.I | re.A)), s(re.match('e', 'E', re.I | re.A)))

# combined flags and the flags attribute
p = re.compile('^a.', re.I | re.M | re.S)
print(p.findall('Ab\na\n'), p.flags, re.compile('x').flags, re.compile('x', re.A).flags)

# inline flags
print(s(re.match('(?i)abc', 'ABC')), s(re.match('(?s).', '\n')), re.findall('(?m)^x', 'x\nx'))
print(s(re.match('(?x) a b', 'ab')), s(re.match(r'(?a)\w+', 'aé')), s(re.match('(?i)(?m)a$', 'A\n')))
print(re.compile('(?i)a').flags, re.compile('(?ims)a').flags, re.compile('(?x)a').flags)
print(s(re.match('(?i:a)b', 'Ab')), s(re.match('(?i:a)b', 'AB')), s(re.match('a(?i:b)', 'aB')))
print(s(re.match('(?-i:a)b', 'Ab', re.I)), s(re.match('(?-i:a)b', 'aB', re.I)), s(re.match('(?s:.).', '\n\n')))
print(s(re.match('(?m:^a)', 'a')), re.findall('(?m:^a)|b', 'b\na'), s(re.match('(?x: a )b', 'ab')))
print(s(re.match('(?a:\\w)\\w', 'aé')), s(re.match('(?i)[a-c]+', 'AbC')))
