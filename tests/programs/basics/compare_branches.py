# Comparisons feeding branches: the eval loop runs COMPARE_OP followed by
# POP_JUMP_IF_FALSE/TRUE as one step when the result is a bool; these cover
# the other results too (truthy/falsy non-bools, __bool__ raising).

class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v          # any object, used for its truth
    def __eq__(self, other):
        return [] if self.v else [1]

class Boom:
    def __bool__(self):
        raise ValueError("no truth")

class Raiser:
    def __lt__(self, other):
        return Boom()

for v in (0, 1, "", "x", [], [0], None, 2.5):
    w = Weird(v)
    if w < 3:
        print(repr(v), "lt-true")
    else:
        print(repr(v), "lt-false")
    if not (w < 3):
        print(repr(v), "not-lt")
    print(repr(v), "eq" if w == 1 else "ne")

try:
    if Raiser() < 1:
        print("unreachable")
except ValueError as e:
    print("ValueError", e)

# every int comparison both ways, in if/while/and/or, with big ints too
vals = [-2**70, -3, -1, 0, 1, 2, 3, 2**64, 2**70]
count = 0
for a in vals:
    for b in vals:
        r = []
        if a < b: r.append("<")
        if a <= b: r.append("<=")
        if a == b: r.append("==")
        if a != b: r.append("!=")
        if a > b: r.append(">")
        if a >= b: r.append(">=")
        if not a < b: r.append("!<")
        if a is b: r.append("is")
        if a in vals: count += 1
        count += len(r)
        print(a, b, " ".join(r))
print(count)

i = 0
n = 0
while i < 1000:
    if i % 3 == 0 or i % 5 == 0:
        n += i
    i += 1
print(n)

# floats, strings, mixed
print([x < y for x, y in [(1, 1.5), (2.5, 2), ("a", "b"), ("b", "a"), (1, True)]])
j = 10
while j > 0.5:
    j = j / 2
print(j)
while "abc" < "abd" and j < 1:
    j += 1
print(j)
