"""The platform module, MicroPython's shapes: platform() is
'<system>-<version>-<machine>--with-<libc><libc version>' (e.g.
'Linux-0.1.0-x86_64--with-glibc2.36'), python_compiler() 'GCC 12.2.0',
libc_ver() ('glibc', '2.36') or ('', '') for another libc.  As in
MicroPython every value is fixed when the binary is built (here: probed from
the C compiler and the build machine at translation time) and the
functions' arguments are accepted and ignored.
"""
from __future__ import absolute_import

import os

from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from objspace.functionobject import builtin
from objspace.moduleobject import W_ModuleObject

MICROPY_VERSION = '0.1.0'


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(includes=['stdio.h'])
    GLIBC = rffi_platform.DefinedConstantInteger('__GLIBC__')
    GLIBC_MINOR = rffi_platform.DefinedConstantInteger('__GLIBC_MINOR__')
    GNUC = rffi_platform.DefinedConstantInteger('__GNUC__')
    GNUC_MINOR = rffi_platform.DefinedConstantInteger('__GNUC_MINOR__')
    GNUC_PATCH = rffi_platform.DefinedConstantInteger('__GNUC_PATCHLEVEL__')
    CLANG = rffi_platform.Defined('__clang__')

_config = rffi_platform.configure(CConfig)


def _compiler():
    if _config['GNUC'] is None:
        return ''
    name = 'Clang' if _config['CLANG'] else 'GCC'
    return '%s %d.%d.%d' % (name, _config['GNUC'], _config['GNUC_MINOR'] or 0,
                            _config['GNUC_PATCH'] or 0)


def _libc():
    if _config['GLIBC'] is None:
        return '', ''
    return 'glibc', '%d.%d' % (_config['GLIBC'], _config['GLIBC_MINOR'] or 0)


def _platform():
    uname = os.uname()
    lib, ver = _libc()
    return '%s-%s-%s--with-%s%s' % (uname[0], MICROPY_VERSION, uname[4],
                                     lib, ver)

PLATFORM = _platform()
COMPILER = _compiler()
LIBC_LIB, LIBC_VERSION = _libc()


@builtin('platform', 0, -1, keywords=True)
def platform_platform(space, args_w, kwnames):
    return space.newtext(PLATFORM)


@builtin('python_compiler', 0, 0)
def platform_python_compiler(space, args_w, kwnames):
    return space.newtext(COMPILER)


@builtin('libc_ver', 0, -1, keywords=True)
def platform_libc_ver(space, args_w, kwnames):
    return space.newtuple([space.newtext(LIBC_LIB),
                           space.newtext(LIBC_VERSION)])


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('platform'))
    for func in [platform_platform, platform_python_compiler,
                 platform_libc_ver]:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('platform', w_dict)
