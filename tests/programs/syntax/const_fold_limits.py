# Constant folding leaves huge int results to run time (as CPython's
# optimizer does): compiling these must neither hang nor exhaust memory.
c = compile('2 ** 632 ** 62', '<s>', 'eval'); print('compiled **')
c = compile('1 << 10 ** 30', '<s>', 'eval'); print('compiled <<')
c = compile('(10 ** 100) * (10 ** 100) * (10 ** 100) * 7 ** 99', '<s>', 'eval')
print(eval(c) == 10 ** 300 * 7 ** 99)
c = compile('((632 ** 62) ** 128) ** 128', '<s>', 'eval'); print('compiled nested')
def f(big):
    return (2 ** 10 ** 30) if big else 7
print(f(False))
# small ones still give the same values
print(2 ** 127, 1 << 130, -(2 ** 64) * 2 ** 64, (-2) ** 129, 10 ** -2)
print(3 * 2 ** 126, 2 ** 0.5, 1.5 ** 300, (1 + 2j) ** 3, True ** 200, 0 ** 500)
try:
    print(1 << -1)
except ValueError:
    print('ValueError')
print(eval(compile('2 ** 64 << 64', '<s>', 'eval')) == 2 ** 128)
