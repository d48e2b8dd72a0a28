import hashlib

# known test vectors
for name in ['md5', 'sha1', 'sha256']:
    ctor = getattr(hashlib, name)
    print(name, ctor().hexdigest())
    print(name, ctor(b'abc').hexdigest())
    print(name, ctor(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
    print(name, ctor(b'The quick brown fox jumps over the lazy dog').digest())

# block boundaries: 55, 56, 63, 64, 65 bytes and incremental updates
for n in [55, 56, 63, 64, 65, 119, 120, 128, 1000]:
    data = bytes(i % 251 for i in range(n))
    for name in ['md5', 'sha1', 'sha256']:
        whole = getattr(hashlib, name)(data).hexdigest()
        h = getattr(hashlib, name)()
        for i in range(0, n, 7):
            h.update(data[i:i + 7])
        print(n, name, whole == h.hexdigest(), whole[:16])

# update after digest, copy, attributes, bytes-like arguments
h = hashlib.sha256(b'ab')
d1 = h.digest()
h.update(b'c')
print(d1 == hashlib.sha256(b'ab').digest(), h.hexdigest() == hashlib.sha256(b'abc').hexdigest())
c = h.copy()
c.update(b'def')
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), c.hexdigest() == hashlib.sha256(b'abcdef').hexdigest())
for name in ['md5', 'sha1', 'sha256']:
    h = getattr(hashlib, name)(bytearray(b'xyz'))
    h.update(memoryview(b'123'))
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()),
          h.digest() == getattr(hashlib, name)(b'xyz123').digest())

# errors
for bad in ['abc', 5, None, [1]]:
    try:
        hashlib.sha256(bad)
    except TypeError:
        print('TypeError')
try:
    hashlib.md5().update('x')
except TypeError:
    print('TypeError')
try:
    hashlib.sha1(b'a', b'b')
except TypeError:
    print('TypeError')
