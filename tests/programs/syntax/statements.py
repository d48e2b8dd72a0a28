# Every simple and compound statement.
import sys as system
from sys import platform as separator
x = y = 3
a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
[f, *g] = range(5)
*h, i = 'xyz'
print(x, y, a, b, c, d, e, f, g, h, i)
x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 3; x >>= 1
x |= 5; x &= 13; x ^= 6
print(x)
x /= 4
print(x)
n: int = 5
m: 'annotation only'
print(n, 'm' in dir())
lst = [1, 2, 3, 4]
lst[1:3] = ['a']
del lst[0]
print(lst)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
def gl():
    global counter
    counter = 10
gl()
print(counter)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer())
for i in range(3):
    if i == 1:
        continue
    print('for', i)
else:
    print('for else')
k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print('not printed')
print('while', k)
while k < 5:
    k += 1
else:
    print('while else', k)
if k == 1:
    print('one')
elif k == 5:
    print('five')
else:
    print('other')
try:
    assert k == 4, 'k is %d' % k
except AssertionError as err:
    print('assert:', err)
try:
    raise ValueError('inner')
except (TypeError, ValueError) as err:
    print('caught', type(err).__name__, err)
else:
    print('no else')
finally:
    print('finally')
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('outer') from z
except KeyError as err:
    print('from:', type(err.__cause__).__name__)
try:
    pass
except:
    pass
else:
    print('try else')
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name, exc[0] is not None)
with CM('a') as p, CM('b') as q:
    print('with', p, q)
with CM('c'):
    pass
if True: print('one-line if')
for j in range(2): print('one-line for', j)
def f(): return 'one-line def'
print(f())
class C: pass
print(C.__name__)
pass
print(separator, system.platform == sys.platform if 'sys' in dir() else True)
del x, y
try:
    x
except NameError:
    print('x deleted')
