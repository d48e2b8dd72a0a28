"""A seeded generator of malformed Python sources, for the front end's
robustness tests (tests/test_robustness.py).

Cases come from three families:
- mutations of the program corpus (tests/programs/**/*.py): spans deleted,
  duplicated or moved, random tokens inserted, lines swapped or re-indented,
  the file truncated;
- random token soup and random printable text;
- pathological shapes: deeply nested brackets, long operator chains,
  unterminated strings and f-strings, huge literals, mixed tabs and spaces.
Each case is a text (unicode) string; `byte_cases` gives raw bytes,
invalid UTF-8 included, for whole-file tests.
Runs on CPython 2.7 (under pytest) and needs nothing but the corpus.
"""
from __future__ import unicode_literals

import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')

TOKENS = [
    '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', '==', ':=',
    '+', '-', '*', '**', '/', '//', '%', '@', '<<', '>>', '&', '|', '^', '~',
    '<', '>', '<=', '>=', '!=', '->', '+=', '**=', '@=', '\\', '\\\n', '\n',
    '\t', '    ', ' ', '#', '"', "'", '"""', "'''", 'f"{', 'f"{x!r:>{w}}"',
    'rb"\\x"', 'b"\xe9"', "u'", '0x', '0b2', '1_000', '1__0', '1e', '1.5j',
    '0o78', '09', '1e500', '.5', 'def', 'class', 'lambda', 'if', 'elif',
    'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'as',
    'return', 'yield', 'await', 'async', 'global', 'nonlocal', 'del', 'pass',
    'break', 'continue', 'import', 'from', 'raise', 'assert', 'not', 'in',
    'is', 'and', 'or', 'None', 'True', 'False', 'x', 'y', '_', '\xe9t\xe9',
    '\\u00e9', '\\N{DASH}', '\x00', '\x0c', '\r', '\r\n',
]

PATHOLOGICAL = [
    lambda n: '(' * n + ')' * n,
    lambda n: '(' * n,
    lambda n: '[' * n + '1' + ']' * n,
    lambda n: '{' * n + '}' * n,
    lambda n: '-' * n + '1',
    lambda n: 'not ' * n + 'x',
    lambda n: 'x' + '.y' * n,
    lambda n: '1' + '+1' * n,
    lambda n: '1' + '**1' * n,
    lambda n: 'x = ' + 'lambda: ' * n + '0',
    lambda n: 'f(' * n + ')' * n,
    lambda n: 'a' + '[0]' * n,
    lambda n: ''.join('    ' * i + 'if x:\n' for i in range(min(n, 200))) +
              '    ' * min(n, 200) + 'pass\n',
    lambda n: 'x = "' + 'a' * n,
    lambda n: 'x = """' + 'a\n' * n,
    lambda n: 'f"' + '{' * n + 'x' + '}' * n + '"',
    lambda n: 'x = ' + '9' * n,
    lambda n: 'x = 0x' + 'f' * n,
    lambda n: 'x = 1.' + '5' * n + 'e-' + '9' * 5,
    lambda n: 'if 1:\n\tx = 1\n        y = 2\n',
    lambda n: 'def f(' + ', '.join('a%d' % i for i in range(n)) + '): pass',
    lambda n: 'f(' + ', '.join('a%d=1' % i for i in range(n)) + ')',
    lambda n: 'a, ' * n + '*b = c',
    lambda n: 'x = [' + ', '.join(['1'] * n) + ']',
    lambda n: 'x = ' + ' if 1 else '.join(['1'] * n),
    lambda n: 'x = ' + ' < '.join(['1'] * n),
    lambda n: 'x = 1 +\\\n' * 3 + '\\',
]


def corpus_sources():
    """The texts of the corpus programs, in a fixed order."""
    sources = []
    for root, dirs, files in sorted(os.walk(PROGRAMS)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith('.py'):
                with open(os.path.join(root, name), 'rb') as f:
                    sources.append(f.read().decode('utf-8'))
    return sources


def mutate(rng, text):
    """One random edit of text (a unicode string)."""
    n = len(text)
    kind = rng.randrange(9)
    if n == 0 or kind == 0:
        pos = rng.randrange(n + 1)
        return text[:pos] + rng.choice(TOKENS) + text[pos:]
    a = rng.randrange(n)
    b = min(n, a + rng.randrange(1, 40))
    if kind == 1:
        return text[:a] + text[b:]
    if kind == 2:
        return text[:b] + text[a:b] + text[b:]
    if kind == 3:
        c = rng.randrange(n)
        piece = text[a:b]
        rest = text[:a] + text[b:]
        c = min(c, len(rest))
        return rest[:c] + piece + rest[c:]
    if kind == 4:
        return text[:a]
    if kind == 5:
        lines = text.split('\n')
        i = rng.randrange(len(lines))
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return '\n'.join(lines)
    if kind == 6:
        lines = text.split('\n')
        i = rng.randrange(len(lines))
        lines[i] = rng.choice(['', ' ', '\t', '        ', '  ']) + lines[i]
        return '\n'.join(lines)
    if kind == 7:
        return text[:a] + rng.choice(TOKENS) * rng.randrange(1, 6) + text[b:]
    chars = list(text)
    for _ in range(rng.randrange(1, 6)):
        chars[rng.randrange(n)] = unichr(rng.randrange(1, 0x3000))
    return u''.join(chars)


def token_soup(rng):
    return ''.join(rng.choice(TOKENS) + rng.choice(['', ' ', ' ', '\n'])
                   for _ in range(rng.randrange(1, 60)))


def random_text(rng):
    return u''.join(unichr(rng.choice([rng.randrange(9, 127),
                                       rng.randrange(128, 0x800)]))
                    for _ in range(rng.randrange(0, 200)))


def cases(seed, count, max_depth=10000):
    """`count` source texts (unicode), reproducible from `seed`.
    max_depth bounds the pathological nesting (the untranslated
    interpreter runs on CPython's own, smaller stack)."""
    rng = random.Random(seed)
    sources = corpus_sources()
    result = []
    for i in range(count):
        family = rng.randrange(10)
        if family < 6:
            text = rng.choice(sources)
            for _ in range(rng.randrange(1, 4)):
                text = mutate(rng, text)
        elif family == 6:
            text = token_soup(rng)
        elif family == 7:
            text = random_text(rng)
        else:
            depth = rng.choice([1, 10, 100, 1000, max_depth])
            depth = min(depth, max_depth)
            text = rng.choice(PATHOLOGICAL)(depth)
            if rng.randrange(2):
                text = mutate(rng, text)
        result.append(text)
    return result


def byte_cases(seed, count):
    """`count` raw byte strings: corpus programs with random bytes (often
    invalid UTF-8) spliced in, and random bytes."""
    rng = random.Random(seed)
    sources = [s.encode('utf-8') for s in corpus_sources()]
    result = []
    for i in range(count):
        if rng.randrange(4) == 0:
            data = b''.join(chr(rng.randrange(256))
                           for _ in range(rng.randrange(0, 300)))
        else:
            data = rng.choice(sources)
            for _ in range(rng.randrange(1, 4)):
                pos = rng.randrange(len(data) + 1)
                junk = b''.join(chr(rng.randrange(128, 256))
                               for _ in range(rng.randrange(1, 4)))
                data = data[:pos] + junk + data[pos:]
        result.append(data)
    return result
