# micropython: the asm_thumb emitter does not exist on this port: SyntaxError
# (MicroPython prints the traceback on stdout, micropy on stderr: the .exp is empty)
# micropy: status 1
import micropython

@micropython.asm_thumb
def f(r0):
    add(r0, r0, 1)
print(f(1))
