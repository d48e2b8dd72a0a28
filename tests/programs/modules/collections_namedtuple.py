# collections.namedtuple: construction, fields, methods, tuple behaviour
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), (1, 2) == p)
print(isinstance(p, tuple), isinstance(p, Point), type(p) is Point, Point.__name__)
x, y = p
print(x, y, list(p), p + (3,), p[:1], p * 2, 2 in p, hash(p) == hash((1, 2)))
print(Point._fields, Point(x=5, y=6), Point(7, y=8), Point._make([3, 4]), Point._make(range(2)))
print(p._asdict(), p._replace(y=20), p._replace(), p)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print({p: 'here'}[(1, 2)], max(Point(1, 5)), str(p), repr(p))

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 'z'])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
Rec = namedtuple('Rec', 'name, age,  city')
print(Rec('Ann', 30, 'Oslo'), Rec._fields)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields, R(1, 2, 3, 4))
E = namedtuple('E', '')
print(E(), len(E()), E._fields)

def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)

check('too many', lambda: Point(1, 2, 3))
check('too few', lambda: Point(1))
check('bad keyword', lambda: Point(1, z=2))
check('twice', lambda: Point(1, x=2))
check('set attr', lambda: setattr(p, 'x', 5))
check('new attr', lambda: setattr(p, 'q', 5))
check('setitem', lambda: p.__setitem__(0, 1) if hasattr(p, '__setitem__') else p[0])
check('replace bad', lambda: p._replace(z=1))
check('make wrong len', lambda: Point._make([1]))
check('bad field', lambda: namedtuple('Q', 'a 1b'))
check('keyword field', lambda: namedtuple('Q', 'a class'))
check('underscore field', lambda: namedtuple('Q', 'a _b'))
check('duplicate field', lambda: namedtuple('Q', 'a a'))
check('bad typename', lambda: namedtuple('1Q', 'a'))
check('too many defaults', lambda: namedtuple('Q', 'a', defaults=[1, 2]))
check('missing attr', lambda: p.z)
