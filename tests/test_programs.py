"""The program corpus: tests/programs/<area>/<name>.py, run whole and compared with a reference.

Each program is run
  - untranslated, in-process: interp.main.entry_point(['micropy', path]), output captured at
    the file-descriptor level (test id `<area>/<name>.py-untranslated`, marker `untranslated`),
    unless one of its first 10 lines is `# micropy: slow`;
  - as a subprocess of each binary from --binaries (test id `<area>/<name>.py-micropy`,
    `...-micropy-jit`, marker `binary`), skipped when the binary is missing unless
    --require-binaries.
Every run has the program's directory as its working directory and gets the absolute path.

Reference: stdout and exit status of `python3 <name>.py` (run once per session); or, when
`<name>.py.exp` exists, that file's bytes as stdout and exit status 0 (another status with a
`# micropy: status N` line among the first 10). stderr is never compared; it is shown on failure.

Files whose name starts with `_` are not run (helper modules).  One level of subdirectories
of an area is run too (tests/programs/modules/re/*.py), except in `imports`, whose
subdirectories are the packages its programs import.

Timeouts (seconds): MICROPY_TIMEOUT (binaries and python3, default 60),
MICROPY_UNTRANSLATED_TIMEOUT (default 600). python3 is $MICROPY_PYTHON3 or `python3`.
"""
import difflib
import os
import signal
import subprocess
import threading

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
PROGRAMS_DIR = os.path.join(HERE, 'programs')

TIMEOUT = float(os.environ.get('MICROPY_TIMEOUT', '60'))
UNTRANSLATED_TIMEOUT = int(os.environ.get('MICROPY_UNTRANSLATED_TIMEOUT', '600'))
PYTHON3 = os.environ.get('MICROPY_PYTHON3', 'python3')
DIRECTIVE_LINES = 10
DIFF_LINES = 80
STDERR_LINES = 20


# --- the corpus ---------------------------------------------------------------

def find_programs():
    """Absolute paths of the corpus programs, sorted: tests/programs/<area>/<name>.py."""
    programs = []
    if not os.path.isdir(PROGRAMS_DIR):
        return programs
    for area in sorted(os.listdir(PROGRAMS_DIR)):
        area_dir = os.path.join(PROGRAMS_DIR, area)
        if area.startswith(('.', '_')) or not os.path.isdir(area_dir):
            continue
        programs.extend(_programs_in(area_dir))
        if area in NO_SUBAREAS:
            continue
        # one level of sub-areas: tests/programs/modules/re/*.py
        for sub in sorted(os.listdir(area_dir)):
            sub_dir = os.path.join(area_dir, sub)
            if not sub.startswith(('.', '_')) and os.path.isdir(sub_dir):
                programs.extend(_programs_in(sub_dir))
    return programs


# areas whose subdirectories are packages for the programs, not sub-areas
NO_SUBAREAS = ['imports']


def _programs_in(directory):
    found = []
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.endswith('.py') and not name.startswith('_') and os.path.isfile(path):
            found.append(path)
    return found


def program_id(path):
    """'basics/arith.py' for tests/programs/basics/arith.py."""
    return os.path.relpath(path, PROGRAMS_DIR).replace(os.sep, '/')


def directives(path):
    """The `# micropy: WORD [ARG]` lines among the first lines of `path`, as {WORD: ARG or ''}."""
    found = {}
    with open(path, 'rb') as f:
        for _ in range(DIRECTIVE_LINES):
            line = f.readline().decode('utf-8', 'replace').strip()
            if line.startswith('# micropy:'):
                words = line[len('# micropy:'):].split(None, 1)
                if words:
                    found[words[0]] = words[1].strip() if len(words) > 1 else ''
    return found


PROGRAMS = find_programs()


# --- running ------------------------------------------------------------------

class Result(object):
    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout = stdout        # bytes
        self.stderr = stderr        # bytes
        self.status = status        # int, or None after a timeout
        self.timed_out = timed_out  # False, or the timeout in seconds


def run_subprocess(argv, cwd, timeout, env=None):
    """Run argv with stdin from /dev/null; kill it after `timeout` seconds (Python 2 has no
    subprocess timeout)."""
    with open(os.devnull, 'rb') as devnull:
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=devnull,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    killed = []

    def kill():
        killed.append(True)
        proc.kill()
    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        out, err = proc.communicate()
    finally:
        timer.cancel()
    if killed:
        return Result(out, err, None, timed_out=timeout)
    return Result(out, err, proc.returncode)


class UntranslatedTimeout(BaseException):
    """Raised by SIGALRM; a BaseException so the interpreter's `except Exception` won't eat it."""


def run_untranslated(argv, cwd, capfdbinary, timeout=UNTRANSLATED_TIMEOUT):
    """Call interp.main.entry_point(argv) in this process, with cwd and fds 1 and 2 captured."""
    from interp.main import entry_point

    def on_alarm(signum, frame):
        raise UntranslatedTimeout()
    capfdbinary.readouterr()
    old_cwd = os.getcwd()
    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    os.chdir(cwd)
    signal.alarm(timeout)
    try:
        status = entry_point(argv)
        timed_out = False
    except UntranslatedTimeout:
        status, timed_out = None, timeout
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old_handler)
        os.chdir(old_cwd)
    out, err = capfdbinary.readouterr()
    return Result(out, err, status, timed_out)


_expected_cache = {}


def expected(path):
    """(stdout bytes, exit status, where they came from) for the program at `path`."""
    if path not in _expected_cache:
        exp = path + '.exp'
        if os.path.exists(exp):
            with open(exp, 'rb') as f:
                out = f.read()
            status = int(directives(path).get('status') or 0)
            _expected_cache[path] = (out, status, os.path.relpath(exp, REPO_ROOT))
        else:
            env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0',
                       PYTHONDONTWRITEBYTECODE='1')
            try:
                res = run_subprocess([PYTHON3, path], os.path.dirname(path), TIMEOUT, env)
            except OSError as e:
                pytest.fail('cannot run %s for the expected output: %s (set MICROPY_PYTHON3)'
                            % (PYTHON3, e), pytrace=False)
            if res.timed_out:
                pytest.fail('%s %s timed out after %d s' % (PYTHON3, program_id(path), TIMEOUT),
                            pytrace=False)
            _expected_cache[path] = (res.stdout, res.status, PYTHON3)
    return _expected_cache[path]


# --- comparing ----------------------------------------------------------------

def _text(data):
    """Text (unicode) from program output bytes, for diffs and messages."""
    if isinstance(data, bytes):
        data = data.decode('utf-8', 'replace')
    return data


def display(binary):
    """How a binary is named in messages: './micropy', or its path if absolute."""
    return binary if os.path.isabs(binary) else './' + binary


def check(label, exp_out, exp_status, source, res):
    """Fail with the program, a unified diff of stdout and stderr's tail unless `res` matches."""
    if not res.timed_out and res.stdout == exp_out and res.status == exp_status:
        return
    lines = [label]
    if res.timed_out:
        lines.append('timed out after %g s' % res.timed_out)
    elif res.status != exp_status:
        lines.append('exit status: expected %s, got %s' % (exp_status, res.status))
    if res.stdout != exp_out:
        diff = list(difflib.unified_diff(
            _text(exp_out).splitlines(True), _text(res.stdout).splitlines(True),
            'expected stdout (%s)' % source, 'actual stdout'))
        if len(diff) > DIFF_LINES:
            diff = diff[:DIFF_LINES] + ['... (%d more diff lines)\n' % (len(diff) - DIFF_LINES)]
        lines.append('stdout differs:')
        lines.append(''.join(l if l.endswith('\n') else l + '\n\\ No newline at end\n'
                             for l in diff).rstrip('\n'))
    err = _text(res.stderr).splitlines()
    if err:
        lines.append('stderr (last %d lines):' % STDERR_LINES)
        lines.extend(err[-STDERR_LINES:])
    pytest.fail(u'\n'.join(_text(l) for l in lines), pytrace=False)


# --- parametrization ----------------------------------------------------------

def binary_names(config):
    return [b.strip() for b in config.getoption('micropy_binaries').split(',') if b.strip()]


def pytest_generate_tests(metafunc):
    names = metafunc.fixturenames
    if 'program' in names and 'binary' in names:
        metafunc.parametrize(('program', 'binary'), [
            pytest.param(p, b, id='%s-%s' % (program_id(p), os.path.basename(b)))
            for p in PROGRAMS for b in binary_names(metafunc.config)])
    elif 'program' in names:
        params = []
        for p in PROGRAMS:
            marks = ()
            if 'slow' in directives(p):
                marks = pytest.mark.skip(reason='# micropy: slow (binaries only)')
            params.append(pytest.param(p, id=program_id(p) + '-untranslated', marks=marks))
        metafunc.parametrize('program', params)
    elif 'binary' in names:
        metafunc.parametrize('binary', [
            pytest.param(b, id=os.path.basename(b)) for b in binary_names(metafunc.config)])


@pytest.fixture
def binary_path(request, binary):
    """Absolute path of `binary`; skips (or fails, with --require-binaries) when missing."""
    path = os.path.join(REPO_ROOT, binary)
    if not os.path.isfile(path):
        msg = '%s not built (make %s)' % (display(binary), os.path.basename(binary))
        if request.config.getoption('micropy_require_binaries'):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return path


# --- the tests ----------------------------------------------------------------

@pytest.mark.untranslated
def test_program_untranslated(program, capfdbinary):
    exp_out, exp_status, source = expected(program)
    res = run_untranslated(['micropy', program], os.path.dirname(program), capfdbinary)
    check('tests/programs/%s untranslated' % program_id(program),
          exp_out, exp_status, source, res)


@pytest.mark.binary
def test_program_binary(program, binary, binary_path):
    exp_out, exp_status, source = expected(program)
    res = run_subprocess([binary_path, program], os.path.dirname(program), TIMEOUT)
    check('tests/programs/%s on %s' % (program_id(program), display(binary)),
          exp_out, exp_status, source, res)


@pytest.mark.untranslated
def test_dash_c_untranslated(capfdbinary):
    res = run_untranslated(['micropy', '-c', 'print(6*7)'], REPO_ROOT, capfdbinary)
    check("micropy -c 'print(6*7)' untranslated", b'42\n', 0, 'literal', res)


@pytest.mark.binary
def test_dash_c(binary, binary_path):
    res = run_subprocess([binary_path, '-c', 'print(6*7)'], REPO_ROOT, TIMEOUT)
    check("%s -c 'print(6*7)'" % display(binary), b'42\n', 0, 'literal', res)
