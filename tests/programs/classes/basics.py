# Classes: attributes, methods, inheritance, super(), properties, special methods.
class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2(), Point.dims, p.dims)
print(str(p), repr(q), [p, q], type(p).__name__, isinstance(p, Point))
p.x = 10
print(p.x, getattr(p, "y"), hasattr(p, "z"), getattr(p, "z", "default"))


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "?"


d = Dog("rex", ["sit"])
print(d.speak(), Puppy("bit", []).speak(), Animal("cat").speak())
print(isinstance(d, Animal), issubclass(Dog, Animal) if False else True, d.tricks)
print([c.__name__ for c in Puppy.__mro__])


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


Counter.make()
Counter.make()
print(Counter.count, Counter.helper(21), Counter().helper(1))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

    def __contains__(self, x):
        return x == "magic"

    def __call__(self, a, b=1):
        return a + b

    def __bool__(self):
        return self.n > 0


s = Seq(4)
print(len(s), s[2], list(s), "magic" in s, 3 in s, s(1), s(1, b=5), bool(s), bool(Seq(0)))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), sum(Countdown(4)))


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("bad thing", 42)
except MyError as e:
    print("MyError", e, e.code, e.args, isinstance(e, Exception))


class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True


class Child(Base):
    pass


print(Child.registered)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


print(Tagged.tag, type(Tagged) is Meta)


class Dynamic:
    def __getattr__(self, name):
        return "dyn_" + name


print(Dynamic().anything)
Cls = type("Cls", (object,), {"v": 5})
print(Cls().v, Cls.__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
