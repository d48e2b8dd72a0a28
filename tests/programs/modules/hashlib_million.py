# micropy: slow
import hashlib
h = hashlib.sha256()
chunk = b'a' * 1000
for i in range(1000):
    h.update(chunk)
print(h.hexdigest())
print(hashlib.sha1(b'a' * 1000000).hexdigest())
print(hashlib.md5(b'a' * 1000000).hexdigest())
