"""Modules written in Python 3 and frozen into the binary: every .py file
under lib/ (lib/foo.py is module foo, lib/pkg/__init__.py package pkg), as
MicroPython freezes its `.frozen` modules.

They are compiled by our own compiler when the space is built, i.e. at
translation time, so the binary carries their code objects and starts
without parsing them; `import` finds them through the `.frozen` entry of
sys.path (objspace/importing.py), as files named `.frozen/<path>`.
"""
import os

LIB_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))), 'lib')


def frozen_sources():
    """{'.frozen/<relative path>': source bytes} for lib/**/*.py."""
    sources = {}
    if not os.path.isdir(LIB_DIR):
        return sources
    for root, dirs, files in os.walk(LIB_DIR):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, LIB_DIR).replace(os.sep, '/')
            with open(path, 'rb') as f:
                sources['.frozen/' + rel] = f.read()
    return sources


def compile_frozen(space):
    """{'.frozen/<path>': W_Code}: the frozen modules compiled (at
    translation time; a compile error stops the build)."""
    from interp.parser import parse
    from interp.compiler import compile_ast
    codes = {}
    for filename, source in frozen_sources().items():
        tree = parse(source, 'exec')
        codes[filename] = compile_ast(space, tree, filename, 'exec')
    return codes
