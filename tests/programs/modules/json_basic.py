import json

# dumps: scalars, containers, escapes
print(json.dumps([1, 2.5, "a\u00e9\n\"\\", None, True, False, {"k": [1]}, (1, 2), 10**30, -10**30, 1e100, 0.1, -0.0, 1e-7]))
print(json.dumps({"a": 1, "b": 2}, separators=(',', ':')))
print(json.dumps("\U0001f600\x01\x7f\x1f\b\f\r\t/"))
print(json.dumps("\U0001f600 \u00e9 \u20ac", ensure_ascii=False))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6, 10**20: 7}))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps([[]]), json.dumps({"": {}}))
print(json.dumps({"b": 1, "a": [3, 2], "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({"b": 1, "a": [3, {"q": []}], "c": {}}, indent=2))
print(json.dumps([1, [2]], indent='\t'))
print(json.dumps([1, 2], indent=0))
print(json.dumps({"a": 1, (1, 2): 3}, skipkeys=True))
print(json.dumps({1, 2} if False else [1], default=list))
print(json.dumps([{1, 2}, 3], default=sorted))

# loads
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n\\t\\/\\b\\f\\r\\"\\\\"'))
print(json.loads(' [1, -2.5e3, {"a": null}, true, false, "x", 123456789012345678901234567890, 1E2, -0, 0.5, 1e-2, -12] '))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}, "e": []}'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{}')))
print(json.loads('NaN') != json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('"\u00e9\U0001f600"'), json.loads('"\\u20AC"'))
print(json.loads('-123456789012345678901234567890'), json.loads('\n\t 7 \r\n'))

# round trips
data = {"list": [1, 2.25, "three", None, True], "nested": {"x": [{"y": "\u00fc\U0001f600"}]}, "big": 2**100}
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps(data, indent=3, sort_keys=True)) == data)

# errors
for bad in ['', '[1,', '{"a" 1}', 'nul', '[1] x', "'a'", '{1: 2}', '"\\x"', '01', '[1,]', '1.', '"abc',
            '{"a":1,}', '[1 2]', '"\\u12"', '"a\nb"', '{"a"', '-', 'tru', '[', '{']:
    try:
        print(json.loads(bad))
    except ValueError as e:
        print('ValueError', repr(bad))
for bad in [{1: 2} if False else {(1, 2): 3}, object(), b'bytes', {1, 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError')
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['d'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError')

# dump / load with file-like objects
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Reader:
    def __init__(self, s):
        self.s = s
    def read(self):
        return self.s
w = Writer()
json.dump({"k": [1, 2, "v"]}, w, separators=(',', ':'))
print(''.join(w.parts))
print(json.load(Reader('{"k": [1, 2, "v"]}')))
