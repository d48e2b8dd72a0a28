# int.to_bytes and int.from_bytes


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for n in [0, 1, 127, 128, 255, 256, 1000, 65535, 65536, 2**31 - 1, 2**32, 2**63 - 1, 2**64 - 1]:
    for order in ['big', 'little']:
        b = n.to_bytes(9, order)
        print(n, order, b, int.from_bytes(b, order), n.to_bytes(10, byteorder=order))

for n in [0, -1, 1, -128, 127, 128, -129, -256, 255, -32768, 32767, -2**63, 2**63 - 1]:
    for order in ['big', 'little']:
        b = n.to_bytes(8, order, signed=True)
        print(n, order, b, int.from_bytes(b, order, signed=True), int.from_bytes(b, order))

big = 3**100
b = big.to_bytes(20, 'big')
print(b, int.from_bytes(b, 'big') == big, int.from_bytes(big.to_bytes(20, 'little'), 'little') == big)
nb = (-big).to_bytes(20, 'little', signed=True)
print(nb, int.from_bytes(nb, 'little', signed=True) == -big)

print((1).to_bytes(), (255).to_bytes(1), (0).to_bytes(0, 'big'), (5).to_bytes(length=2, byteorder='little'))
print(int.from_bytes(b''), int.from_bytes(b'', 'little', signed=True), int.from_bytes(b'\xff'), int.from_bytes(b'\xff', signed=True))
print(int.from_bytes([1, 0]), int.from_bytes(bytearray(b'\x01\x02'), 'little'), int.from_bytes(memoryview(b'\x7f'), 'big'))
print(int.from_bytes((x for x in [2, 1]), 'big'), int.from_bytes(bytes=b'\x10', byteorder='big'), True.to_bytes(1, 'big'))
print((3).from_bytes(b'\x01', 'big'), type(int.from_bytes(b'\x01', 'big')).__name__)
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (2**70).to_bytes(8, 'little'))
t(lambda: int.from_bytes(b'\x01', 'middle'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes([256], 'big'))
t(lambda: int.from_bytes(5, 'big'))
