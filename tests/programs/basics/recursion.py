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
