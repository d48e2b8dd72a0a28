# Lists, tuples, dicts: building, indexing, slicing, methods, comprehensions.
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::3], l[::-1])
l.append(7)
l.insert(0, 0)
print(l.pop(), l.pop(0), l.index(5), l.count(1))
l.sort()
print(l)
l.sort(reverse=True)
print(l, sorted(l), max(l), min(l))
l[0] = 100
l[1:3] = [-1, -2, -3]
del l[-1]
print(l)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in [1, 2])
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), (1,) * 3, () == (), (1, 2) < (1, 2, 3))
a, b, c = t
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" in d, d.get("four"), d.get("four", 4))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["one"]
print(d, d.pop("two"), d)
d.update({"x": 1}, y=2)
print(d, d.setdefault("z", 26), d)
print({k: v * 2 for k, v in [("a", 1), ("b", 2)]})
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[j for j in range(i)] for i in range(4)])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
nested = {"list": [1, {"deep": (2, 3)}]}
print(nested, nested["list"][1]["deep"][0])
s = [5, 2, 8]
s.extend(range(3))
s.reverse()
print(s, s.copy(), list("abc"), tuple([1, 2]), dict([(1, 2)]))
print(list(enumerate("ab")) if False else "skip", isinstance(s, list), isinstance(3, (str, int)))
