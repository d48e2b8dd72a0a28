"""RPython translation target for micropy: `rpython [-O2|-Ojit] targetmicropy.py`."""
from interp.main import entry_point


def target(driver, args):
    driver.exe_name = 'micropy'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()
