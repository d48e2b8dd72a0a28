# struct's parsed-format cache: the same format again, errors not cached, eviction past 64.
import struct
for f in ['<hhl', '>d', '3s', 'ii', '<hhl']:
    print(struct.calcsize(f))
print(struct.pack('<hhl', 1, 2, 3), struct.unpack('<hhl', struct.pack('<hhl', 1, 2, 3)))
try:
    struct.calcsize('z')
except Exception as e:
    print(type(e).__name__)
try:
    struct.calcsize('z')
except Exception as e:
    print(type(e).__name__)
for i in range(100):
    struct.calcsize('<%dh' % i)
print(struct.calcsize('<hhl'), struct.calcsize('<99h'))
