# def with every parameter kind, decorators (any expression), classes with
# bases, keywords and metaclass=, generators and yield from.
def params(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(params(1, d=4))
print(params(1, 2, 3, 4, 5, d=6, e=7, f=8))
try:
    params(a=1, d=2)
except TypeError:
    print('TypeError: positional-only passed by keyword')
def kwonly(*, k):
    return k
print(kwonly(k=1))
def annotated(x: int, y: 'str' = 'd') -> list:
    return [x, y]
print(annotated(1))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
decorators = [register('first'), register('second')]
@decorators[0]
@(lambda fn: fn)
def hello():
    return 'hello'
@decorators[1]
def world():
    return 'world'
print(sorted(registry), registry['first'](), world())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        ns['extra'] = kw
        return super().__new__(mcls, name, bases, ns)
class Base:
    def who(self):
        return 'Base'
class Mixin:
    def who(self):
        return 'Mixin>' + super().who()
class Child(Mixin, Base, metaclass=Meta, flag=True):
    """Docstring."""
    attr: int = 1
    def who(self):
        return 'Child>' + super().who()
c = Child()
print(c.who(), Child.made_by, Child.extra, [k.__name__ for k in Child.__mro__])
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print('got', got)
    return 'gen done'
def deleg():
    result = yield from gen(3)
    print(result)
    yield 'after'
g = deleg()
print(next(g), g.send('x'), list(g))
print(list((lambda: (yield 1))()))
def closure_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
inc = closure_counter()
inc(); inc(5)
print(inc())
class WithClassBody:
    x = 1
    y = [x for _ in range(2)] if False else x + 1
    def method(self):
        return WithClassBody.x
print(WithClassBody.y, WithClassBody().method())
