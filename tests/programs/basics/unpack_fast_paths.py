# UNPACK_SEQUENCE's exact tuple/list fast paths vs subclasses with __iter__;
# list item/slice assignment; builtins looping over generators (sum/min/max/...).
class T(tuple):
    def __iter__(self):
        return iter((9, 8))
class L(list):
    def __iter__(self):
        return iter([7, 6])
a, b = T((1, 2)); print(a, b)
a, b = L([1, 2]); print(a, b)
a, b = (1, 2); print(a, b)
a, b = [3, 4]; print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError')
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError')
l = [0, 1, 2, 3]
l[1] = 'x'; l[-1] = 'y'; print(l)
l[1:3] = (5, 6, 7); print(l)
l[::2] = [0, 0, 0]; print(l)
try:
    l[10] = 1
except IndexError as e:
    print('IndexError')
print(sum(x * x for x in range(10)), sum((x for x in [1.5, 2.5]), 1), min(x for x in 'hello'), max((x for x in []), default=3))
print(all(x < 5 for x in range(5)), any(x > 3 for x in range(5)), list(x for x in range(3)), tuple(y for y in 'ab'))
