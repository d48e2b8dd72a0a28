# exec and eval: namespaces, definitions visible afterwards, SyntaxError
# attributes, wrong types


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


def public(d):
    return sorted(k for k in d if not k.startswith("__"))


# eval: expressions
print(eval("1 + 2 * 3"), eval("'a' * 3"), eval("[x * x for x in range(4)]"))
print(eval("  42"), eval("\t(1,\n 2)"), eval("lambda x: x + 1")(1))
print(eval("2 ** 100"), eval("{'k': [1, 2]}['k'][1]"), eval("'é' + '中'"))
x = 10
print(eval("x + 1"), eval("x", {"x": 5}), eval("x", {"x": 5}, {"x": 6}))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("len('abc')", {}))
print(eval("__name__", {}), eval("abs(-3)", {"abs": lambda v: "mine"}))
print(eval("None"), eval("True and False"), eval("(yield_ := 3) + 1") if False else 4)


def in_function():
    local_var = 7
    return eval("local_var * 2"), eval("x"), eval("local_var", {"local_var": 1})


print(in_function())
# eval of statements is a SyntaxError
for src in ["x = 1", "import sys", "def f(): pass", "pass", "", "1 +", "return 1"]:
    try:
        eval(src)
        print("evaluated", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), type(e.args[0]).__name__)
err(lambda: eval(5))
err(lambda: eval(None))
err(lambda: eval("1", 5))
err(lambda: eval("1", {}, 5))
err(lambda: eval())
err(lambda: eval("undefined_name"))
err(lambda: eval("1 / 0"))
err(lambda: eval("[1][2]"))

# exec: statements, returns None
print(exec("pass"), exec(""))
exec("created = 1 + 1")
print(created)
exec("def made(a):\n    return a * 3\nclass Made:\n    v = 9\n")
print(made(2), Made.v, Made().v, made.__name__)
exec("for i in range(3):\n    print('loop', i)")
exec("if x > 5:\n    print('big')\nelse:\n    print('small')")

ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\nresult = f()", ns)
print(public(ns), ns["result"], ns["f"]())
ns["a"] = 100
print(ns["f"]())

# functions defined by exec see the globals they were exec'd in
g = {"base": 10}
exec("def add(n):\n    return base + n\n", g)
print(g["add"](5))
g["base"] = 20
print(g["add"](5))

# classes and nested definitions in exec'd code
src = """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

def make_adder(n):
    def adder(m):
        return n + m
    return adder

def gen(k):
    for i in range(k):
        yield i * i

points = [Point(i, -i) for i in range(3)]
add5 = make_adder(5)
squares = list(gen(4))
"""
ns = {}
exec(src, ns)
print(ns["points"], ns["add5"](1), ns["squares"], public(ns))

# separate globals and locals: names go to locals
gl = {"shared": 1}
lo = {}
exec("made_here = shared + 1", gl, lo)
print(public(gl), lo)
exec("def uses_global():\n    return shared\nval = uses_global()", gl, lo)
print(lo["val"], public(lo))

# exec in a function: reads the locals, writes to a snapshot
def exec_in_function():
    a = 5
    exec("b = a + 1")
    loc = locals()
    print(a, sorted(k for k in loc if k != "b"))
    ns = {}
    exec("c = a * 2", {"a": a}, ns)
    return ns["c"]


print(exec_in_function())

# exec of code from compile
code = compile("counter = counter + 1", "<counter>", "exec")
state = {"counter": 0}
for i in range(3):
    exec(code, state)
print(state["counter"])
print(eval(compile("6 * 7", "<e>", "eval")), eval(code, {"counter": 5}))

# exceptions raised in exec'd code propagate, catchable
try:
    exec("raise KeyError('inside')")
except KeyError as e:
    print("KeyError", e.args)
try:
    exec("def boom():\n    return 1 // 0\nboom()")
except ZeroDivisionError:
    print("ZeroDivisionError from exec'd function")

# SyntaxError from exec
for src in ["x = = 1", "def f(:\n  pass", "a\nb c", "if True:\npass",
            "for x in []:\n    pass\n  bad_indent", "(", "x = 1\ny = )\n"]:
    try:
        exec(src)
        print("ran", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno, type(e.msg).__name__,
              isinstance(e, SyntaxError), len(e.args) >= 1)

# nested exec
exec("exec('inner_value = 99')")
print(inner_value)
print(eval("eval('1 + 1')"))
err(lambda: exec(5))
err(lambda: exec(None))
err(lambda: exec("1", []))
err(lambda: exec("1", {}, 5))
err(lambda: exec())
err(lambda: exec("x", {}))
try:
    exec("import no_such_module_anywhere")
except ImportError:
    print("ImportError")

# builtins stay reachable without __builtins__ in the globals
exec("print(len('four'), sorted([2, 1]))", {})
exec("print(__name__)", {})
e_ns = {}
exec("import sys\nmodname = sys.__name__", e_ns)
print(e_ns["modname"])
