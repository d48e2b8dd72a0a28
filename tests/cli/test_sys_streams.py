"""sys.stdin.buffer and sys.stdin with piped input (the corpus runs
programs with stdin from /dev/null): untranslated in-process with fd 0
replaced by a pipe, and on the binaries as subprocesses.  The expected
output was recorded from MicroPython's unix port (1.29-preview)."""
import os
import subprocess

import pytest

from interp.main import entry_point

PROGRAM = r"""
import sys
b = sys.stdin.buffer
print(b.read(3))
buf = bytearray(5)
print(b.readinto(buf), buf)
print(b.readinto(buf, 2), buf)
print(b.readline())
print(repr(sys.stdin.readline()))
print(b.readline(2))
print(repr(sys.stdin.read(2)))
print(b.read(0))
sys.stdout.buffer.write(b'<')
print(b.readinto(bytearray(4), -1), end='>\n')
print(b.read())
print(b.read(), b.readinto(buf), b.readline(), repr(sys.stdin.read()))
"""

STDIN = b'abcdefghijk\nline2\nline3\nrest\nmore\xff'

EXPECTED = (b"b'abc'\n"
            b"5 bytearray(b'defgh')\n"
            b"2 bytearray(b'ijfgh')\n"
            b"b'k\\n'\n"
            b"'line2\\n'\n"
            b"b'li'\n"
            b"'ne'\n"
            b"b''\n"
            b"<4>\n"
            b"b'st\\nmore\\xff'\n"
            b"b'' 0 b'' ''\n")


def write_program(tmpdir):
    prog = tmpdir.join('stdin_prog.py')
    prog.write(PROGRAM)
    return str(prog)


def test_stdin_buffer_untranslated(tmpdir, capfdbinary):
    prog = write_program(tmpdir)
    r, w = os.pipe()
    os.write(w, STDIN)          # fits a pipe's buffer
    os.close(w)
    saved = os.dup(0)
    os.dup2(r, 0)
    os.close(r)
    try:
        capfdbinary.readouterr()
        status = entry_point(['micropy', prog])
        out, err = capfdbinary.readouterr()
    finally:
        os.dup2(saved, 0)
        os.close(saved)
    assert (status, out) == (0, EXPECTED), err


@pytest.mark.binary
def test_stdin_buffer_binary(binary_path, tmpdir):
    prog = write_program(tmpdir)
    proc = subprocess.Popen([binary_path, prog], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(STDIN)
    assert (proc.returncode, out) == (0, EXPECTED), err
