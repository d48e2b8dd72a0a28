# MicroPython's u-prefixed names of the data modules are the same modules
import ustruct, struct, ubinascii, binascii, uhashlib, hashlib, ujson, json, uarray, array
print(ustruct is struct, ubinascii is binascii, uhashlib is hashlib, ujson is json, uarray is array)
print(ustruct.pack('<hb', 1, 2), ubinascii.hexlify(b'\x01\x02'), ujson.dumps([1, "a"]), uarray.array('b', [1, -1]))
print(uhashlib.sha256(b'abc').digest()[:4])
