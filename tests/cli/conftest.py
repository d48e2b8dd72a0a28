"""Binary fixtures for the CLI and REPL tests: `binary` is parametrized
over --binaries (as the corpus is), `binary_path` skips (or fails, with
--require-binaries) when it is missing."""
import os

import pytest

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def pytest_generate_tests(metafunc):
    if 'binary' in metafunc.fixturenames:
        names = [b.strip() for b in
                 metafunc.config.getoption('micropy_binaries').split(',')
                 if b.strip()]
        metafunc.parametrize('binary', [
            pytest.param(b, id=os.path.basename(b)) for b in names])


@pytest.fixture
def binary_path(request, binary):
    path = os.path.join(REPO_ROOT, binary)
    if not os.path.isfile(path):
        msg = './%s not built (make %s)' % (binary, os.path.basename(binary))
        if request.config.getoption('micropy_require_binaries'):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return path
