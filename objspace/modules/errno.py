"""The errno module: MicroPython's constants (EPERM ... EINPROGRESS) plus
the other common Linux ones, with the values of the Linux headers
(asm-generic/errno-base.h, errno.h), and `errorcode`, {value: name}.
Where two names share a value (EAGAIN/EWOULDBLOCK, EOPNOTSUPP/ENOTSUP)
errorcode gives the first below, MicroPython's name.

`oserror(space, code)` makes the OSError(code) that builtin modules raise.
"""
from __future__ import absolute_import

from interp.error import OperationError
from objspace.moduleobject import W_ModuleObject

ERRNO_NAMES = [
    ('EPERM', 1), ('ENOENT', 2), ('ESRCH', 3), ('EINTR', 4), ('EIO', 5),
    ('ENXIO', 6), ('E2BIG', 7), ('ENOEXEC', 8), ('EBADF', 9), ('ECHILD', 10),
    ('EAGAIN', 11), ('ENOMEM', 12), ('EACCES', 13), ('EFAULT', 14),
    ('ENOTBLK', 15), ('EBUSY', 16), ('EEXIST', 17), ('EXDEV', 18),
    ('ENODEV', 19), ('ENOTDIR', 20), ('EISDIR', 21), ('EINVAL', 22),
    ('ENFILE', 23), ('EMFILE', 24), ('ENOTTY', 25), ('ETXTBSY', 26),
    ('EFBIG', 27), ('ENOSPC', 28), ('ESPIPE', 29), ('EROFS', 30),
    ('EMLINK', 31), ('EPIPE', 32), ('EDOM', 33), ('ERANGE', 34),
    ('EDEADLK', 35), ('ENAMETOOLONG', 36), ('ENOLCK', 37), ('ENOSYS', 38),
    ('ENOTEMPTY', 39), ('ELOOP', 40), ('EWOULDBLOCK', 11), ('ENOMSG', 42),
    ('ENOSTR', 60), ('ENODATA', 61), ('ETIME', 62), ('ENOSR', 63),
    ('EPROTO', 71), ('EBADMSG', 74), ('EOVERFLOW', 75), ('EILSEQ', 84),
    ('ENOTSOCK', 88), ('EDESTADDRREQ', 89), ('EMSGSIZE', 90),
    ('EPROTOTYPE', 91), ('ENOPROTOOPT', 92), ('EPROTONOSUPPORT', 93),
    ('ESOCKTNOSUPPORT', 94), ('EOPNOTSUPP', 95), ('ENOTSUP', 95),
    ('EPFNOSUPPORT', 96), ('EAFNOSUPPORT', 97), ('EADDRINUSE', 98),
    ('EADDRNOTAVAIL', 99), ('ENETDOWN', 100), ('ENETUNREACH', 101),
    ('ENETRESET', 102), ('ECONNABORTED', 103), ('ECONNRESET', 104),
    ('ENOBUFS', 105), ('EISCONN', 106), ('ENOTCONN', 107),
    ('ESHUTDOWN', 108), ('ETOOMANYREFS', 109), ('ETIMEDOUT', 110),
    ('ECONNREFUSED', 111), ('EHOSTDOWN', 112), ('EHOSTUNREACH', 113),
    ('EALREADY', 114), ('EINPROGRESS', 115), ('ESTALE', 116),
    ('EDQUOT', 122), ('ECANCELED', 125), ('EOWNERDEAD', 130),
    ('ENOTRECOVERABLE', 131),
]
for _name, _value in ERRNO_NAMES:
    globals()[_name] = _value


def errno_name(code):
    """The name of an errno value ('EINVAL'), or None."""
    for name, value in ERRNO_NAMES:
        if value == code:
            return name
    return None


def oserror(space, code):
    """An OperationError for OSError(code), as MicroPython raises it."""
    from objspace.exceptions import W_BaseException
    return OperationError(W_BaseException(space.w_OSError,
                                          [space.newint(code)]))


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('errno'))
    w_errorcode = space.newdict()
    for name, value in ERRNO_NAMES:
        w_value = space.newint(value)
        w_dict.setitem(space.newtext(name), w_value)
        if w_errorcode.getitem(w_value) is None:
            w_errorcode.setitem(w_value, space.newtext(name))
    w_dict.setitem(space.newtext('errorcode'), w_errorcode)
    return W_ModuleObject('errno', w_dict)
