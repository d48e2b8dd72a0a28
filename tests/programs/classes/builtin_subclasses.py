# User classes derived from builtin types behave as those types, with their
# own methods, attributes and special-method overrides.


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s[0:2])
s.label = 'mine'
print(s.label, sum(s), sorted(s, reverse=True), s + [9], 3 in s)
print(Stack(), Stack('ab'), list(Stack(range(3))))


class Logged(list):
    def __init__(self, name, *items):
        super().__init__(items)
        self.name = name

    def __getitem__(self, i):
        return ('logged', super().__getitem__(i))

    def __len__(self):
        return super().__len__() * 10

lg = Logged('n', 5, 6)
print(lg.name, lg[1], len(lg), list.__len__(lg), bool(Logged('e')))


class Celsius(float):
    def __str__(self):
        return '%.1f C' % self

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(21.5)
print(c, repr(c), c.fahrenheit, c + 1, type(c + 1).__name__, isinstance(c, float))


class Money(int):
    def __new__(cls, value, currency='EUR'):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    def __repr__(self):
        return 'Money(%d, %r)' % (int(self), self.currency)

m = Money(5) + Money(7)
print(m, m.currency, m * 2, m == 12, hash(m) == hash(12), Money(3, 'USD'))
print(int(Money(2 ** 70)), Money(10) // 3, -Money(4))


class Name(str):
    def shout(self):
        return self.upper() + '!'

n = Name('hello')
print(n.shout(), n + ' there', n == 'hello', len(n), n[1:3], {n: 1}['hello'])
print(isinstance(n, str), Name('x') * 3, '%s' % n, f'{n:>7}')


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])

p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self.get(key, 0) + 1

cn = Counter()
for ch in 'abracadabra':
    cn.add(ch)
print(sorted(cn.items()), len(cn), 'a' in cn, isinstance(cn, dict))


class Defaults(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = True

d = Defaults(x=1, y=2)
print(sorted(d.items()), d.extra, dict(d) == {'x': 1, 'y': 2})


class Tags(set):
    def tagged(self):
        return sorted(self)

t = Tags(['b', 'a'])
t.add('c')
print(t.tagged(), len(t), 'a' in t, isinstance(t, set))


class Base:
    pass


class Mixed(Base, list):
    pass

mx = Mixed([1])
mx.append(2)
print(mx, isinstance(mx, Base), isinstance(mx, list))

try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print('TypeError', e)


class MyError(ValueError):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code

try:
    raise MyError(4)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
