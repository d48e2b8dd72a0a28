# A small tour of what micropy runs today: machine-size ints, strings with + and *,
# print, comparisons, if/elif/else, while loops, functions and recursion.
# It runs unchanged on python3:  python3 examples/demo.py


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 5 == 0:
        return "Buzz"
    elif n % 3 == 0:
        return "Fizz"
    else:
        return "-"


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 1
    return True


rule = "=" * 32
print(rule)
print("micropy" + " " + "demo")
print(rule)

print("fib(0..15):")
i = 0
while i <= 15:
    print("  fib", i, "=", fib(i))
    i = i + 1

print("gcd(1071, 462) =", gcd(1071, 462))
print("gcd(270, 192) =", gcd(270, 192))
print("12! =", fact(12))

print("n   square  cube  prime  fizzbuzz")
n = 1
while n <= 15:
    print(n, n * n, n * n * n, is_prime(n), classify(n))
    n = n + 1

count = 0
n = 2
while n < 1000:
    if is_prime(n):
        count = count + 1
    n = n + 1
print("primes below 1000:", count)
print("7 // 2 =", 7 // 2, " -7 // 2 =", -7 // 2, " -7 % 3 =", -7 % 3)
print("1 < 2 < 3:", 1 < 2 < 3, " 'ab' < 'b':", "ab" < "b", " 'x' * 3 == 'xxx':", "x" * 3 == "xxx")
print(rule)
