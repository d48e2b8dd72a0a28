"""The REPL of the translated binaries, driven through a pseudo-terminal
with real keystrokes (tests/cli/ptydrive.py).  For each scenario of
repl_scenarios.py, what the terminal shows from the first prompt on must
be what MicroPython's unix port showed for the same keys
(repl_transcripts.py, recorded by record_transcripts.py); only the text of
SyntaxError messages may differ."""
import os
import re

import pytest

from tests.cli.ptydrive import drive, after_banner
from tests.cli.repl_scenarios import SCENARIOS, ENTER, TAB, UP, CTRL_D
from tests.cli.repl_transcripts import TRANSCRIPTS

pytestmark = pytest.mark.binary


def env_for(tmpdir):
    return dict(os.environ, HOME=str(tmpdir), TERM='xterm')


def normalize(out):
    return re.sub(b'SyntaxError: [^\r]*', b'SyntaxError: ...', out)


@pytest.mark.parametrize('name,keys', SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenario_as_micropython(binary_path, tmpdir, name, keys):
    out, status = drive([binary_path], keys, env=env_for(tmpdir))
    exp_status, exp_out = TRANSCRIPTS[name]
    assert normalize(after_banner(out)) == normalize(exp_out)
    assert status == exp_status


def test_banner(binary_path, tmpdir):
    out, status = drive([binary_path], [CTRL_D], env=env_for(tmpdir))
    assert re.match(br'micropy 0\.1\.0 on \d{4}-\d\d-\d\d; linux \[RPython '
                    br'0\.2\.1\] \S+\r\r\nUse Ctrl-D to exit, Ctrl-E for '
                    br'paste mode\r\r\n>>> \r\r\n$', out), out
    assert status == 0


def test_builtin_and_keyword_completion(binary_path, tmpdir):
    out, status = drive([binary_path], [b'pri', TAB, b'(1)', ENTER,
                                        b'whi', TAB, b'0: pass', ENTER,
                                        ENTER, CTRL_D],
                        env=env_for(tmpdir))
    assert b'>>> print(1)\r\r\n1\r\n' in out
    assert b'>>> while 0: pass\r\r\n' in out


def test_history_persists(binary_path, tmpdir):
    env = env_for(tmpdir)
    drive([binary_path], [b'1+1', ENTER, b'2+2', ENTER, CTRL_D], env=env)
    assert tmpdir.join('.micropython.history').read() == '1+1\n2+2\n'
    out, status = drive([binary_path], [UP, UP, ENTER, CTRL_D], env=env)
    assert b'>>> 2+2\b\b\b1+1\r\r\n2\r\n' in out
    assert tmpdir.join('.micropython.history').read() == '1+1\n2+2\n1+1\n'


def test_terminal_mode_restored(binary_path, tmpdir):
    """Raw mode while editing, the terminal's own mode back on exit (by
    Ctrl-D and by sys.exit)."""
    import termios
    from tests.cli import ptydrive
    for keys in ([CTRL_D], [b'import sys', ENTER, b'sys.exit(0)', ENTER]):
        out, status = drive([binary_path], keys, env=env_for(tmpdir))
        assert status == 0
        lflag = ptydrive.last_attrs[0][3]
        assert lflag & termios.ICANON and lflag & termios.ECHO
        assert lflag & termios.ISIG
