# bool: the int subclass with two values.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__)

print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int), bool.__mro__[1] is int)
print(True + 1, True + True, True * 5, False - 1, -True, +True, ~True, ~False, abs(True), True / 2, True // 2)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(type(True & True).__name__, type(True | 0).__name__, type(True ^ 1).__name__, type(True + False).__name__)
print(True & 3, 3 & True, True | 2, 2 ^ True, True << 3, True >> 1, True ** 10, 2 ** True, True % 2)
print(True == 1, False == 0, True == 1.0, True is True, True != False, True < 2, False < True, True > 0.5)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(''), bool('a'), bool([]), bool([0]))
print(bool(None), bool(0j), bool(1j), bool(2 ** 100), bool({}), bool(()), bool(range(0)), bool(float('nan')))
print(hash(True), hash(False), int(True), float(True), complex(True), str(True), round(True), round(False, 2))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print({True: 1, 1: 2, 1.0: 3}, {False: 'a', 0: 'b'}, [1, 2, 3][True], 'ab'[False])
print(sum([True, True, False, True]), max(True, 0), min(False, -1), divmod(True, True), pow(True, 5))
class C:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(C()), bool(L()), not C(), not L(), bool(object()))
t(lambda: True / False)
t(lambda: True // False)
t(lambda: bool(1, 2))
print(True and 5, False or 7, not True, not 0)
