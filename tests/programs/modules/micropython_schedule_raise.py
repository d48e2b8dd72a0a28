# micropy: status 1
# micropython.schedule(): a callback queued when an uncaught exception ends
# the program runs before the traceback (expected output from MicroPython;
# its traceback goes to stderr, which the harness does not compare)
import micropython

def cb(arg):
    print('scheduled', arg)

micropython.schedule(cb, 'before traceback')
raise ValueError('end')
