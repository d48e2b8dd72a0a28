import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b''), binascii.hexlify(b'abc', ':'), binascii.hexlify(b'abc', b'-'))
print(binascii.hexlify(bytearray(b'xy')), binascii.hexlify(memoryview(b'xy')))
print(binascii.unhexlify(b'01abFF'), binascii.unhexlify('6162'), binascii.unhexlify(''))
for a in [b'abc', b'zz', 'xyz', 5]:
    try: print(binascii.unhexlify(a))
    except Exception as e: print(type(e).__name__ if not isinstance(e, ValueError) else "ValueError", isinstance(e, ValueError))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'a'), binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abcd', newline=False))
print(binascii.b2a_base64(bytes(range(256))))
print(binascii.a2b_base64(b'YWJjZA=='), binascii.a2b_base64('YWI='), binascii.a2b_base64(b'YQ==\n'), binascii.a2b_base64(b''))
print(binascii.a2b_base64(binascii.b2a_base64(bytes(range(256)))) == bytes(range(256)))
for a in [b'YWJjZA=', b'Y', b'YW!J']:
    try: print(binascii.a2b_base64(a))
    except Exception as e: print(type(e).__name__ if not isinstance(e, ValueError) else "ValueError", isinstance(e, ValueError))
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'), binascii.crc32(b'a', 0xffffffff))
print(binascii.crc32(bytes(range(256)) * 10))
try: binascii.hexlify('abc')
except Exception as e: print(type(e).__name__ if not isinstance(e, ValueError) else "ValueError", isinstance(e, ValueError))
for a in [b'YWJjZA', b'YWJjZ', b'YW JjZA==', b'Y=Q==', 'é']:
    try: print(binascii.a2b_base64(a))
    except ValueError as e: print('ValueError')
for sep in ['::', b'', 5]:
    try: print(binascii.hexlify(b'ab', sep))
    except Exception as e: print(type(e).__name__)
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40 + 7))
try: binascii.crc32('abc')
except Exception as e: print(type(e).__name__)
