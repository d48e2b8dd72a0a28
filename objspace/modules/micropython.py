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
heap_lock/heap_unlock/heap_locked()  while the lock depth is above 0, the
                    allocations a program asks for raise MemoryError
                    ("memory allocation failed, heap is locked"): floats,
                    complex numbers, big ints, lists, tuples, dicts, sets,
                    instances (object() and user classes), functions and
                    closures, generators, str/bytes concatenation and
                    repetition, bytearray, range, iter, enumerate, zip,
                    map, filter, reversed, and list append/extend/insert
                    (always: MicroPython only when the list is full).  Not
                    yet refused: other str operations (slices, methods,
                    formatting, str(x)), bound methods, keyword-argument
                    dicts; exceptions are made, as in MicroPython.  Each
                    check is one load of space.heap_locked (quasi-immutable
                    for the JIT).  heap_unlock returns the new depth (not
                    below 0)
kbd_intr(c)         the character that raises KeyboardInterrupt (-1: none)
schedule(f, arg)    queue f(arg) to run soon: the eval loop runs the queue at
                    the next backward jump or function call; up to 4 may
                    wait ("RuntimeError: schedule queue full"); an exception
                    in f is printed (traceback on stdout, as MicroPython)
                    and the program goes on; those still queued when the
                    program ends run before its traceback and sys.atexit
                    (interp/main.py run_pending)
alloc_emergency_exception_buf(n)  accepted, nothing to do
native/viper(f)     f (code emitters MicroPython has; micropy runs bytecode)
asm_thumb           SyntaxError "invalid micropython decorator", as on unix
"""
from __future__ import absolute_import

from rpython.rlib import jit, rstack
from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype
from rpython.rtyper.lltypesystem.lloperation import llop

from interp.error import OperationError
from objspace.functionobject import builtin
from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.baseobject import W_Root, TypeDef

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


@jit.dont_look_inside
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
    from objspace.modules.gc import (heap_used_bytes, mem_peak_bytes,
                                     mem_free_bytes)
    current = heap_used_bytes(space)
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


# ---------------------------------------------------------------- RingIO
class W_RingIO(W_Root):
    """micropython.RingIO(size_or_buffer): MicroPython's ring-buffer stream
    (its py/ringbuf.c).  The ring is `size` bytes of a Buffer (a fresh one
    of size+1 bytes for an int, or the caller's writable buffer, written in
    place); one byte stays unused, so it holds size-1 bytes.  `iget` is
    where the next read starts, `iput` where the next write goes; equal
    means empty.  Writes store what fits and return the count; reads take
    what is there (never wait)."""

    def __init__(self, buf, size):
        self.buf = buf
        self.size = size
        self.iget = 0
        self.iput = 0

    def repr_w(self, space):
        return '<RingIO>'

    def check(self, space):
        # a bytearray given as the buffer may have shrunk since
        if self.buf.getlength() < self.size:
            raise space.value_error("buffer too small")

    def avail(self):
        n = self.iput - self.iget
        if n < 0:
            n += self.size
        return n

    def free(self):
        return self.size - 1 - self.avail()

    def put(self, space, data):
        self.check(space)
        n = self.free()
        if n > len(data):
            n = len(data)
        for i in range(n):
            self.buf.setitem(self.iput, data[i])
            self.iput += 1
            if self.iput >= self.size:
                self.iput = 0
        return n

    def get(self, space, n, stop_at_newline):
        """Up to n bytes (n < 0: all there is), up to and including the
        first '\\n' when stop_at_newline."""
        self.check(space)
        avail = self.avail()
        if n < 0 or n > avail:
            n = avail
        chars = []
        for i in range(n):
            c = self.buf.getitem(self.iget)
            self.iget += 1
            if self.iget >= self.size:
                self.iget = 0
            chars.append(c)
            if stop_at_newline and c == '\n':
                break
        return ''.join(chars)


def _ringio_new(space, w_type, args_w, kwnames):
    from objspace.memoryviewobject import get_buffer
    from objspace.bytearrayobject import W_BytearrayObject
    if kwnames:
        raise space.type_error("function doesn't take keyword arguments")
    if len(args_w) != 1:
        raise space.type_error("function takes 1 positional arguments but "
                               "%d were given" % len(args_w))
    w_arg = args_w[0]
    buf = get_buffer(space, w_arg)
    if buf is not None and not buf.is_readonly():
        size = buf.getlength()
    else:
        size = space.int_w(w_arg)
        if size <= 0:
            raise space.error_noarg(space.w_ValueError)
        size += 1
        buf = W_BytearrayObject(['\x00'] * size).buffer_w(space)
    if size <= 1:
        raise space.error_noarg(space.w_ValueError)
    return W_RingIO(buf, size)


def stream_write_data(space, w_data, w_a, w_b):
    """The bytes a MicroPython stream's write(buf[, max_len]) or
    write(buf, off, max_len) writes (its mp_stream_write_obj): buf's bytes
    (a str's UTF-8: MicroPython's str has the buffer protocol) from off,
    at most max_len of them; off and max_len are machine words taken as
    unsigned, so a negative one is huge (max_len: all; off: none left)."""
    from objspace.memoryviewobject import get_buffer
    from objspace.strobject import W_StrObject
    if isinstance(w_data, W_StrObject):
        data = w_data.utf8
    else:
        buf = get_buffer(space, w_data)
        if buf is None:
            raise space.type_error("object with buffer protocol required")
        data = buf.as_str()
    if w_a is None:
        return data
    if w_b is None:
        off = 0
        max_len = space.int_w(w_a)
    else:
        off = space.int_w(w_a)
        max_len = space.int_w(w_b)
        if off < 0 or off > len(data):
            off = len(data)
    end = len(data)
    if 0 <= max_len < end - off:
        end = off + max_len
    assert off >= 0 and end >= off
    return data[off:end]


def writable_buffer(space, w_buffer):
    """The Buffer of a value readinto() may fill; TypeError for others."""
    from objspace.memoryviewobject import get_buffer
    buf = get_buffer(space, w_buffer)
    if buf is None or buf.is_readonly():
        raise space.type_error("object with buffer protocol required")
    return buf


def clamp_length(length, n):
    """MicroPython's readinto(buf, n): at most len(buf); a negative n is
    huge (an unsigned machine word) and so means all of buf."""
    if n < 0 or n > length:
        return length
    return n


@unwrap_spec('any', W_RingIO)
def ringio_any(space, w_self):
    return space.newint(w_self.avail())


@unwrap_spec('read', W_RingIO, opt('int', -1))
def ringio_read(space, w_self, n):
    return space.newbytes(w_self.get(space, n, False))


@unwrap_spec('readline', W_RingIO, opt('int', -1))
def ringio_readline(space, w_self, n):
    return space.newbytes(w_self.get(space, n, True))


@unwrap_spec('readinto', W_RingIO, 'obj', opt('int', -1))
def ringio_readinto(space, w_self, w_buffer, n):
    buf = writable_buffer(space, w_buffer)
    data = w_self.get(space, clamp_length(buf.getlength(), n), False)
    for i in range(len(data)):
        buf.setitem(i, data[i])
    return space.newint(len(data))


@unwrap_spec('write', W_RingIO, 'obj', opt('obj', None), opt('obj', None))
def ringio_write(space, w_self, w_data, w_a, w_b):
    """write(buf[, max_len]) / write(buf, off, max_len): what fits."""
    data = stream_write_data(space, w_data, w_a, w_b)
    return space.newint(w_self.put(space, data))


@unwrap_spec('close', W_RingIO)
def ringio_close(space, w_self):
    """close(): nothing to release (MicroPython's does nothing either)."""
    return space.w_None


W_RingIO.typedef = TypeDef('RingIO', new=_ringio_new, methods={
    'any': ringio_any.w_builtin,
    'read': ringio_read.w_builtin,
    'readline': ringio_readline.w_builtin,
    'readinto': ringio_readinto.w_builtin,
    'write': ringio_write.w_builtin,
    'close': ringio_close.w_builtin,
})


FUNCTIONS = [micropython_opt_level, micropython_stack_use,
             micropython_mem_info, micropython_qstr_info,
             micropython_mem_current, micropython_mem_peak,
             micropython_mem_total, micropython_heap_lock,
             micropython_heap_unlock, micropython_heap_locked,
             micropython_kbd_intr, micropython_schedule,
             micropython_alloc_emergency_exception_buf, micropython_native,
             micropython_viper, micropython_asm_thumb]


def make_module(space):
    from objspace.typeobject import W_TypeObject
    typedef = W_RingIO.typedef
    if typedef.w_type is None:
        typedef.w_type = W_TypeObject(typedef.name, [space.w_object],
                                      dict(typedef.methods), typedef,
                                      typedef.new)
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('micropython'))
    w_dict.setitem(space.newtext('const'), micropython_const.w_builtin)
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    w_dict.setitem(space.newtext('RingIO'), typedef.w_type)
    return W_ModuleObject('micropython', w_dict)
