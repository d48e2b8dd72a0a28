# print's keywords (sep, end, file, flush); input at the end of stdin


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, [1, "x"], {"k": (1,)}, sep=None, end=None)
print("é", "中", "😀", sep="|")
print(*range(5), sep="-")
print("multi\nline", end="<end>\n")
print(sep="ignored")
print(end="")
print("flushed", flush=True)
print("x", flush=False)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print("a", 1, "b", sep="-", end="!\n", file=c)
print(file=c)
print("z", file=c, sep="ignored", end="")
print(c.parts)
print("to stdout", file=None)


class Flushing(Collector):
    def __init__(self):
        Collector.__init__(self)
        self.flushed = 0

    def flush(self):
        self.flushed += 1


f = Flushing()
print("one", file=f, flush=True)
print("two", file=f)
print(f.parts, f.flushed)


class Obj:
    def __str__(self):
        return "Obj-str"

    def __repr__(self):
        return "Obj-repr"


print(Obj(), [Obj()])
c = Collector()
print(Obj(), file=c)
print(c.parts, [type(p).__name__ for p in c.parts])

err(lambda: print("x", sep=1))
err(lambda: print("x", end=[]))
err(lambda: print("x", file=1))
err(lambda: print("x", file=Collector(), flush=True))
err(lambda: print("x", foo=1))


class BadStr:
    def __str__(self):
        raise ValueError("nope")


err(lambda: print(BadStr()))

# input: the harness runs programs with stdin at its end
try:
    input()
    print("read something")
except EOFError:
    print("EOFError")
try:
    input("prompt> ")
except EOFError:
    print("EOFError after prompt")
err(lambda: input("a", "b"))
