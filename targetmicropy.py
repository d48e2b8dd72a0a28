"""RPython translation target for micropy: `rpython [-O2|-Ojit] targetmicropy.py`.

Importing interp.main builds the object space (types, exceptions, builtins)
here, at translation time, so the binary starts with all of it prebuilt.
"""
from rpython.memory.gctransform import shadowstack

from interp.main import entry_point

# The GC's shadow stack (a root slot per live reference in each RPython
# frame) must outlast the C stack, whose overflow check (6 MB, set in
# entry_point) turns deep recursion into RecursionError.  The default
# 163840 slots (1.3 MB) overflowed first and crashed; 1M slots are 8 MB of
# address space, touched only as deep as the program recurses.
shadowstack.ShadowStackPool.root_stack_depth = 1 << 20


def target(driver, args):
    driver.exe_name = 'micropy'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()
