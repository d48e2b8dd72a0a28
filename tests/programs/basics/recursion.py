# Deep recursion ends in RecursionError (a RuntimeError), which can be caught.
# micropy: slow
def down(n):
    return down(n + 1)

try:
    down(0)
except RuntimeError as e:
    print("caught", isinstance(e, RuntimeError))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))

# recursion inside the object space (repr, ==) ends the same way
a = []
b = []
for i in range(200000):
    a = [a]
    b = [b]
for what, op in [("repr", lambda: repr(a)), ("eq", lambda: a == b)]:
    try:
        op()
        print(what, "no error")
    except RuntimeError:
        print(what, "RecursionError caught")
