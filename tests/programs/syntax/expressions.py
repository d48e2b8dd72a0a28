# Expressions: operators and precedence, comparisons, conditionals, lambda,
# walrus, comprehensions, starred and ** unpacking, slices, f-strings.
print(2 + 3 * 4 ** 2 // 5 % 7 - -1, (2 + 3) * 4, 2 ** -1, -2 ** 2, ~5, +3)
print(1 << 3 | 1 & 3 ^ 6, 7 // 2, -7 // 2, 7 % -3, 7 / 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, 'a' in 'abc', 3 not in [1, 2],
      None is None, 1 is not None)
print(not 1, not 0, 1 and 2, 0 and 2, 0 or 3, 1 or 3, None or [] or 'last')
print('yes' if 1 else 'no', 'yes' if 0 else 'no' if 0 else 'neither')
sq = lambda v, w=2: v ** w
print(sq(3), sq(2, 3), (lambda *a, **k: (a, k))(1, x=2), (lambda: 7)())
if (n := 10) > 5:
    print('walrus', n)
data = [y for x in range(5) if (y := x * x) % 2 == 0]
print(data, y)
print([x * y for x in range(3) for y in range(3) if x != y])
print([[x, y] for x in range(2) for y in range(x)])
print({x % 3 for x in range(10)}, {x: x * x for x in range(4)})
print(sum(x for x in range(10) if x % 2), list(x for x in 'ab'))
print([(i, j) for i in range(3) if i for j in range(i) if j < 1])
first, *rest = [1, 2, 3]
print(first, rest, [*rest, *'ab'], (*rest,), sorted({*rest, 9}), {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4,), k=1, **{'z': 2}, **{'y': 3}))
s = list(range(10))
print(s[2:8:2], s[::-1], s[-3:], s[:-7], s[::3], s[5:1:-2], s[:], s[100:])
print('abcdef'[1::2], (1, 2, 3)[::-1])
w = 7
print(f'{w}', f'{w!r}', f'{"s"!r}', f'{w:>5}|', f'{w:0{w}d}', f'{3.14159:.{2}f}')
print(f'{w=}', f'{w + 1 = }', f'{{literal}}', f'{"nested {}".format(1)}')
print(f'''{
    w * 2
}''', f'{[x for x in range(3)]}', f"{'a' if w else 'b'}", f'{w:#x}', f'{w!s:^5}')
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
m = M(3) @ M(4)
print(m.v)
m @= M(1)
print(m.v)
print(..., type(...).__name__)
d = {'a': [1, {'b': (2, 3)}]}
print(d['a'][1]['b'][-1], len(d), d.get('zz', 'dflt'))
print((1, 2) < (1, 3), [1, 2] == [1, 2], 'abc' < 'abd', (1,) + (2,) * 2)
print(((((((((((1)))))))))), [[[[[[[[[[2]]]]]]]]]])
t = 1,
print(t, (), (1,), [], {}, set())
