# functools is frozen into the binary (lib/functools.py): importable from
# any directory, through sys.path's '.frozen' entry.
import functools
from functools import partial, reduce, wraps, cmp_to_key, total_ordering

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError')
p = partial(int, base=2)
print(p('101'), partial(max, 3)(1, 2), partial(pow, 2)(10))


def deco(fn):
    @wraps(fn)
    def wrapper(*a):
        return fn(*a) * 2
    return wrapper


@deco
def triple(x):
    return 3 * x

print(triple(2), triple.__name__, triple.__wrapped__(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v

print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
