# collections.OrderedDict and defaultdict
from collections import OrderedDict, defaultdict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(list(od.items()), list(od), len(od), isinstance(od, dict), type(od).__name__)
od.move_to_end('b')
print(list(od.keys()))
od.move_to_end('c', last=False)
print(list(od.keys()))
od.move_to_end('b', False)
print(list(od.keys()))
print(od.popitem(), list(od.items()))
print(od.popitem(last=False), list(od.items()))
od2 = OrderedDict([('x', 1), ('y', 2)], z=3)
print(list(od2.items()), od2['y'], od2.get('q'), 'x' in od2)
print(OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('a', 1), ('b', 2)]),
      OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]),
      OrderedDict([('a', 1), ('b', 2)]) == {'b': 2, 'a': 1},
      {'b': 2, 'a': 1} == OrderedDict([('a', 1), ('b', 2)]))
c = od2.copy()
c['w'] = 0
print(type(c).__name__, list(c.items()), len(od2))
del od2['x']
od2.update({'x': 9})
print(list(od2.items()), od2.pop('y'), list(od2))
for label, f in [('popitem empty', lambda: OrderedDict().popitem()),
                 ('move missing', lambda: OrderedDict().move_to_end('k')),
                 ('getitem missing', lambda: OrderedDict()['k'])]:
    try:
        f()
    except KeyError:
        print(label, 'KeyError')

dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    dd[word[0]].append(word)
print(sorted(dd.items()), dd.default_factory is list, type(dd).__name__,
      isinstance(dd, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts['z'], 'z' in counts, len(counts))
print(counts.get('q'), 'q' in counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], len(nested))
plain = defaultdict()
print(plain.default_factory)
try:
    plain['missing']
except KeyError:
    print('KeyError')
init = defaultdict(str, {'k': 'v'}, extra='e')
print(init['k'], init['extra'], repr(init['none']), len(init))
print(defaultdict(list, a=[1]))
copied = init.copy()
copied['new']
print(type(copied).__name__, copied.default_factory is str, len(copied), len(init))
try:
    defaultdict(5)
except TypeError:
    print('TypeError')
print(dd.__missing__('zz'), 'zz' in dd)
