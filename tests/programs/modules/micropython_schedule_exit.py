# micropython.schedule(): a callback still queued when the program ends runs
# before sys.atexit's function (expected output from MicroPython's unix port)
import micropython
import sys

def cb(arg):
    print('scheduled', arg)

def at_exit():
    print('atexit')

sys.atexit(at_exit)
print('start')
micropython.schedule(cb, 'last')
print('end')
