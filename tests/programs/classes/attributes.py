# Instance attributes: many instances sharing a layout, different orders,
# deletion, __dict__ (live), attributes shadowing class attributes, and
# data descriptors taking precedence over the instance.


class P:
    kind = 'class attr'

    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = [P(i, i * i) for i in range(5)]
print(sum(p.x + p.y for p in ps))
q = P(1, 2)
q.z = 3
print(q.x, q.y, q.z, q.kind)
q.kind = 'instance attr'
print(q.kind, P.kind)
del q.kind
print(q.kind)
try:
    del q.kind
except AttributeError:
    print('AttributeError on second del')
r = P(5, 6)
r.y = 60
print(r.x, r.y)
print(sorted(r.__dict__.items()))
r.__dict__['w'] = 'via dict'
print(r.w)
r.v = 7
print(sorted(r.__dict__))
del r.x
try:
    r.x
except AttributeError as e:
    print('AttributeError', e)


class Other:
    pass

o = Other()
o.b = 1
o.a = 2
print(o.a, o.b, o.__dict__)
o2 = Other()
o2.a = 10
o2.b = 20
print(o2.a, o2.b, o2.__dict__)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value

pr = Prop()
pr.v = 21
print(pr.v, pr.__dict__)
try:
    pr.__dict__['v'] = 'shadow?'
    print(pr.v)
except Exception as e:
    print(type(e).__name__)


def f():
    pass

f.attr = 'on a function'
print(f.attr, f.__dict__)

e = ValueError('x')
e.extra = 5
print(e.extra, e.args, e.__dict__)
# many attributes
class Many:
    pass

m = Many()
for i in range(50):
    setattr(m, 'a%d' % i, i)
print(sum(getattr(m, 'a%d' % i) for i in range(50)), len(m.__dict__))
