# if/elif/else, while with break/continue/else, for over ranges and lists.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 42]:
    print(n, classify(n))

i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)

for i in range(10):
    if i == 5:
        break
else:
    print("not printed")

for i in range(3):
    pass
else:
    print("for-else ran", i)

total = 0
for i in range(10, 0, -2):
    total += i
print(total, list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)))
print(len(range(0, 100, 7)), 14 in range(0, 100, 7), 15 in range(0, 100, 7))

x = 7
print("yes" if x > 5 else "no", "yes" if x > 50 else "no")
print(x > 5 and x < 10, x < 5 or x == 7, not x, 0 or "default", 1 and 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 0 < x <= 7 < 8)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
if (y := 10) > 5:
    print("walrus", y)
