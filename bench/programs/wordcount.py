# Dict and set work: counting words of a generated text.
from _harness import run, size_arg

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
         'iota', 'kappa', 'lambda', 'mu']


def text(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)] + str(x % 50))
    return ' '.join(out)


def work(n):
    counts = {}
    seen = set()
    for w in text(n).split():
        counts[w] = counts.get(w, 0) + 1
        seen.add(w[0])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return sum(counts.values()), len(counts), len(seen), top


def check(n, r):
    return r[0] == n and 0 < r[1] <= len(WORDS) * 50 and r[2] == 11 and \
        r[3][0][1] >= r[3][1][1] >= r[3][2][1]

run('wordcount', work, size_arg(100000), check)
