# re: findall and finditer
import re

print(re.findall(r'\d+', 'a1b22c333d'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=(\d)?', 'a=1, b=, c=3'))
print(re.findall(r'(\w)(?:=)', 'a=b=c'))
print(re.findall(r'(a)|b', 'abab'))
print(re.findall(r'((a)b)', 'abab'))
print(re.findall('', 'abc'), re.findall('x*', 'axxb'), re.findall('|a', 'aa'))
print(re.findall('a*?', 'aa'), re.findall(r'\b', 'a b'), re.findall('$', 'a\n'))
print(re.findall('(?m)^.', 'ab\ncd\n\nef'), re.findall('(?s).', 'a\nb'))
print(re.findall('z', 'abc'), re.findall('', ''), re.findall('a', ''))
print(re.findall('aa', 'aaaaa'), re.findall('(?=(aa))', 'aaaa'))
print(re.findall('[aeiou]', 'Éducation et ça', re.I))
print(re.findall(r'\w+', 'Grüße, 世界! ok_1'))

p = re.compile(r'\d')
print(p.findall('1a2b3c4', 2), p.findall('1a2b3c4', 1, 5), p.findall('123', 5), p.findall('123', 0, -1))
print(p.findall('123', pos=1, endpos=2))

for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.span(), m.group(), m.groups(), m.pos, m.endpos)
it = re.finditer('x*', 'axb')
print([m.span() for m in it], list(it))
print([m.group() for m in re.finditer('', 'ab')])
print([(m.start(), m.end()) for m in re.compile('a').finditer('banana', 2, 5)])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it)

# findall and finditer agree
text = 'The year 1999 and 2024, then 7.'
print(re.findall(r'\d+', text) == [m.group() for m in re.finditer(r'\d+', text)])
print([m.span() for m in re.finditer(r'(?<=\s)\w', text)])
