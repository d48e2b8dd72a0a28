# String building, slicing, formatting and methods.
from _harness import run, size_arg


def work(n):
    parts = []
    for i in range(n):
        s = 'item-%d:%s' % (i, '{:>4}'.format(i % 97))
        s = s.replace('-', '_').upper()
        parts.append(s[2:] + str(len(s)))
    text = ','.join(parts)
    return len(text), text.count('ITEM'), text[-12:]


def check(n, r):
    length = 0
    for i in range(n):
        s = 'ITEM_%d:%4d' % (i, i % 97)
        length += len(s) - 2 + len(str(len(s)))
    last = 'ITEM_%d:%4d' % (n - 1, (n - 1) % 97)
    tail = (last[2:] + str(len(last)))[-12:]
    return r == (length + n - 1, 0, tail)

run('strings', work, size_arg(100000), check)
