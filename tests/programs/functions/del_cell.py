# `del` of a variable that an inner function captures unbinds the cell.
def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print('NameError')
    try:
        del x
    except NameError:
        print('NameError on second del')
    x = 5
    print(inner())

outer()
