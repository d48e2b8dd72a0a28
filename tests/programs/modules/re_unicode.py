# re: non-ASCII patterns and text (positions count code points)
import re

text = 'Ça coûte 12 €, naïve Zoë! 日本語 テキスト 😀 ok'
for m in re.finditer(r'\w+', text):
    print(m.span(), m.group())
print(re.findall(r'[^\x00-\x7f]', text))
print(re.findall(r'\d', '12٣४5'), [ord(c) for c in re.findall(r'\s', 'a\u00a0b\u2003c\u3000d')])
print(re.search('€', text).span(), re.search('😀', text).span(), re.search('日本', text).start())
print(re.sub('[éèêë]', 'e', 'élève fête Noël'), re.sub('ï', 'i', 'naïve naïf'))
print(re.split(' ', 'α β γ'), re.split('β', 'αβγ'), re.split('', 'αβ'))
print(re.match('.', '😀x').group(), re.match('..', '😀x').span(), re.match('.{3}', 'åäö!').group())
print(re.match('[α-ω]+', 'αβγδ abc').group(), re.match('[^α-ω]+', 'abc αβγ').group())
print(re.match(r'\u00e9\U0001F600\x41', 'é😀A').span(), re.match('[\u4e00-\u9fff]+', '中文字 x').group())
print(re.fullmatch('(?i)ΣΊΣΥΦΟΣ', 'σίσυφος') is not None, re.match('(?i)ÄÖÜ', 'äöü').group())
print(re.findall('(?i)[a-zà-ý]+', 'ÀÉÎ abc XYZ'), re.match('(?i)[ä]', 'Ä').group())
print(re.search(r'\bmot\b', 'un mot là').span(), re.search(r'\bél\b', 'c’est él.').span())
print(re.findall(r'\b\w', 'été à Zürich'), re.findall(r'\B\w', 'été à'))

# groups, sub and split with non-ASCII text
m = re.match(r'(?P<prénom>\w+) (?P<nom>\w+)', 'José Müller-Lüdenscheidt')
print(m.groupdict(), m.span('nom'), m.lastgroup, m.group('prénom'))
print(re.sub(r'(\w+)@(\w+)', r'\2→\1', 'élise@café'), re.sub('ü', lambda m: 'ue', 'Müller'))
print(re.subn('[äöü]', '', 'Fräulein Göring über'), re.sub('', '·', 'ñü'))
print(re.split(r'(\W+)', 'ça, va? très—bien'))
print(repr(re.match('ñ+', 'ññx')), repr(re.compile('ñ+')), repr(re.compile('😀')))

# pos and endpos are code-point positions
p = re.compile('é')
print(p.search('ééé', 1).span(), p.search('ééé', 1, 2).span(), p.search('ééé', 3), p.findall('éaéaé', 1, 4))
print(p.match('aé', 1).span(), p.fullmatch('aéb', 1, 2).span())

# error positions count code points
try:
    re.compile('ééé(')
except re.error as e:
    print(e, e.pos)
try:
    re.compile('(?P<é-x>a)')
except re.error as e:
    print(e, e.pos)
print(re.escape('ÿ € 😀'), re.findall(re.escape('€5'), '€5 and €5'))
