"""The gc module, MicroPython's functions: collect, enable, disable,
isenabled, mem_alloc, mem_free, threshold.

The heap is RPython's incminimark, which cannot be switched off from
RPython 0.2.1 (no rgc.enable/disable) nor asked for its size (no
rgc.get_stats): enable/disable only set the flag isenabled() reports;
collect() runs a major collection; mem_alloc() is the process's resident
memory (/proc/self/status VmRSS); mem_free() is what remains below
space.heap_limit (set by -X heapsize) or, with no limit, the system's
available memory (/proc/meminfo MemAvailable), -1 when unknown.
threshold() stores the value MicroPython would use to trigger collections
(-1: none) and returns it; collections still follow incminimark's own rule.
"""
from __future__ import absolute_import

import os

from rpython.rlib import rgc

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject


class GCState(object):
    def __init__(self):
        self.enabled = True
        self.threshold = -1

STATE = GCState()


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


def mem_free_bytes(space):
    if space.heap_limit > 0:
        free = space.heap_limit - mem_alloc_bytes()
        return free if free > 0 else 0
    kb = read_proc_kb('/proc/meminfo', 'MemAvailable')
    return kb * 1024 if kb >= 0 else -1


@unwrap_spec('collect')
def gc_collect(space):
    rgc.collect()
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
    return space.newint(mem_alloc_bytes())


@unwrap_spec('mem_free')
def gc_mem_free(space):
    return space.newint(mem_free_bytes(space))


@unwrap_spec('threshold', opt('obj', None))
def gc_threshold(space, w_amount):
    if w_amount is None:
        return space.newint(STATE.threshold)
    amount = space.int_w(w_amount)
    STATE.threshold = amount if amount >= 0 else -1
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
