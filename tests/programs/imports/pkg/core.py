print("pkg.core init", __name__)


def greet(who):
    return "hello " + who
