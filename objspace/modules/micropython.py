"""The micropython module.  MicroPython's docs: "micropython - access and
control MicroPython internals"; names and behaviour as its unix port.

const(x)            x (the compiler folds `NAME = const(x)`)
opt_level([n])      the optimisation level (0-3): get, or set and None
mem_info([v])       print memory use: MicroPython's "mem:", "stack:" and
                    "GC:" lines (figures: see gc.py; with v, one more line)
qstr_info([v])      print the interned-string summary (micropy interns no
                    strings at run time: zeros)
mem_current/mem_peak/mem_total()  bytes in use now / at most / the peak
                    again (the total ever allocated is not counted by
                    RPython's GC)
stack_use()         bytes of C stack in use
heap_lock/heap_unlock/heap_locked()  while the lock depth is above 0, lists,
                    dicts, non-empty tuples, floats, big ints and object()
                    instances made through the space raise MemoryError
                    ("memory allocation failed, heap is locked");
                    heap_unlock returns the new depth
kbd_intr(c)         the character that raises KeyboardInterrupt (-1: none)
schedule(f, arg)    queue f(arg) to run soon: the eval loop runs the queue at
                    the next backward jump or function call; up to 4 may
                    wait ("RuntimeError: schedule queue full"); an exception
                    in f is printed (traceback on stdout, as MicroPython)
                    and the program goes on
alloc_emergency_exception_buf(n)  accepted, nothing to do
native/viper(f)     f (code emitters MicroPython has; micropy runs bytecode)
asm_thumb           SyntaxError "invalid micropython decorator", as on unix
"""
from __future__ import absolute_import

from rpython.rlib import rstack
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype
from rpython.rtyper.lltypesystem.lloperation import llop

from interp.error import OperationError
from objspace.functionobject import builtin
from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject

SCHEDULER_DEPTH = 4


class MicroPythonState(object):
    def __init__(self):
        self.opt_level = 0
        self.kbd_intr_char = 3

STATE = MicroPythonState()


@builtin('const', 1, 1)
def micropython_const(space, args_w, kwnames):
    """const(x) is x; the compiler folds `NAME = const(x)` at module level."""
    return args_w[0]


@unwrap_spec('opt_level', opt('obj', None))
def micropython_opt_level(space, w_level):
    if w_level is None:
        return space.newint(STATE.opt_level)
    STATE.opt_level = space.int_w(w_level)
    return space.w_None


def stack_use(space):
    """Bytes of C stack between the interpreter's entry and here
    (untranslated: a stand-in proportional to the call depth)."""
    if not we_are_translated():
        return 256 * (space.call_depth + 1)
    current = llop.stack_current(lltype.Signed)
    used = rstack._stack_get_end() - current
    return used if used > 0 else 0


def stack_limit():
    if not we_are_translated():
        return 8 * 1024 * 1024
    return rstack._stack_get_length()


@unwrap_spec('stack_use')
def micropython_stack_use(space):
    return space.newint(stack_use(space))


@unwrap_spec('mem_info', opt('obj', None))
def micropython_mem_info(space, w_verbose):
    from objspace.modules.gc import (mem_alloc_bytes, mem_peak_bytes,
                                     mem_free_bytes)
    current = mem_alloc_bytes()
    peak = mem_peak_bytes()
    free = mem_free_bytes(space)
    total = current + free if free >= 0 else current
    space.write_stdout("mem: total=%d, current=%d, peak=%d\n"
                       % (peak, current, peak))
    space.write_stdout("stack: %d out of %d\n" % (stack_use(space), stack_limit()))
    space.write_stdout("GC: total: %d, used: %d, free: %d\n"
                       % (total, current, free))
    if w_verbose is not None:
        space.write_stdout(" heap limit: %d, call depth: %d\n"
                           % (space.heap_limit, space.call_depth))
    return space.w_None


@unwrap_spec('qstr_info', opt('obj', None))
def micropython_qstr_info(space, w_verbose):
    space.write_stdout("qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, "
                       "n_total_bytes=0\n")
    return space.w_None


@unwrap_spec('mem_current')
def micropython_mem_current(space):
    from objspace.modules.gc import mem_alloc_bytes
    return space.newint(mem_alloc_bytes())


@unwrap_spec('mem_peak')
def micropython_mem_peak(space):
    from objspace.modules.gc import mem_peak_bytes
    return space.newint(mem_peak_bytes())


@unwrap_spec('mem_total')
def micropython_mem_total(space):
    from objspace.modules.gc import mem_peak_bytes
    return space.newint(mem_peak_bytes())


@unwrap_spec('heap_lock')
def micropython_heap_lock(space):
    space.heap_lock_depth += 1
    space.heap_locked = True
    return space.w_None


@unwrap_spec('heap_unlock')
def micropython_heap_unlock(space):
    if space.heap_lock_depth > 0:
        space.heap_lock_depth -= 1
    space.heap_locked = space.heap_lock_depth > 0
    return space.newint(space.heap_lock_depth)


@unwrap_spec('heap_locked')
def micropython_heap_locked(space):
    return space.newint(space.heap_lock_depth)


@unwrap_spec('kbd_intr', 'int')
def micropython_kbd_intr(space, char):
    STATE.kbd_intr_char = char
    return space.w_None


@unwrap_spec('schedule', 'obj', 'obj')
def micropython_schedule(space, w_func, w_arg):
    if len(space.sched_queue) >= SCHEDULER_DEPTH:
        raise space.error(space.w_RuntimeError, "schedule queue full")
    space.sched_queue.append((w_func, w_arg))
    if not space.sched_running:
        space.sched_pending = True
    return space.w_None


def run_scheduled(space):
    """Run the queued callbacks (those queued meanwhile wait for the next
    run); an exception is printed as MicroPython prints it."""
    if space.sched_running:
        return
    space.sched_running = True
    space.sched_pending = False
    try:
        pending = [pair for pair in space.sched_queue]
        del space.sched_queue[:]
        for w_func, w_arg in pending:
            try:
                space.call_function(w_func, [w_arg])
            except OperationError as e:
                from interp.main import format_traceback
                # MicroPython prints it on stdout (mp_plat_print)
                space.write_stdout(format_traceback(space, e, '<scheduled>'))
    finally:
        space.sched_running = False
        if space.sched_queue:
            space.sched_pending = True


@unwrap_spec('alloc_emergency_exception_buf', 'int')
def micropython_alloc_emergency_exception_buf(space, size):
    return space.w_None


@unwrap_spec('native', 'obj')
def micropython_native(space, w_func):
    return w_func


@unwrap_spec('viper', 'obj')
def micropython_viper(space, w_func):
    return w_func


@unwrap_spec('asm_thumb', 'obj')
def micropython_asm_thumb(space, w_func):
    raise space.error(space.w_SyntaxError, "invalid micropython decorator")


FUNCTIONS = [micropython_opt_level, micropython_stack_use,
             micropython_mem_info, micropython_qstr_info,
             micropython_mem_current, micropython_mem_peak,
             micropython_mem_total, micropython_heap_lock,
             micropython_heap_unlock, micropython_heap_locked,
             micropython_kbd_intr, micropython_schedule,
             micropython_alloc_emergency_exception_buf, micropython_native,
             micropython_viper, micropython_asm_thumb]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('micropython'))
    w_dict.setitem(space.newtext('const'), micropython_const.w_builtin)
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('micropython', w_dict)
