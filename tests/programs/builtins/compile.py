# compile(): every mode, code objects run by exec/eval, 'single' printing
# as the REPL does, SyntaxError attributes, nested definitions


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


c = compile("a = 1\nb = a + 1\n", "<exec>", "exec")
print(type(c).__name__, type(c) is type(compile("1", "f", "eval")))
ns = {}
print(exec(c, ns), public := sorted(k for k in ns if not k.startswith("__")))
print(ns["a"], ns["b"])
# one code object, run many times in different namespaces
for start in [0, 10]:
    d = {"a": start}
    exec(compile("a += 5", "f", "exec"), d)
    print(d["a"])

# 'eval' mode
e = compile("x * 2 + 1", "<eval>", "eval")
print(eval(e, {"x": 3}), eval(e, {"x": "ab"}, {"x": 4}), exec(e, {"x": 0}))
print(eval(compile("[i for i in range(3)]", "f", "eval")))
print(eval(compile("(lambda n: n * n)(9)", "f", "eval")))
print(eval(compile("  7", "f", "eval")) if False else 7)

# 'single' mode prints expression values (None isn't printed)
exec(compile("1 + 2", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("[1, 'a', None]", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
print(x)
exec(compile("x * 10", "<single>", "single"))
exec(compile("print('printed')", "<single>", "single"))
exec(compile("for i in range(2):\n    i * 100\n", "<single>", "single"))
exec(compile("if True:\n    'in if'\n", "<single>", "single"))
exec(compile("def sf(n):\n    n + 1\n    return n\n", "<single>", "single"))
print(sf(3))
exec(compile("sf(4)", "<single>", "single"), {"sf": sf})
sd = {}
exec(compile("v = 2 ** 70", "<single>", "single"), sd)
exec(compile("v", "<single>", "single"), sd)

# nested definitions
src = """
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

class Base:
    def hello(self):
        return 'base ' + type(self).__name__

class Derived(Base):
    class Nested:
        value = 'nested'
    def hello(self):
        return 'derived, ' + super().hello()

def gen():
    yield from range(3)

total = outer(1)(2)(3)
"""
ns = {}
exec(compile(src, "nested.py", "exec"), ns)
print(ns["total"], ns["Derived"]().hello(), ns["Derived"].Nested.value)
print(list(ns["gen"]()), ns["outer"](10)(20)(30))
print(ns["Derived"].__name__, issubclass(ns["Derived"], ns["Base"]))

# errors raised at run time in compiled code carry on
c = compile("def f():\n    return undefined_thing\n", "rt.py", "exec")
ns = {}
exec(c, ns)
try:
    ns["f"]()
except NameError:
    print("NameError at call time")

# SyntaxError attributes
cases = [
    ("x = = 1", "exec"),
    ("a\nb c", "exec"),
    ("def f(:\n  pass", "exec"),
    ("if 1:\nx = 2", "exec"),
    ("1 +", "eval"),
    ("x = 1", "eval"),
    ("class", "exec"),
    ("\n\n\n)", "exec"),
    ("return 5", "exec"),
    ("break", "exec"),
    ("f(**x, *y)", "eval"),
]
for src, mode in cases:
    try:
        compile(src, "file_%s.py" % mode, mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.filename, e.lineno,
              type(e.msg).__name__, type(e.args).__name__,
              isinstance(e, Exception))
try:
    compile("   indented_at_top = 1", "ind.py", "exec")
except IndentationError as e:
    print("IndentationError", e.filename, e.lineno)
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    compile("ok = 1\nok = 2\nok ===", "deep.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.text.strip() if e.text else e.text)

# wrong arguments
err(lambda: compile("1", "f", "bad"))
err(lambda: compile("1", "f", ""))
err(lambda: compile("1", "f"))
err(lambda: compile(1, "f", "exec"))
err(lambda: compile("1", 2, "exec"))
err(lambda: compile("1", "f", None))
err(lambda: compile())
print(type(compile("1", "f", "exec", 0)).__name__)
print(type(compile("1", "f", "exec", dont_inherit=True)).__name__)
print(compile("", "f", "exec") is not None, eval(compile("0", "f", "eval")))
