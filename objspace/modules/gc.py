"""The gc module, MicroPython's functions: collect, enable, disable,
isenabled, mem_alloc, mem_free, threshold.

The heap is RPython's incminimark, which cannot be switched off from
RPython 0.2.1 (no rgc.enable/disable) nor asked for its size (no
rgc.get_stats), so:
- enable()/disable() only set the flag isenabled() reports (True at each
  program start); collections go on either way, and collect() runs a
  major collection (returning 0) in both states.
- threshold(n) stores n rounded down to MicroPython's 32-byte blocks (its
  64-bit ports) and threshold() returns it; -1 (none, the start value)
  for a negative n.  Collections still follow incminimark's own rule.
- mem_alloc()/mem_free(): with a heap limit (-X heapsize, space.heap_limit)
  mem_alloc() is the growth of the process's resident memory since the
  program started (/proc/self/status VmRSS), at most the limit, and
  mem_free() the rest of the limit: mem_alloc() + mem_free() is the limit,
  as in MicroPython.  (Resident memory moves with every call, so the
  figure is measured by mem_alloc(), collect() and the first mem_free()
  of a program, and mem_free() reports the limit minus the last one.)  With no limit, mem_alloc() is the resident memory
  and mem_free() the system's available memory (/proc/meminfo
  MemAvailable), -1 when unknown.
"""
from __future__ import absolute_import

import os

from rpython.rlib import rgc

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject


BYTES_PER_BLOCK = 32     # MicroPython's gc block on 64-bit ports


class GCState(object):
    def __init__(self):
        self.enabled = True
        self.threshold = -1
        self.rss_at_start = 0
        self.last_used = -1     # the last heap_used_bytes(), -1: none yet

STATE = GCState()


def reset():
    """At each program start (space.reset_modules)."""
    STATE.enabled = True
    STATE.threshold = -1
    kb = read_proc_kb('/proc/self/status', 'VmRSS')
    STATE.rss_at_start = kb * 1024 if kb > 0 else 0
    STATE.last_used = -1


def read_proc_kb(path, field):
    """The number of kB on the line `field: N kB` of a /proc file, or -1."""
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return -1
    try:
        chunks = []
        while True:
            data = os.read(fd, 4096)
            if not data:
                break
            chunks.append(data)
    except OSError:
        os.close(fd)
        return -1
    os.close(fd)
    text = ''.join(chunks)
    for line in text.split('\n'):
        if line.startswith(field + ':'):
            digits = ''
            for c in line[len(field) + 1:]:
                if '0' <= c <= '9':
                    digits += c
                elif digits:
                    break
            if digits:
                return int(digits)
    return -1


def mem_alloc_bytes():
    """Memory in use by the process (bytes), or 0 if unknown."""
    kb = read_proc_kb('/proc/self/status', 'VmRSS')
    return kb * 1024 if kb > 0 else 0


def mem_peak_bytes():
    kb = read_proc_kb('/proc/self/status', 'VmHWM')
    return kb * 1024 if kb > 0 else mem_alloc_bytes()


def heap_used_bytes(space):
    """What gc.mem_alloc() reports (see the module docstring)."""
    rss = mem_alloc_bytes()
    limit = space.heap_limit
    if limit <= 0:
        return rss
    used = rss - STATE.rss_at_start
    if used < 0:
        used = 0
    if used > limit:
        used = limit
    STATE.last_used = used
    return used


def mem_free_bytes(space):
    limit = space.heap_limit
    if limit > 0:
        used = STATE.last_used
        if used < 0:
            used = heap_used_bytes(space)
        return limit - used
    kb = read_proc_kb('/proc/meminfo', 'MemAvailable')
    return kb * 1024 if kb >= 0 else -1


@unwrap_spec('collect')
def gc_collect(space):
    rgc.collect()
    if space.heap_limit > 0:
        heap_used_bytes(space)
    return space.newint(0)


@unwrap_spec('enable')
def gc_enable(space):
    STATE.enabled = True
    return space.w_None


@unwrap_spec('disable')
def gc_disable(space):
    STATE.enabled = False
    return space.w_None


@unwrap_spec('isenabled')
def gc_isenabled(space):
    return space.newbool(STATE.enabled)


@unwrap_spec('mem_alloc')
def gc_mem_alloc(space):
    return space.newint(heap_used_bytes(space))


@unwrap_spec('mem_free')
def gc_mem_free(space):
    return space.newint(mem_free_bytes(space))


@unwrap_spec('threshold', opt('obj', None))
def gc_threshold(space, w_amount):
    if w_amount is None:
        return space.newint(STATE.threshold)
    amount = space.int_w(w_amount)
    if amount < 0:
        STATE.threshold = -1
    else:
        STATE.threshold = amount // BYTES_PER_BLOCK * BYTES_PER_BLOCK
    return space.w_None


FUNCTIONS = [gc_collect, gc_enable, gc_disable, gc_isenabled, gc_mem_alloc,
             gc_mem_free, gc_threshold]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('gc'))
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('gc', w_dict)
