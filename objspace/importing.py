"""The import system: `import a.b.c`, `from . import x`, packages, sys.path.

Resolution as CPython 3 and MicroPython do it: sys.modules first, then the
builtin modules (sys, micropython, ...; `utime` etc. name the same module
objects as `time`, see U_ALIASED), then each directory of sys.path
(`name.py`, or a package `name/__init__.py`; a directory without one is a
namespace package).  Submodules are searched in the package's __path__.  A
module is in sys.modules while its body runs, so circular imports see the
partly initialised module.  Errors: ImportError in MicroPython's words
("no module named 'x'", "cannot import name 'x'").
"""
import os

from interp.error import OperationError
from objspace.moduleobject import W_ModuleObject
from objspace.strobject import W_StrObject
from objspace.listobject import W_ListObject


def import_name(space, name, w_globals, w_fromlist, level):
    """What IMPORT_NAME pushes: the top package for `import a.b` (empty
    fromlist, no level), the named module otherwise."""
    if level > 0:
        name = resolve_relative(space, name, w_globals, level)
    elif not name:
        raise space.value_error("Empty module name")
    w_module = import_dotted(space, name)
    if level == 0 and (w_fromlist is None or space.is_none(w_fromlist)
                       or not space.is_true(w_fromlist)):
        dot = name.find('.')
        if dot >= 0:
            assert dot >= 0
            return space.sys_modules_get(name[:dot])
    return w_module


def resolve_relative(space, name, w_globals, level):
    """The absolute name of a relative import (PEP 328)."""
    w_package = w_globals.getitem(space.newtext('__package__'))
    package = ''
    if w_package is not None and isinstance(w_package, W_StrObject):
        package = w_package.utf8
    else:
        w_name = w_globals.getitem(space.newtext('__name__'))
        if w_name is not None and isinstance(w_name, W_StrObject):
            package = w_name.utf8
            if w_globals.getitem(space.newtext('__path__')) is None:
                package = parent_name(package)
    if not package:
        raise space.error(space.w_ImportError,
                          "attempted relative import with no known parent package")
    for i in range(level - 1):
        if package.rfind('.') < 0:
            raise space.error(space.w_ImportError,
                              "attempted relative import beyond top-level package")
        package = parent_name(package)
    if name:
        return package + '.' + name
    return package


def parent_name(name):
    """'a.b' for 'a.b.c'; '' for a top-level name."""
    dot = name.rfind('.')
    if dot < 0:
        return ''
    assert dot >= 0
    return name[:dot]


def import_dotted(space, fullname):
    """Import every package on the way to fullname; return the last."""
    parts = fullname.split('.')
    w_parent = None
    prefix = ''
    for part in parts:
        if not part:
            raise space.error(space.w_ImportError, "no module named '%s'"
                              % fullname)
        prefix = part if not prefix else prefix + '.' + part
        w_module = space.sys_modules_get(prefix)
        if w_module is None:
            w_module = load_module(space, prefix, part, w_parent)
            if w_parent is not None:
                space.setattr(w_parent, part, w_module)
        w_parent = w_module
    return w_parent


def load_module(space, fullname, shortname, w_parent):
    """Find and run the module `fullname` (not yet in sys.modules)."""
    if w_parent is None:
        w_builtin = builtin_module(space, fullname)
        if w_builtin is not None:
            space.sys_modules_set(fullname, w_builtin)
            return w_builtin
        dirs = path_entries(space, space.getattr(space.sys_module, 'path'))
    else:
        w_path = space.findattr(w_parent, '__path__')
        if w_path is None:
            raise space.error(space.w_ImportError, "no module named '%s'"
                              % fullname)
        dirs = path_entries(space, w_path)
    for directory in dirs:
        base = directory + '/' + shortname if directory else shortname
        if directory == '.frozen':
            w_module = load_frozen(space, fullname, base)
            if w_module is not None:
                return w_module
            continue
        init = base + '/__init__.py'
        if is_file(init):
            return run_module_file(space, fullname, init, base)
        if is_file(base + '.py'):
            return run_module_file(space, fullname, base + '.py', None)
        if is_dir(base):
            # a namespace package: a directory without __init__.py
            return new_module(space, fullname, None, base)
    raise space.error(space.w_ImportError, "no module named '%s'" % fullname)


# MicroPython's extensible builtin modules, importable as `u` + name too
# (`import utime` gives the module `time`); others (micropython, gc, math,
# builtins) are not
U_ALIASED = ['array', 'binascii', 'collections', 'errno', 'hashlib', 'heapq',
             'io', 'json', 'os', 'platform', 'random', 're', 'select',
             'socket', 'ssl', 'struct', 'sys', 'time', 'zlib']


def builtin_module(space, name):
    """The builtin module `name` (or the one it's the u-alias of), or
    None."""
    w_module = space.builtin_module(name)
    if w_module is None and name.startswith('u') and name[1:] in U_ALIASED:
        w_module = space.builtin_module(name[1:])
    return w_module


def path_entries(space, w_path):
    if not isinstance(w_path, W_ListObject):
        return []
    dirs = []
    for w_entry in w_path.items_w:
        if isinstance(w_entry, W_StrObject):
            dirs.append(w_entry.utf8)
    return dirs


def file_type(path):
    """The S_IFMT bits of path's mode (stat(2)), or -1 if it can't be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return -1
    return st.st_mode & 0o170000


def is_file(path):
    return file_type(path) == 0o100000


def is_dir(path):
    return file_type(path) == 0o040000


def new_module(space, fullname, filename, package_dir):
    """An empty module registered in sys.modules."""
    w_dict = space.newdict()
    w_dict.enable_versioning()
    w_dict.setitem(space.newtext('__name__'), space.newtext(fullname))
    if filename is not None:
        w_dict.setitem(space.newtext('__file__'), space.newtext(filename))
    if package_dir is not None:
        w_dict.setitem(space.newtext('__path__'),
                       space.newlist([space.newtext(package_dir)]))
        w_dict.setitem(space.newtext('__package__'), space.newtext(fullname))
    w_module = W_ModuleObject(fullname, w_dict)
    space.sys_modules_set(fullname, w_module)
    return w_module


def load_frozen(space, fullname, base):
    """The frozen module or package at `base` ('.frozen/<path>', see
    objspace/frozen.py), run as `fullname`; None if there is none."""
    init = base + '/__init__.py'
    code = space.frozen_modules.get(init, None)
    if code is not None:
        return run_module_code(space, fullname, init, base, code)
    filename = base + '.py'
    code = space.frozen_modules.get(filename, None)
    if code is not None:
        return run_module_code(space, fullname, filename, None, code)
    return None


def run_module_file(space, fullname, filename, package_dir):
    """Compile and run a module's source file as module `fullname`."""
    from interp.main import read_file
    try:
        source = read_file(filename)
    except OSError:
        raise space.error(space.w_ImportError, "no module named '%s'"
                          % fullname)
    return run_module_code(space, fullname, filename, package_dir, None,
                           source)


def run_module_code(space, fullname, filename, package_dir, code,
                    source=None):
    """Run a module's code object (or compile its source first) as
    module `fullname`, registered in sys.modules while it runs."""
    from interp.main import compile_source
    from interp.frame import Frame
    w_module = new_module(space, fullname, filename, package_dir)
    try:
        if code is None:
            code = compile_source(space, source, filename, 'exec')
        frame = Frame(space, code, w_module.w_dict, None)
        frame.run()
    except OperationError:
        space.sys_modules_del(fullname)
        raise
    return w_module


def import_from(space, w_module, name):
    """IMPORT_FROM: an attribute of the module, or its submodule `name`."""
    w_value = space.findattr(w_module, name)
    if w_value is not None:
        return w_value
    if isinstance(w_module, W_ModuleObject) and \
            w_module.w_dict.getitem(space.newtext('__path__')) is not None:
        try:
            return import_dotted(space, w_module.name + '.' + name)
        except OperationError as e:
            if not e.match(space, space.w_ImportError):
                raise
    raise space.error(space.w_ImportError, "cannot import name '%s'" % name)


def import_star(space, w_module, w_locals):
    """`from m import *`: m.__all__, or every name not starting with '_'."""
    if not isinstance(w_module, W_ModuleObject):
        raise space.type_error("import * needs a module")
    w_dict = w_module.w_dict
    w_all = w_dict.getitem(space.newtext('__all__'))
    if w_all is not None:
        for w_name in space.unpackiterable(w_all):
            w_locals.setitem(w_name, space.getattr(w_module, space.text_w(w_name)))
        return
    for w_key, w_value in w_dict.storage.iteritems():
        if isinstance(w_key, W_StrObject) and not w_key.utf8.startswith('_'):
            w_locals.setitem(w_key, w_value)
