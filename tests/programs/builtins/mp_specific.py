# MicroPython's own builtins: help() and execfile()
help()
print("--")
help(None)
print("--")
help(True)
print("--")
execfile("_execfile_target.py")
print(target_value, target_func(1))
g = {"__name__": "given"}
execfile("_execfile_target.py", g)
print(sorted(k for k in g if not k.startswith("__")), g["target_func"](2))
loc = {}
execfile("_execfile_target.py", g, loc)
print(sorted(loc))
try:
    execfile("_no_such_file.py")
except OSError as e:
    print("OSError", e.errno if hasattr(e, "errno") else e.args[0])
try:
    execfile(5)
except TypeError:
    print("TypeError")
