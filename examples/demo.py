# A small tour of what micropy runs today.  It runs unchanged on python3:
#   ./micropy examples/demo.py        python3 examples/demo.py


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes():
    """An endless generator of primes."""
    found = []
    n = 2
    while True:
        if all_coprime(n, found):
            found.append(n)
            yield n
        n += 1


def all_coprime(n, found):
    for p in found:
        if p * p > n:
            break
        if n % p == 0:
            return False
    return True


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} can't withdraw {amount}")
        self.balance -= amount


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


rule = "=" * 40
print(rule)
print("micropy demo")
print(rule)
print("fib:", [fib(i) for i in range(15)])
gen = primes()
print("primes:", [next(gen) for _ in range(12)])
f = 1
for i in range(2, 31):
    f *= i
print("2**100 =", 2 ** 100, " 30! =", f)
v = Vector(1, 2) + Vector(3, 4) * 2
print("vector:", v, "norm2:", v.norm2)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("counts:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
acct = Account("ada")
try:
    acct.withdraw(10)
except ValueError as e:
    print("error:", e)
finally:
    print("balance:", acct.balance)
c = make_counter()
c()
print("counter:", c(10))
print("table:")
for n in range(1, 6):
    print(f"  {n:2d} {n * n:3d} {n ** 3:4d} {1 / n:.3f} {'even' if n % 2 == 0 else 'odd'}")
print(rule)
