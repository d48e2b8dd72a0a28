"""The hashlib module: md5 (rlib's rmd5), sha1 (rlib's rsha) and sha256
(objspace/modules/sha256.py).

hashlib.X is the hash type itself; X(data=b'') makes an object with
update, digest, hexdigest, copy and the attributes name, digest_size and
block_size.  Behaviour: CPython's (digest() doesn't finalize the object, so
update may follow, where MicroPython says "hash is final"; str data is a
TypeError where MicroPython hashes its UTF-8).
"""
from __future__ import absolute_import

from rpython.rlib.rmd5 import RMD5
from rpython.rlib.rsha import RSHA

from objspace.baseobject import W_Root, TypeDef
from objspace.gateway import unwrap_spec
from objspace.moduleobject import W_ModuleObject
from objspace.bytesobject import W_BytesObject
from objspace.strobject import W_StrObject
from objspace.memoryviewobject import get_buffer
from objspace.modules.sha256 import RSHA256


def _data(space, w_data):
    if isinstance(w_data, W_BytesObject):
        return w_data.value
    if isinstance(w_data, W_StrObject):
        raise space.type_error("Strings must be encoded before hashing")
    buf = get_buffer(space, w_data)
    if buf is None:
        raise space.type_error("object supporting the buffer API required")
    return buf.as_str()


class W_Hash(W_Root):
    """Base of the three hash types."""
    NAME = ''
    DIGEST_SIZE = 0

    def update_str(self, s):
        raise NotImplementedError

    def digest_str(self):
        raise NotImplementedError

    def hexdigest_str(self):
        raise NotImplementedError

    def copy_hash(self):
        raise NotImplementedError

    def getattr_builtin(self, space, name):
        if name == 'name':
            return space.newtext(self.NAME)
        if name == 'digest_size':
            return space.newint(self.DIGEST_SIZE)
        if name == 'block_size':
            return space.newint(64)
        return None

    def repr_w(self, space):
        return '<%s HASH object>' % self.NAME


class W_MD5(W_Hash):
    NAME = 'md5'
    DIGEST_SIZE = 16

    def __init__(self, impl):
        self.impl = impl

    def update_str(self, s):
        self.impl.update(s)

    def digest_str(self):
        return self.impl.digest()

    def hexdigest_str(self):
        return self.impl.hexdigest()

    def copy_hash(self):
        return W_MD5(self.impl.copy())


class W_SHA1(W_Hash):
    NAME = 'sha1'
    DIGEST_SIZE = 20

    def __init__(self, impl):
        self.impl = impl

    def update_str(self, s):
        self.impl.update(s)

    def digest_str(self):
        return self.impl.digest()

    def hexdigest_str(self):
        return self.impl.hexdigest()

    def copy_hash(self):
        return W_SHA1(self.impl.copy())


class W_SHA256(W_Hash):
    NAME = 'sha256'
    DIGEST_SIZE = 32

    def __init__(self, impl):
        self.impl = impl

    def update_str(self, s):
        self.impl.update(s)

    def digest_str(self):
        return self.impl.digest()

    def hexdigest_str(self):
        return self.impl.hexdigest()

    def copy_hash(self):
        return W_SHA256(self.impl.copy())


def _initial(space, args_w, kwnames):
    """The data argument (positional or `data=`/`string=`) of a
    constructor, '' when absent."""
    w_data = None
    npos = len(args_w)
    if kwnames is not None:
        npos -= len(kwnames)
        for i in range(len(kwnames)):
            if kwnames[i] == 'data' or kwnames[i] == 'string':
                w_data = args_w[npos + i]
            elif kwnames[i] != 'usedforsecurity':
                raise space.type_error("unexpected keyword argument '%s'"
                                       % kwnames[i])
    if npos > 1:
        raise space.type_error("function takes at most 1 positional "
                               "argument")
    if npos == 1:
        w_data = args_w[0]
    if w_data is None:
        return ''
    return _data(space, w_data)


def _md5_new(space, w_type, args_w, kwnames):
    return W_MD5(RMD5(_initial(space, args_w, kwnames)))


def _sha1_new(space, w_type, args_w, kwnames):
    return W_SHA1(RSHA(_initial(space, args_w, kwnames)))


def _sha256_new(space, w_type, args_w, kwnames):
    return W_SHA256(RSHA256(_initial(space, args_w, kwnames)))


@unwrap_spec('update', W_Hash, 'obj')
def hash_update(space, w_self, w_data):
    w_self.update_str(_data(space, w_data))
    return space.w_None


@unwrap_spec('digest', W_Hash)
def hash_digest(space, w_self):
    return space.newbytes(w_self.digest_str())


@unwrap_spec('hexdigest', W_Hash)
def hash_hexdigest(space, w_self):
    return space.newtext(w_self.hexdigest_str())


@unwrap_spec('copy', W_Hash)
def hash_copy(space, w_self):
    return w_self.copy_hash()


_METHODS = {
    'update': hash_update.w_builtin,
    'digest': hash_digest.w_builtin,
    'hexdigest': hash_hexdigest.w_builtin,
    'copy': hash_copy.w_builtin,
}
W_Hash.typedef = TypeDef('HASH', methods=_METHODS)
W_MD5.typedef = TypeDef('md5', base=W_Hash.typedef, new=_md5_new)
W_SHA1.typedef = TypeDef('sha1', base=W_Hash.typedef, new=_sha1_new)
W_SHA256.typedef = TypeDef('sha256', base=W_Hash.typedef, new=_sha256_new)

# the types the space builds (objspace/space.py, BUILTIN_TYPES)
TYPES = [W_Hash, W_MD5, W_SHA1, W_SHA256]


def make_module(space):
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('hashlib'))
    set('md5', W_MD5.typedef.w_type)
    set('sha1', W_SHA1.typedef.w_type)
    set('sha256', W_SHA256.typedef.w_type)
    return W_ModuleObject('hashlib', w_dict)
