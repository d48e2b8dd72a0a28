# random: a seeded generator repeats CPython's Mersenne Twister sequence
import random

for seed in [0, 1, 42, -42, 2 ** 40 + 7, 10 ** 30]:
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(8), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(100))

random.seed(12345)
print([random.randrange(10) for i in range(10)])
print([random.randrange(5, 15) for i in range(10)])
print([random.randrange(0, 100, 7) for i in range(10)])
print([random.randrange(100, 0, -9) for i in range(10)])
print([random.randint(-3, 3) for i in range(10)])
print([random.randrange(2 ** 70) for i in range(3)])
print(random.randrange(-10 ** 25, 10 ** 25))
print([random.choice('abcdefgh') for i in range(10)])
print([random.choice([1, 2.5, None, 'x']) for i in range(6)])
print(random.choice(range(1000, 2000)), random.choice((7,)))
print([random.uniform(1, 3) for i in range(3)], random.uniform(5, 5))
l = list(range(20))
random.shuffle(l)
print(l)
print(random.sample(range(50), 10), random.sample('abcdef', 3))
print(random.sample(range(10 ** 6), 5), random.sample([1, 2, 3], 0))
print(random.getrandbits(0))

# the same seed gives the same sequence again
def draw(seed):
    random.seed(seed)
    return [random.random() for i in range(5)] + [random.randrange(1000) for i in range(5)]
print(draw(7) == draw(7), draw(7) == draw(8))
