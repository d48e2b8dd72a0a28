# Regular expressions: compile, search, split, sub and groups (the subset
# MicroPython's re has: no findall, finditer or module-level split).
import re
from _harness import run, size_arg


def work(n):
    lines = ['user%d@host%d.example.com sent %d bytes at 12:%02d' % (i, i % 7, i * 13, i % 60)
             for i in range(n)]
    pat = re.compile(r'(\w+)@(\w+)\.example\.com sent (\d+) bytes at (\d\d):(\d\d)')
    total = 0
    hosts = set()
    for line in lines:
        m = pat.search(line)
        total += int(m.group(3))
        hosts.add(m.group(2))
    text = '\n'.join(lines[:200])
    digits = len([p for p in re.compile(r'\D+').split(text) if p])
    masked = re.sub(r'user(\d+)', lambda m: 'u' + str(int(m.group(1)) + 1), text)
    return total, len(hosts), digits, masked[:20]


def check(n, r):
    # five runs of digits a line: user, host, bytes, hour, minute
    return r[0] == 13 * n * (n - 1) // 2 and r[1] == min(n, 7) and \
        r[2] == 5 * min(n, 200) and r[3] == 'u1@host0.example.com'

run('regex', work, size_arg(20000), check)
