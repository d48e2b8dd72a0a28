"""Drive a program through a pseudo-terminal with real keystrokes and
collect what the terminal shows (Python 2 and 3).

    out = drive(['./micropy'], [b'1+2\\r', b'\\x04'], env=env)

Each step writes one chunk of keys, then waits until the program has been
quiet for `settle` seconds (at most `step_timeout`).  A step may be a
float: a pause of that many seconds.  The result is every byte the
program wrote to the terminal (bytes), plus its exit status.
"""
import errno
import os
import pty
import select
import signal
import termios
import time

# the pty's termios attributes when the last drive() ended
last_attrs = []


def _read_until_quiet(fd, settle, limit):
    data = b''
    deadline = time.time() + limit
    quiet_since = time.time()
    while True:
        now = time.time()
        if now >= deadline or now - quiet_since >= settle:
            return data, False
        r, _, _ = select.select([fd], [], [], 0.02)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError as e:
                if e.errno == errno.EIO:
                    return data, True     # the program ended
                raise
            if not chunk:
                return data, True
            data += chunk
            quiet_since = time.time()


def drive(argv, keys, env=None, cwd=None, settle=0.25, step_timeout=10.0,
          start_timeout=20.0):
    """Run argv on a pty, type `keys`; return (output bytes, exit status
    or None if it was still running and got killed)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            if cwd:
                os.chdir(cwd)
            os.execve(argv[0], argv, env if env is not None else os.environ)
        finally:
            os._exit(127)
    out = b''
    ended = False
    try:
        # the start: wait for the first output, then for quiet
        chunk, ended = _read_until_quiet(fd, settle, start_timeout)
        out += chunk
        for k in keys:
            if ended:
                break
            if isinstance(k, float):
                time.sleep(k)
                continue
            os.write(fd, k)
            chunk, ended = _read_until_quiet(fd, settle, step_timeout)
            out += chunk
        if not ended:
            chunk, ended = _read_until_quiet(fd, settle, 2.0)
            out += chunk
    finally:
        status = None
        for _ in range(100):
            p, st = os.waitpid(pid, os.WNOHANG)
            if p:
                status = os.WEXITSTATUS(st) if os.WIFEXITED(st) else -os.WTERMSIG(st)
                break
            time.sleep(0.02)
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        try:
            last_attrs[:] = [termios.tcgetattr(fd)]
        except termios.error:
            last_attrs[:] = []
        os.close(fd)
    return out, status


def after_banner(out):
    """The transcript from the first prompt on (banners differ)."""
    i = out.find(b'>>> ')
    return out if i < 0 else out[i:]
