# try/except/else/finally, raise, exception matching and the finally rules.
def divide(a, b):
    try:
        result = a // b
    except ZeroDivisionError:
        print("zero!")
        return None
    else:
        print("ok")
        return result
    finally:
        print("finally", a, b)

print(divide(7, 2))
print(divide(1, 0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e) is IndexError)

try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(e), e.args)

def check(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x

for v in [1, -1]:
    try:
        print(check(v))
    except ValueError as e:
        print("ValueError", e)

def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise

try:
    reraise()
except KeyError as e:
    print("reraised", e)

def loop_finally():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return "done"

print(loop_finally())

def return_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(return_in_finally())

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)

try:
    raise RuntimeError
except RuntimeError as e:
    print("no args", e.args)

class_error = None
try:
    undefined_name
except NameError:
    print("NameError")

try:
    x = 1
    x.no_such_attr
except AttributeError:
    print("AttributeError")

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert", e)

try:
    int("abc")
except ValueError:
    print("bad int")

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as e:
        return str(e)

print(nested())
