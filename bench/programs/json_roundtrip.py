# json: dumps and loads of nested records.
import json
from _harness import run, size_arg


def work(n):
    records = [{'id': i, 'name': 'rec%d' % i, 'tags': ['a', 'b%d' % (i % 5)],
                'score': i / 8, 'ok': i % 2 == 0, 'none': None} for i in range(n)]
    text = json.dumps(records)
    back = json.loads(text)
    return len(text), back == records, sum(r['id'] for r in back)

run('json_roundtrip', work, size_arg(20000),
    lambda n, r: r[1] and r[2] == n * (n - 1) // 2 and r[0] > 60 * n)
