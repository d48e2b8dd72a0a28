# int(str, base): prefixes, underscores, whitespace, signs, bases 0 and 2-36.
def show(x):
    if isinstance(x, str):
        return [ord(c) for c in x] if len(x) < 10 else x
    return repr(x)


def t(*args):
    try:
        print(show(args[0]), args[1:], int(*args))
    except ValueError:
        print(show(args[0]), args[1:], 'ValueError')
    except TypeError:
        print(show(args[0]), args[1:], 'TypeError')

for s in ['0', '-0', '+0', '00', '000', '007', '123', '-123', '+123', ' 42 ', '\t\n42\r\x0b\x0c', '1_000',
          '1__000', '_1', '1_', '- 1', '+-1', '--1', '', ' ', '+', '-', '1.5', '1e3', '0x10', 'abc',
          '١٢٣', '\u00a012\u2003', '12\u00e9', '9' * 30, '-' + '9' * 30, '1 2', '0_0', '٣_٣']:
    t(s)
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 16), ('-0x_ff', 16), ('0x', 16), ('0x_', 16),
             ('0x__1', 16), ('0b101', 2), ('0B11', 2), ('0b2', 2), ('0o17', 8), ('0O17', 8), ('0o8', 8),
             ('17', 8), ('z', 36), ('Zz', 36), ('10', 36), ('0b1', 16), ('0x1', 10), ('0o1', 16),
             ('1', 2), ('2', 2), ('101', 3), ('g', 16), ('0', 0), ('0x1f', 0), ('0o17', 0), ('0b11', 0),
             ('010', 0), ('0_0', 0), ('00', 0), ('0_7', 0), ('1_0', 0), ('-0x10', 0), (' 0b1 ', 0),
             ('12', 1), ('12', 37), ('12', -1), ('12', 100), ('1' * 70, 2), ('z' * 20, 36)]:
    t(s, b)
print(int('10', base=2), int('0x10', base=0), int(' 7 ', 8))
t(12, 10)
t(1.5, 10)
t(None)
class B:
    def __index__(self):
        return 16
print(int('ff', B()))
print(int('0' * 50 + '1'), int('-' + '0' * 30), int('+' + '1' * 25))
