# with: __enter__/__exit__, the as target, suppression, early exits, nesting.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as r:
    print("body", r.name)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)


def early():
    for i in range(3):
        with Resource("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                return "returned"
    return "never"


print(early())

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)


class Failing:
    def __enter__(self):
        return 1

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


try:
    with Failing():
        pass
except RuntimeError as e:
    print("exit raised", e)

try:
    with Failing():
        raise ValueError("body")
except RuntimeError as e:
    print("exit replaced the exception:", e)
print("done")
