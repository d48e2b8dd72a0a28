"""The os module, as MicroPython's unix port has it: getcwd, chdir,
listdir, ilistdir, mkdir, rmdir, remove, unlink, rename, stat, statvfs,
getenv, putenv, unsetenv, urandom, system, sep (no os.path, no mount/Vfs).

Shapes are MicroPython's: stat() is the 10-tuple (st_mode, st_ino, st_dev,
st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime) of ints;
statvfs() the 10-tuple (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail,
f_files, f_ffree, f_favail, f_flag, f_namemax); ilistdir() yields
(name, type, inode) with type 0x4000 for a directory, 0x8000 for a regular
file (the dirent's d_type << 12; 0 when the file system doesn't say);
getenv/putenv/unsetenv act on the process environment itself.  Errors are
OSError(errno) ("[Errno 2] ENOENT"), without CPython's subclasses and file
names.
"""
from __future__ import absolute_import

import os

from rpython.rlib import rposix_scandir, rurandom
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import assert_str0

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.modules.io import fspath, oserror


def _key(space, text):
    """An environment variable name or value: no NUL bytes."""
    assert text is not None
    if '\x00' in text:
        raise space.value_error("embedded null byte")
    return assert_str0(text)


def _names_like(space, w_path, names):
    """listdir's names, bytes when the path was bytes."""
    from objspace.bytesobject import W_BytesObject
    if isinstance(w_path, W_BytesObject):
        return space.newlist([space.newbytes(n) for n in names])
    return space.newlist([space.newtext(n) for n in names])


@unwrap_spec('getcwd')
def os_getcwd(space):
    try:
        return space.newtext(os.getcwd())
    except OSError as e:
        raise oserror(space, e.errno)


@unwrap_spec('chdir', 'obj')
def os_chdir(space, w_path):
    path = fspath(space, w_path)
    try:
        os.chdir(path)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


@unwrap_spec('listdir', opt('obj_or_none', None))
def os_listdir(space, w_path):
    """listdir(path='.'): the names in a directory, without '.' and '..',
    in the order the file system gives them."""
    path = '.' if w_path is None else fspath(space, w_path)
    try:
        names = os.listdir(path)
    except OSError as e:
        raise oserror(space, e.errno)
    if w_path is None:
        return space.newlist([space.newtext(n) for n in names])
    return _names_like(space, w_path, names)


@unwrap_spec('ilistdir', opt('obj_or_none', None))
def os_ilistdir(space, w_path):
    """ilistdir(path='.'): an iterator of (name, type, inode)."""
    path = '.' if w_path is None else fspath(space, w_path)
    from objspace.bytesobject import W_BytesObject
    as_bytes = isinstance(w_path, W_BytesObject)
    items_w = []
    try:
        dirp = rposix_scandir.opendir(path)
    except OSError as e:
        raise oserror(space, e.errno)
    try:
        while True:
            entry = rposix_scandir.nextentry(dirp)
            if not entry:
                break
            name = rposix_scandir.get_name_bytes(entry)
            if name == '.' or name == '..':
                continue
            kind = rposix_scandir.get_known_type(entry)
            inode = intmask(rposix_scandir.get_inode(entry))
            if as_bytes:
                w_name = space.newbytes(name)
            else:
                w_name = space.newtext(name)
            items_w.append(space.newtuple([w_name, space.newint(kind << 12),
                                           space.newint(inode)]))
    except OSError as e:
        rposix_scandir.closedir(dirp)
        raise oserror(space, e.errno)
    rposix_scandir.closedir(dirp)
    return space.iter(space.newlist(items_w))


@unwrap_spec('mkdir', 'obj', opt('int', 0777))
def os_mkdir(space, w_path, mode):
    path = fspath(space, w_path)
    try:
        os.mkdir(path, mode)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


@unwrap_spec('rmdir', 'obj')
def os_rmdir(space, w_path):
    path = fspath(space, w_path)
    try:
        os.rmdir(path)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


def _unlink(space, w_path):
    path = fspath(space, w_path)
    try:
        os.unlink(path)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


@unwrap_spec('remove', 'obj')
def os_remove(space, w_path):
    return _unlink(space, w_path)


@unwrap_spec('unlink', 'obj')
def os_unlink(space, w_path):
    return _unlink(space, w_path)


@unwrap_spec('rename', 'obj', 'obj')
def os_rename(space, w_src, w_dst):
    src = fspath(space, w_src)
    dst = fspath(space, w_dst)
    try:
        os.rename(src, dst)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


@unwrap_spec('stat', 'obj')
def os_stat(space, w_path):
    """stat(path): MicroPython's 10-tuple of ints (times in seconds)."""
    path = fspath(space, w_path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise oserror(space, e.errno)
    fields = [st.st_mode, intmask(st.st_ino), intmask(st.st_dev),
              st.st_nlink, st.st_uid, st.st_gid, intmask(st.st_size),
              int(st.st_atime), int(st.st_mtime), int(st.st_ctime)]
    return space.newtuple([space.newint(v) for v in fields])


@unwrap_spec('statvfs', 'obj')
def os_statvfs(space, w_path):
    path = fspath(space, w_path)
    try:
        st = os.statvfs(path)
    except OSError as e:
        raise oserror(space, e.errno)
    fields = [st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail,
              st.f_files, st.f_ffree, st.f_favail, st.f_flag, st.f_namemax]
    return space.newtuple([space.newint(intmask(v)) for v in fields])


@unwrap_spec('getenv', 'text', opt('obj', None))
def os_getenv(space, key, w_default):
    """getenv(key, default=None): the variable's value, or default."""
    value = os.environ.get(_key(space, key))
    if value is None:
        if w_default is None:
            return space.w_None
        return w_default
    return space.newtext(value)


@unwrap_spec('putenv', 'text', 'text')
def os_putenv(space, key, value):
    if not key or '=' in key:
        raise space.value_error("illegal environment variable name")
    try:
        os.environ[_key(space, key)] = _key(space, value)
    except OSError as e:
        raise oserror(space, e.errno)
    return space.w_None


@unwrap_spec('unsetenv', 'text')
def os_unsetenv(space, key):
    key = _key(space, key)
    try:
        if os.environ.get(key) is not None:
            del os.environ[key]
    except OSError as e:
        raise oserror(space, e.errno)
    except KeyError:
        pass
    return space.w_None


@unwrap_spec('urandom', 'int')
def os_urandom(space, n):
    """urandom(n): n random bytes from the kernel."""
    if n < 0:
        raise space.value_error("negative argument not allowed")
    try:
        return space.newbytes(rurandom.urandom(None, n))
    except OSError as e:
        raise oserror(space, e.errno)


@unwrap_spec('system', 'text')
def os_system(space, command):
    """system(command): run it with /bin/sh; its wait status."""
    space.flush_stdout()
    try:
        return space.newint(os.system(_key(space, command)))
    except OSError as e:
        raise oserror(space, e.errno)


FUNCTIONS = [os_getcwd, os_chdir, os_listdir, os_ilistdir, os_mkdir,
             os_rmdir, os_remove, os_unlink, os_rename, os_stat, os_statvfs,
             os_getenv, os_putenv, os_unsetenv, os_urandom, os_system]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('os'))
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    w_dict.setitem(space.newtext('sep'), space.newtext('/'))
    return W_ModuleObject('os', w_dict)
