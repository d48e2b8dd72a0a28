# errno: the constants MicroPython has (and more), errorcode
import errno

names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES',
         'EEXIST', 'ENODEV', 'EISDIR', 'EINVAL', 'EOPNOTSUPP', 'EADDRINUSE',
         'ECONNABORTED', 'ECONNRESET', 'ENOBUFS', 'ENOTCONN', 'ETIMEDOUT',
         'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS',
         'ESRCH', 'EINTR', 'ENXIO', 'E2BIG', 'ECHILD', 'EFAULT', 'EBUSY',
         'EXDEV', 'ENOTDIR', 'ENFILE', 'EMFILE', 'ENOTTY', 'EFBIG', 'ENOSPC',
         'ESPIPE', 'EROFS', 'EMLINK', 'EPIPE', 'EDOM', 'ERANGE', 'ENOSYS',
         'ENOTEMPTY', 'ELOOP', 'EWOULDBLOCK', 'ENAMETOOLONG', 'EPROTO',
         'EOVERFLOW', 'EILSEQ', 'ENOTSOCK', 'EMSGSIZE', 'EAFNOSUPPORT',
         'EADDRNOTAVAIL', 'ENETDOWN', 'ENETUNREACH', 'EISCONN', 'ESHUTDOWN',
         'EHOSTDOWN', 'ECANCELED', 'ENOTSUP', 'ENOTBLK', 'ETXTBSY']
for name in names:
    value = getattr(errno, name)
    print(name, value, type(value).__name__)
for name in names:
    if name not in ('EOPNOTSUPP', 'ENOTSUP'):
        print(errno.errorcode[getattr(errno, name)], end=' ')
print()
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EOPNOTSUPP == errno.ENOTSUP)
print(type(errno.errorcode).__name__, errno.errorcode.get(99999))
print(errno.ENOENT in errno.errorcode, errno.errorcode[2], errno.errorcode[22])
try:
    errno.errorcode[0]
except KeyError:
    print('KeyError')
from errno import EINVAL, ENOENT
print(EINVAL, ENOENT)
