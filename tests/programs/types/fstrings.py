# f-strings: conversions, format specs (nested too), the `=` specifier,
# __format__ on user classes, and that they agree with format().


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__)
        return
    print(repr(r))


x = 3.14159
n = -42
s = "héllo"
big = 2 ** 100
w = 10
p = 3
items = [1, "two", {"k": "v"}]
print(f"{x} {n} {s} {big} {items}")
print(f"{x:.2f}|{n:+06d}|{s:>8}|{s:*^9}|{big:,}|{big:_x}|{n:#b}")
print(f"{x:{w}.{p}f}|{n:{w}}|{s:{'<'}{w}}|{x:{'.'}{p}}|{x:{w}.{p}{'e'}}")
print(f"{s!r}|{s!s}|{s!a}|{items!r:>30}|{s!a:^12}")
print(f"{x=}|{n=}|{s = }|{x=:.2f}|{s=!s}|{n = :5}|{1 + 1=}")
print(f"{{}}{{{n}}}}}{{", f"", f"plain", f"{'nested'} {f'{n}'}")
print(f"{n:x}{n:o}{n:X}" f"{s}" "tail", f"{len(s)}{s[1]}{s[::-1]}")
print(f"{x!r:>12}", f"{3 * 4:04}", f"{'a' if n < 0 else 'b'}", f"{(lambda y: y * 2)(4)}")
print(f"{True:d} {True} {None} {None!r:>6} {0.1 + 0.2} {1e100:g} {-0.0:z}")
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b'][1]} {d}")


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")

    def __repr__(self):
        return "Money(%r)" % self.v


m = Money(2.5)
print(f"{m}|{m:.3f}|{m!r}|{m!s}|{m:>{w}.1f}|{m=}")
for v in [0, 1.5, -7, "s", big, 1e-9, Money(1)]:
    for spec in ["", ">8", "^8"]:
        assert f"{v:{spec}}" == format(v, spec), (v, spec)
print("agree")
t(lambda: f"{n:q}")
t(lambda: f"{s:d}")
t(lambda: f"{x:{'d'}}")
t(lambda: f"{object():x}")
t(lambda: f"{n:,c}")
