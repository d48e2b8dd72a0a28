"""`python support/translate.py <rpython options> targetmicropy.py`: RPython's
translator (`python -m rpython`), minus its start-up removal of rpython/_cache.

rpython/translator/goal/translate.py deletes the shared rpython/_cache directory
when it is imported.  `make test` runs the -O2 and -Ojit translations at once,
so one translation deleted the cache while the other was writing a compiler
probe into it (IOError: No such file or directory: .../_cache/...).  The cache
is keyed by a hash of what it holds, so keeping it is safe.  (Python 2.7.)
"""
import os
import sys

import py

_remove = py.path.local.remove
py.path.local.remove = lambda self, *args, **kwargs: None
try:
    from rpython.translator.goal.translate import main
finally:
    py.path.local.remove = _remove

# RPython's default is 32.4 (bench/RESULTS-size.md, round 3)
INLINE_THRESHOLD = ''

if __name__ == '__main__':
    if '-Ojit' not in sys.argv:
        # the non-JIT flavour: cold code compiled for size (support/coldcode.py)
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import coldcode
        coldcode.install()
        # RPython's inlining threshold for the hot code (none is inlined
        # into cold code): MICROPY_INLINE_THRESHOLD, default INLINE_THRESHOLD
        threshold = os.environ.get('MICROPY_INLINE_THRESHOLD',
                                   INLINE_THRESHOLD)
        if threshold and not [a for a in sys.argv
                              if a.startswith('--inline-threshold')]:
            sys.argv.insert(1, '--inline-threshold=' + threshold)
        # RPython's asserts become no-ops (as RPython's own -O3 and -Omem
        # do; a C build with NDEBUG): ~3,000 checks and raise sites
        if os.environ.get('MICROPY_REMOVE_ASSERTS', '1') != '0':
            sys.argv.insert(1, '--translation-backendopt-remove_asserts')
    main()
