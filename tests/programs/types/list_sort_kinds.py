# sorted()/list.sort() on exact ints, floats (nan, -0.0), strs (non-ASCII), mixed
# and subclass (bool) items, int keys, reverse stability, key call order.

class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
for data in ([3,1,2,1,-5,10**20 and 7, 0], [1.5, float('nan'), -2.0, 0.0, -0.0, 3.25], ['b', 'a', 'é', 'z', 'ab', '', '\u4e2d', 'A'],
             [True, 2, 0, False, 1], [1, 2.5, 0, -1.5], [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'a')], [], [5]):
    print(sorted(data), sorted(data, reverse=True))
    print(sorted(data, key=lambda x: 0))
    print(sorted(data, key=lambda x: 0, reverse=True))

xs = [(i * 7919) % 101 for i in range(300)]
pairs = [(x % 10, i) for i, x in enumerate(xs)]
print(sorted(pairs, key=lambda t: t[0]) == sorted(pairs, key=lambda t: t[0]))
s1 = sorted(pairs, key=lambda t: t[0]); print(s1[:12])
s2 = sorted(pairs, key=lambda t: -t[0], reverse=True); print(s2[:12])
print([k.v for k in sorted([K(3), K(1), K(2)])])
order = []
def key(x):
    order.append(x); return -x
print(sorted([3, 1, 2], key=key, reverse=True), order)
print(sorted([10**30, 5, -10**30]), sorted(['x', 'y'], key=len))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError')
l = [3, 2, 1]
l.sort(key=lambda v: -v); print(l)

# int sorts run on packed (key - min, index) words when the range allows:
# extremes of the int range (no packing), wide and narrow ranges, equal big
# ints keep their identity and order, stability with reverse and int keys
print(sorted([3, -2**63, 2**63 - 1, 0, -1]), sorted([2**62, -2**62, 7]))
print(sorted([2**40 + 3, -2**40, 2**40 + 3, 11], reverse=True))
a, b, c = 10**9 + 1, 10**9 + 1, 10**9 + 1
if a is not b:   # distinct objects (always, when not folded as constants)
    r = sorted([c, 2, a, b])
    print(r[1] is c, r[2] is a, r[3] is b)
    r = sorted([c, 2, a, b], reverse=True)
    print(r[0] is c, r[1] is a, r[2] is b)
else:
    print(True, True, True)
    print(True, True, True)
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: -2**62 if w < 'g' else 2**62))
big = [(i * 48271) % 2147483647 - 1073741823 for i in range(1, 2000)]
print(sorted(big) == sorted(big, key=lambda v: (v,)), sorted(big)[:3], sorted(big)[-2:])
m = list(range(1000, 0, -1)) * 3
m.sort(key=lambda v: v % 3); print(m[:5], m[995:1005], m[-3:])

# ranges too wide for key offsets are sorted on key ranks: identity, order
# of equal keys, duplicates, reverse, keys
a, b, c = 2**62 + 1, 2**62 + 1, 2**62 + 1
a = a * 1   # distinct objects, not one folded constant
b = b * 1
r = sorted([c, -2**62, a, 5, b, -2**63])
print(r[:3], r[3] is c, r[4] is a, r[5] is b)
r = sorted([c, -2**62, a, 5, b], reverse=True)
print(r[0] is c, r[1] is a, r[2] is b, r[3:])
wide = [((i * 7919) % 101 - 50) * 2**56 + i % 3 for i in range(500)]
s = sorted(wide)
print(s[:4], s[-2:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(range(30), key=lambda v: (v % 4) * 2**61 - 2**62)[:12])

# float sorts run on order-preserving words: signs, zeros (-0.0 == 0.0
# keep their order), infinities, subnormals, wide ranges, float keys; a NaN
# anywhere takes the generic sort (whose order CPython's matches)
fl = [3.5, -0.0, 0.0, -1e300, 5e-324, float('inf'), -2.5, 0.0, -0.0,
      float('-inf'), 1e-300, -5e-324, 2.0, 2.0]
s = sorted(fl)
print(s, [str(x) for x in s if x == 0.0])
print(sorted(fl, reverse=True)[:4], [str(x) for x in sorted(fl, reverse=True) if x == 0])
print(sorted(range(12), key=lambda i: fl[i]))
print(sorted([1.5, float('nan'), -1.0, 0.5]), sorted([float('nan'), 2.0, 1.0]))
print(sorted(['b', 'a', 'c'], key=lambda c: {'a': 0.5, 'b': -0.5, 'c': 1e200}[c]))
