# random: ranges respected, types, errors (no values: the seed is the clock)
import random

random.seed()
ok = True
for i in range(300):
    r = random.random()
    ok = ok and 0.0 <= r < 1.0
    n = random.randrange(3, 9)
    ok = ok and 3 <= n < 9
    n = random.randrange(10, 0, -3)
    ok = ok and n in (10, 7, 4, 1)
    n = random.randint(-2, 2)
    ok = ok and -2 <= n <= 2
    u = random.uniform(-1.5, 1.5)
    ok = ok and -1.5 <= u <= 1.5
    b = random.getrandbits(5)
    ok = ok and 0 <= b < 32
    ok = ok and random.choice('xyz') in 'xyz'
print('in range', ok)
print(type(random.random()).__name__, type(random.randrange(5)).__name__,
      type(random.getrandbits(80)).__name__)
seen = {}
for i in range(200):
    seen[random.randint(1, 6)] = True
print('all faces', sorted(seen.keys()))
l = list(range(30))
random.shuffle(l)
print('permutation', sorted(l) == list(range(30)))
s = random.sample(range(100), 20)
distinct = {}
inside = True
for x in s:
    distinct[x] = True
    inside = inside and 0 <= x < 100
print('sample distinct', len(s), len(distinct), inside)
print(random.seed(5), random.shuffle([]))

def check(label, f, *args):
    try:
        f(*args)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__)

check('randrange(0)', random.randrange, 0)
check('randrange(-5)', random.randrange, -5)
check('randrange(5, 5)', random.randrange, 5, 5)
check('randrange(5, 1)', random.randrange, 5, 1)
check('randrange(0, 10, 0)', random.randrange, 0, 10, 0)
check('randrange(0, 10, -1)', random.randrange, 0, 10, -1)
check('randint(3, 2)', random.randint, 3, 2)
check('choice([])', random.choice, [])
check('choice("")', random.choice, '')
check('getrandbits(-1)', random.getrandbits, -1)
check('sample too many', random.sample, [1, 2], 3)
check('sample negative', random.sample, [1, 2], -1)
check('uniform("a", 1)', random.uniform, 'a', 1)
