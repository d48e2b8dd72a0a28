# dir, globals, locals, getattr/setattr/delattr/hasattr, isinstance,
# issubclass, callable, id, hash


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


def public(names):
    return [n for n in names if not n.startswith("__")]


top_level = 1
print(public(dir()))
print("top_level" in globals(), globals()["top_level"], globals() is globals())
print(locals() is globals())
g = globals()
g["made_via_globals"] = 42
print(made_via_globals)


def func(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals()))
    print(dir())
    loc = locals()
    loc["c"] = 100         # a snapshot: the local doesn't change
    print(c, loc["c"], locals()["args"], locals()["kw"])
    print(globals() is g, "func" in globals())


func(1)
func(1, 3, 4, x=5)


def outer():
    x = 1
    y = 2

    def inner():
        z = x + 1
        return sorted(locals().items())
    print(sorted(locals()))
    return inner()


print(outer())


def cell_param(a, b):
    def g():
        return a
    a = 5
    print(sorted(locals().items(), key=lambda kv: kv[0])[:2])
    print(sorted(locals()))


cell_param(1, 2)


def unbound():
    print(sorted(locals()))
    late = 1
    return sorted(locals())


print(unbound())


class K:
    attr = 1
    print(sorted(public(locals())))

    def method(self):
        return 2


print(public(dir(K)))


class Sub(K):
    other = 3

    def __init__(self):
        self.inst = 4


obj = Sub()
print(public(dir(obj)), public(dir(Sub)))
print("method" in dir(obj), "inst" in dir(Sub))
print(dir(obj) == sorted(dir(obj)))


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))
import sys
print("argv" in dir(sys), "path" in dir(sys))
print("append" in dir([]), "keys" in dir({}), "join" in dir(""))
err(lambda: dir(1, 2))

# getattr / setattr / delattr / hasattr
o = Sub()
print(getattr(o, "inst"), getattr(o, "attr"), getattr(o, "missing", "dflt"))
print(getattr(o, "method")(), getattr(K, "attr"), getattr(o, "nope", None))
setattr(o, "new", [1])
print(o.new, hasattr(o, "new"), hasattr(o, "nope"), hasattr(K, "method"))
delattr(o, "new")
print(hasattr(o, "new"))
setattr(K, "class_level", 5)
print(o.class_level, Sub.class_level)
delattr(K, "class_level")
print(hasattr(o, "class_level"))
err(lambda: getattr(o, "missing"))
err(lambda: getattr(o, 5))
err(lambda: getattr(o, 5, None))
err(lambda: setattr(o, 5, 1))
err(lambda: delattr(o, "missing"))
err(lambda: delattr(o, 1))
err(lambda: delattr(K, "nothing_here"))
err(lambda: setattr(1, "x", 2))
err(lambda: setattr(int, "x", 2))
err(lambda: delattr(1, "real"))
err(lambda: hasattr(o))
err(lambda: getattr())


class Dyn:
    def __getattr__(self, name):
        if name == "magic":
            return 99
        raise AttributeError(name)


print(getattr(Dyn(), "magic"), hasattr(Dyn(), "magic"), hasattr(Dyn(), "x"))
print(getattr(Dyn(), "x", "fallback"))

# isinstance / issubclass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool))
print(isinstance("a", (int, str)), isinstance(1.0, (int, (str, float))))
print(isinstance(o, K), isinstance(o, (int,)), isinstance(o, object))
print(isinstance(K, type), isinstance(int, type), isinstance(type, type))
print(isinstance(1, ()), isinstance(enumerate([]), enumerate))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Sub, K))
print(issubclass(Sub, (str, K)), issubclass(K, Sub), issubclass(K, K))
print(issubclass(K, object), issubclass(ValueError, Exception))
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(int, ()))
print(issubclass(zip, object), issubclass(type, object))
err(lambda: isinstance(1, 1))
err(lambda: isinstance(1, (int, 1)) and 0)
err(lambda: isinstance(1, (str, 1)))
err(lambda: issubclass(1, int))
err(lambda: issubclass(o, K))
err(lambda: issubclass(int, 1))
err(lambda: issubclass(int, (str, "x")))
err(lambda: issubclass(int))

# callable
print(callable(len), callable(func), callable(K), callable(o.method))
print(callable(1), callable("s"), callable(None), callable(lambda: 0))


class Call:
    def __call__(self):
        return 1


print(callable(Call()), callable(Call), callable(o))

# id
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(id(None) == id(None), id(K) == id(K))

# hash
print(hash(1) == hash(1), hash("abc") == hash("a" + "bc"), hash(True) == hash(1))
print(hash((1, 2)) == hash((1, 2)), hash(0), hash(-7) == hash(-7))
print(hash(1.0) == hash(1), type(hash("x")).__name__, hash(o) == hash(o))
print(hash(K) == hash(K), hash(None) == hash(None))


class H:
    def __hash__(self):
        return 12345


class E:
    def __eq__(self, other):
        return True


print(hash(H()))
err(lambda: hash([]))
err(lambda: hash({}))
err(lambda: hash(E()))
err(lambda: hash((1, [2])))

# __import__
m = __import__("sys")
print(m is sys, m.__name__, __import__("sys", globals(), locals(), [], 0) is sys)
print(__import__(name="sys") is sys, __import__("sys", fromlist=["argv"]) is sys)
try:
    __import__("no_such_module_xyz")
except ImportError:
    print("ImportError")
err(lambda: __import__(5))
err(lambda: __import__("sys", level=-1))
err(lambda: __import__())
