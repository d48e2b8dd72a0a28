# bytearray: a mutable bytes; shared methods return bytearrays


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


# constructors and repr
print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray(range(3)))
print(bytearray('héllo', 'utf-8'), bytearray('x', encoding='ascii'), bytearray(bytearray(b'copy')))
print(bytearray(memoryview(b'mv')), bytearray(b"it's"), bytearray(b'\x00\xff"\''), str(bytearray(b'x')))
print(type(bytearray()), bytearray(True), bytearray(iter([65])), bytearray(source=b'kw'))
t(lambda: bytearray('abc'))
t(lambda: bytearray([256]))
t(lambda: bytearray([-1]))
t(lambda: bytearray(['a']))
t(lambda: bytearray(-2))
t(lambda: bytearray(2.0))
t(lambda: bytearray(1, 'utf-8'))
t(lambda: hash(bytearray()))

# reading
ba = bytearray(b'hello world')
print(len(ba), ba[0], ba[-1], ba[1:5], ba[::-1], ba[::3], ba[5:1], list(ba[:3]), bool(bytearray()))
t(lambda: ba[11])
t(lambda: ba[-12])
t(lambda: ba['a'])
print(104 in ba, b'wor' in ba, bytearray(b'lo') in ba, 300 in ba if False else None)
t(lambda: 300 in ba)
t(lambda: 'h' in ba)
print(ba == b'hello world', ba == bytearray(b'hello world'), ba != b'x', ba < b'i', ba >= bytearray(b'hello'))
print(ba == 'hello world', ba == memoryview(b'hello world'), bytearray(b'a') < bytearray(b'ab'))
t(lambda: ba < 'x')
print(ba + b'!', b'>' + ba, ba + bytearray(b'?'), ba * 2, 2 * bytearray(b'ab'), bytearray(b'ab') * -1)
print(type(ba + b''), type(b'' + ba), type(ba[1:2]), type(ba * 1))
t(lambda: ba + 'x')
t(lambda: ba + [1])

# shared methods give bytearrays
print(ba.upper(), ba.split(), ba.replace(b'l', b'L'), ba.strip(b'hd'), ba.partition(b' '))
print(ba.find(b'o'), ba.rfind(111), ba.count(b'l'), ba.index(b'w'), ba.startswith(b'he'), ba.endswith((b'x', b'ld')))
print(bytearray(b'-').join([b'a', bytearray(b'b')]), ba.center(15, b'*'), ba.zfill(13), ba.hex(), ba.decode())
print(bytearray.fromhex('de ad'), type(bytearray.fromhex('')), ba.title(), ba.isalpha(), bytearray(b'a\nb').splitlines())
print(bytearray(b'%d-%s') % (1, b'z'), type(bytearray(b'%s') % b'x'))

# item and slice assignment
b = bytearray(b'abcdef')
b[0] = 65
b[-1] = 70
print(b)
b[1:3] = b'XYZ'
print(b)
b[1:4] = b''
print(b)
b[:0] = b'<<'
b[len(b):] = [62, 62]
print(b)
b[::2] = b'1234'
print(b)
b[::-2] = bytearray(b'abcd')
print(b)
b[2:2] = memoryview(b'mv')
print(b)
b[3:1] = b'!'
print(b)
b[:] = b
print(b)
b[1:3] = range(65, 70)
print(b)
b[True] = 33
print(b)
def setitem(i, v):
    def f():
        b[i] = v
    return f


t(setitem(0, 256))
t(setitem(0, -1))
t(setitem(0, b'a'))
t(setitem(0, 1.0))
t(setitem(100, 1))
t(setitem('x', 1))
t(setitem(slice(0, 2), 5))
t(setitem(slice(0, 2), 'ab'))
t(setitem(slice(0, 2), [1, 300]))
t(setitem(slice(0, 2), [1, 'a']))
t(setitem(slice(0, None, 2), b'x'))
t(setitem(slice(0, None, 0), b'x'))
print(b)

# deletion
b = bytearray(b'0123456789')
del b[0]
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[5:1]
del b[::-1]
print(b, len(b))
b = bytearray(b'0123456789')
del b[1::3]
print(b)


def del_out_of_range():
    c = bytearray(b'ab')
    del c[5]


t(del_out_of_range)

# mutating methods
b = bytearray()
b.append(1)
b.append(255)
b.extend(b'ab')
b.extend([3, 4])
b.extend(bytearray(b'c'))
b.extend(memoryview(b'd'))
b.extend(x for x in [9])
b.extend(b'')
print(b)
t(lambda: b.append(256))
t(lambda: b.append('a'))
t(lambda: b.append(b'a'))
t(lambda: b.extend(5))
t(lambda: b.extend('ab'))
t(lambda: b.extend([1, 256]))
b.insert(0, 7)
b.insert(-1, 8)
b.insert(100, 10)
b.insert(-100, 11)
print(b)
t(lambda: b.insert(0, 300))
print(b.pop(), b.pop(0), b.pop(-2), b)
t(lambda: b.pop(100))
t(lambda: bytearray().pop())
t(lambda: b.pop('x'))
b.remove(97)
print(b)
t(lambda: b.remove(200))
t(lambda: b.remove(b'a'))
c = b.copy()
c.append(0)
print(b, c, c is b)
b.reverse()
print(b)
b.clear()
print(b, len(b))
b.reverse()
print(b)

# += and *=
b = bytearray(b'ab')
alias = b
b += b'cd'
b += bytearray(b'e')
b += memoryview(b'f')
print(b, alias is b)
b *= 2
print(b, alias is b)
b *= 0
print(b, alias is b)
b = bytearray(b'xy')
b += bytes(b)
print(b)


def iadd_list():
    c = bytearray(b'a')
    c += [1]


def iadd_str():
    c = bytearray(b'a')
    c += 'b'


t(iadd_list)
t(iadd_str)

# iteration sees mutation
b = bytearray(b'abc')
out = []
for x in b:
    out.append(x)
    if x == 97:
        b.append(100)
print(out)
it = iter(bytearray(b'z'))
print(next(it), list(it))

# as dict keys / in sets: unhashable
try:
    {bytearray(b'a'): 1}
except TypeError:
    print('TypeError unhashable')
