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

if __name__ == '__main__':
    if '-Ojit' not in sys.argv:
        # the non-JIT flavour: cold code compiled for size (support/coldcode.py)
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import coldcode
        coldcode.install()
    main()
