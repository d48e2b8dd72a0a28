"""Robustness of the front end: however malformed or deeply nested, a source
ends in a Python exception (SyntaxError, IndentationError, MemoryError,
RecursionError, ...), never in a crash, a fatal RPython error or a hang.

Cases come from tests/fuzz_sources.py, seeded: MICROPY_FUZZ_SEED (default
1) and MICROPY_FUZZ_CASES (default 3000 on a binary).  A bigger run by hand:

    MICROPY_FUZZ_CASES=100000 MICROPY_FUZZ_SEED=7 \\
        build/venv/bin/python -m pytest -m binary tests/test_robustness.py

- untranslated: a few hundred shallow cases through interp.main's
  compile_source, in-process;
- on each binary: every case through the program-level compile() in one
  process (a driver program prints each case's outcome), and invalid UTF-8
  sources run as whole files.
"""
import io
import os
import shutil
import tempfile

import pytest

import fuzz_sources
from test_programs import (pytest_generate_tests, binary_path,  # noqa: F401
                           run_subprocess, display)

SEED = int(os.environ.get('MICROPY_FUZZ_SEED', '1'))
CASES = int(os.environ.get('MICROPY_FUZZ_CASES', '3000'))
UNTRANSLATED_CASES = 150
CHUNK = 250
TIMEOUT = 300

ALLOWED = {'SyntaxError', 'IndentationError', 'MemoryError', 'RecursionError',
           'RuntimeError', 'ValueError', 'UnicodeError', 'OverflowError'}

DRIVER = u'''
import sys
def run(cases, base):
    for i in range(len(cases)):
        try:
            compile(cases[i], '<fuzz>', 'exec')
            print(base + i, 'ok')
        except Exception as e:
            print(base + i, type(e).__name__)
for k in range(%d):
    m = __import__('cases_%%d' %% k)
    run(m.CASES, k * %d)
print('DONE')
'''


def test_compile_untranslated():
    from interp.error import OperationError
    from interp.main import space, compile_source
    cases = fuzz_sources.cases(SEED, UNTRANSLATED_CASES, max_depth=20)
    outcomes = set()
    for i, text in enumerate(cases):
        try:
            compile_source(space, text.encode('utf-8'), '<fuzz>', 'exec')
            outcomes.add('ok')
        except OperationError as e:
            name = space.type_name(e.w_value)
            assert name in ALLOWED, 'case %d: %s for %r' % (i, name, text[:300])
            outcomes.add(name)
    # the generator must produce both valid and invalid sources
    assert 'ok' in outcomes and 'SyntaxError' in outcomes


def _write_driver(tmp, cases):
    nchunks = (len(cases) + CHUNK - 1) // CHUNK
    for k in range(nchunks):
        chunk = cases[k * CHUNK:(k + 1) * CHUNK]
        with io.open(os.path.join(tmp, 'cases_%d.py' % k), 'w',
                     encoding='utf-8') as f:
            f.write(u'CASES = [\n')
            for text in chunk:
                f.write(u'    %s,\n' % _py3_literal(text))
            f.write(u']\n')
    with io.open(os.path.join(tmp, 'driver.py'), 'w', encoding='utf-8') as f:
        f.write(DRIVER % (nchunks, CHUNK))


def _py3_literal(text):
    """A Python 3 str literal for text (ASCII escapes only)."""
    out = [u"'"]
    for ch in text:
        o = ord(ch)
        if ch == u"'" or ch == u'\\':
            out.append(u'\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x100:
            out.append(u'\\x%02x' % o)
        elif o < 0x10000:
            out.append(u'\\u%04x' % o)
        else:
            out.append(u'\\U%08x' % o)
    out.append(u"'")
    return u''.join(out)


@pytest.mark.binary
def test_compile_binary(binary, binary_path):
    cases = fuzz_sources.cases(SEED, CASES)
    tmp = tempfile.mkdtemp(prefix='micropy-fuzz-')
    try:
        _write_driver(tmp, cases)
        res = run_subprocess([binary_path, 'driver.py'], tmp, TIMEOUT)
    finally:
        shutil.rmtree(tmp)
    lines = res.stdout.decode('utf-8', 'replace').splitlines()
    done = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            done[int(parts[0])] = parts[1]
    if res.timed_out or res.status != 0 or not lines or lines[-1] != 'DONE':
        first_missing = len(done)
        text = cases[first_missing] if first_missing < len(cases) else u''
        pytest.fail('%s died on fuzz case %d (seed %d; status %r, timed out %r)'
                    ':\n%r\nstderr tail:\n%s'
                    % (display(binary), first_missing, SEED, res.status,
                       res.timed_out, text[:500],
                       res.stderr.decode('utf-8', 'replace')[-2000:]))
    bad = [(i, name) for i, name in sorted(done.items())
           if name != 'ok' and name not in ALLOWED]
    assert not bad, 'unexpected exceptions: %s; first case: %r' % (
        bad[:10], cases[bad[0][0]][:300])
    assert len(done) == len(cases)


@pytest.mark.binary
def test_invalid_utf8_files(binary, binary_path):
    tmp = tempfile.mkdtemp(prefix='micropy-fuzz-')
    try:
        for i, data in enumerate(fuzz_sources.byte_cases(SEED, 60)):
            path = os.path.join(tmp, 'case.py')
            with open(path, 'wb') as f:
                f.write(data)
            res = run_subprocess([binary_path, 'case.py'], tmp, 60)
            # a bad program fails with a Python exception (status 1), or
            # happens to run (status 0); never a signal or a hang
            assert not res.timed_out and res.status in (0, 1), (
                'case %d: status %r\n%r\nstderr: %s'
                % (i, res.status, data[:300], res.stderr[-1000:]))
            if res.status == 1:
                assert b'Error' in res.stderr, (i, res.stderr[-500:])
    finally:
        shutil.rmtree(tmp)
