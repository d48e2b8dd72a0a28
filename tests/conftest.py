"""pytest set-up shared by all micropy tests (runs on CPython 2.7, in build/venv).

Puts the repository root on sys.path (so `import interp`, `import objspace` work from any
test) and adds the options of the program-corpus harness (tests/test_programs.py):

  --binaries=micropy,micropy-jit   binaries to run the corpus on (env MICROPY_BINARIES);
                                   names or paths, relative to the repository root
  --require-binaries               fail, rather than skip, when one of them is missing
                                   (env MICROPY_REQUIRE_BINARIES=1; `make test` sets it)

Select with markers: `-m binary` runs only the tests on the binaries, `-m 'not binary'`
everything else (unit tests and the corpus on the untranslated interpreter).
"""
import os
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)

# Importing rpython's rffi (e.g. through rlib.rstack) creates a numbered "usession" directory,
# by default in /tmp and after a Mercurial look-up that warns on stderr: keep it in build/.
os.environ.setdefault('PYPY_USESSION_DIR', os.path.join(REPO_ROOT, 'build', 'usession-untranslated'))
os.environ.setdefault('PYPY_USESSION_BASENAME', 'untranslated')
if not os.path.isdir(os.environ['PYPY_USESSION_DIR']):
    os.makedirs(os.environ['PYPY_USESSION_DIR'])


def pytest_addoption(parser):
    group = parser.getgroup('micropy', 'micropy program corpus')
    group.addoption(
        '--binaries', dest='micropy_binaries',
        default=os.environ.get('MICROPY_BINARIES', 'micropy,micropy-jit'),
        help='comma-separated binaries to run the corpus on, relative to the repository '
             'root (default: $MICROPY_BINARIES or micropy,micropy-jit)')
    group.addoption(
        '--require-binaries', dest='micropy_require_binaries', action='store_true',
        default=os.environ.get('MICROPY_REQUIRE_BINARIES', '') not in ('', '0'),
        help='fail instead of skipping when a binary does not exist '
             '(default: $MICROPY_REQUIRE_BINARIES)')
