"""gc.mem_alloc() + gc.mem_free() is the -X heapsize limit (as in
MicroPython), untranslated in-process and on the binaries."""
import subprocess

import pytest

from interp.main import entry_point

SOURCE = ("import gc, micropython\n"
          "a = gc.mem_alloc(); f = gc.mem_free()\n"
          "print(a >= 0, f >= 0, a + f)\n"
          "x = [[i] for i in range(2000)]\n"
          "a = gc.mem_alloc(); f = gc.mem_free()\n"
          "print(a >= 0, f >= 0, a + f)\n")


def expected(limit):
    return b'True True %d\nTrue True %d\n' % (limit, limit)


def test_heapsize_untranslated(capfdbinary):
    capfdbinary.readouterr()
    status = entry_point(['micropy', '-X', 'heapsize=3M', '-c', SOURCE])
    out, err = capfdbinary.readouterr()
    assert (status, out) == (0, expected(3 << 20)), err
    # the next program has no limit again: the resident memory, the
    # system's available memory
    status = entry_point(['micropy', '-c', 'import gc\n'
                          'print(gc.mem_alloc() > 0, gc.mem_free() != 0)'])
    out, err = capfdbinary.readouterr()
    assert (status, out) == (0, b'True True\n'), err


@pytest.mark.binary
def test_heapsize_binary(binary_path):
    for limit, arg in [(3 << 20, '3M'), (8 << 20, '8M')]:
        proc = subprocess.Popen([binary_path, '-X', 'heapsize=' + arg,
                                 '-c', SOURCE],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate()
        assert (proc.returncode, out) == (0, expected(limit)), err
