"""Record what MicroPython's unix port shows for each REPL scenario
(repl_scenarios.py) into repl_transcripts.py, the reference of
test_repl_pty.py:

    python3 tests/cli/record_transcripts.py /path/to/micropython

Run with HOME set to an empty temporary directory (no history file).
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ptydrive import drive, after_banner          # noqa: E402
from repl_scenarios import SCENARIOS               # noqa: E402


def main():
    binary = sys.argv[1]
    lines = ['"""What MicroPython\'s unix port showed for each scenario of',
             'repl_scenarios.py (from the first prompt on; recorded by',
             'record_transcripts.py with %s)."""' % os.path.basename(binary),
             '', 'TRANSCRIPTS = {']
    for name, keys in SCENARIOS:
        home = tempfile.mkdtemp()
        env = dict(os.environ, HOME=home, TERM='xterm')
        out, status = drive([binary], keys, env=env)
        lines.append('    %r: (%r,\n        %r),' % (name, status, after_banner(out)))
        print(name, status)
    lines.append('}')
    with open(os.path.join(HERE, 'repl_transcripts.py'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
