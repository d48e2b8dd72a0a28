# platform: MicroPython's shapes (expected output from MicroPython's unix port)
import platform

p = platform.platform()
print(type(p).__name__, p.startswith('Linux-'), '-with-' in p, len(p.split('-')) >= 5)
print(platform.platform(1) == p, platform.platform(terse=True) == p)
c = platform.python_compiler()
print(type(c).__name__, c.split(' ')[0] in ('GCC', 'Clang'))
v = platform.libc_ver()
print(type(v).__name__, len(v), v[0] in ('glibc', ''), type(v[1]).__name__)
print(platform.libc_ver('/bin/ls') == v)
if v[0]:
    print(p.endswith('-with-' + v[0] + v[1]), len(v[1].split('.')) == 2)
else:
    print(True, True)
