# run by execfile() from mp_specific.py
target_value = 5 * 7
print("in execfile, __name__ is", __name__)


def target_func(n):
    return n + target_value
