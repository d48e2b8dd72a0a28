"""Compare the CPU time of builds of micropy on bench/programs (for size work).

    python3 bench/cpu_compare.py [--rounds 5] [--only fib,nbody] [--size N] BIN [BIN ...]

Runs every program (at the size in SIZES, or --size N for all) on each
binary, interleaved round by round so that a busy machine slows all alike,
and prints per program the best user+sys CPU seconds of each binary and the
ratio to the first binary, then the sums and the geometric mean of the ratios.
A shared, loaded machine makes single runs noisy: the minimum over rounds is
the figure to compare.
"""
import argparse
import math
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs')

# About 0.2-0.4 s each on the non-JIT micropy (a program's default is often
# too short to time).
SIZES = {
    'calls': 300000, 'deltablue': 20, 'exceptions': 300000, 'fib': 29,
    'generators': 2000000, 'int_loop': 3000000, 'json_roundtrip': 40000,
    'mandelbrot': 160, 'nbody': 20000, 'nqueens': 10, 'pidigits': 2000,
    'raytrace': 150, 'regex': 200000, 'richards': 2, 'scheduler': 30000,
    'sorting': 50000, 'spectral_norm': 120, 'strings': 200000,
    'struct_pack': 200000, 'wordcount': 300000,
}


def cpu_of(argv, cwd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    ok = p.returncode == 0 and b' ok' in p.stdout
    t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return t, ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rounds', type=int, default=5)
    ap.add_argument('--only', default='')
    ap.add_argument('--size', default='')
    ap.add_argument('binaries', nargs='+')
    args = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS)
                   if f.endswith('.py') and not f.startswith('_'))
    if args.only:
        names = [n for n in names if n in args.only.split(',')]
    bins = [os.path.abspath(b) for b in args.binaries]
    best = {}
    for r in range(args.rounds):
        for n in names:
            for b in bins:
                size = args.size or str(SIZES.get(n, ''))
                argv = [b, n + '.py'] + ([size] if size else [])
                t, ok = cpu_of(argv, PROGRAMS)
                if not ok:
                    print('FAILED: %s %s' % (b, n), file=sys.stderr)
                    t = float('inf')
                key = (n, b)
                best[key] = min(best.get(key, t), t)
    print('%-16s' % 'program' + ''.join('%12s' % os.path.basename(b)
                                         for b in bins) + '   ratios')
    sums = [0.0] * len(bins)
    logs = [0.0] * len(bins)
    for n in names:
        row = [best[(n, b)] for b in bins]
        for i, t in enumerate(row):
            sums[i] += t
            logs[i] += math.log(t / row[0])
        print('%-16s' % n + ''.join('%12.3f' % t for t in row) + '   ' +
              ' '.join('%.2f' % (t / row[0]) for t in row[1:]))
    print('%-16s' % 'sum' + ''.join('%12.3f' % s for s in sums) + '   ' +
          ' '.join('%.2f' % (s / sums[0]) for s in sums[1:]))
    print('%-16s' % 'geomean ratio' + ' ' * (12 * len(bins)) + '   ' +
          ' '.join('%.3f' % math.exp(l / len(names)) for l in logs[1:]))


if __name__ == '__main__':
    main()
