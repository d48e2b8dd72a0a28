"""RPython translation target for micropy: `rpython [-O2|-Ojit] targetmicropy.py`.

Importing interp.main builds the object space (types, exceptions, builtins)
here, at translation time, so the binary starts with all of it prebuilt.
"""
import os

from rpython.memory.gctransform import shadowstack
from rpython.memory.gc import env as gc_env

from interp.main import entry_point

# The GC's shadow stack (a root slot per live reference in each RPython
# frame) must outlast the C stack, whose overflow check (6 MB, set in
# entry_point) turns deep recursion into RecursionError.  The default
# 163840 slots (1.3 MB) overflowed first and crashed; 1M slots are 8 MB of
# address space, touched only as deep as the program recurses.
shadowstack.ShadowStackPool.root_stack_depth = 1 << 20

# incminimark sizes its nursery from the L2 cache size it reads at start-up;
# virtual machines report absurd sizes (272 MB here, giving 137 MB of RSS
# for a simple loop).  A fixed 1 MB nursery suits router-class boxes and
# desktops alike; PYPY_GC_NURSERY and the other PYPY_GC_* variables still
# override it.
NURSERY_SIZE = 1024 * 1024


def _fixed_nursery_size():
    return NURSERY_SIZE


gc_env.estimate_best_nursery_size = _fixed_nursery_size


def drop_debug_tracebacks():
    """Leave out RPython's debug tracebacks (the -O2 flavour only).

    Every place an RPython exception passes through gets a static
    {file, function, line} record and code storing it in a ring buffer,
    printed only when an RPython-level exception escapes the entry point
    (a micropy bug: "Fatal RPython error").  There were 44,000 such places:
    0.9 MB of records, 1.3 MB of code, and 1.8 MB of start-up relocations
    in a position-independent executable.  Without them a fatal error
    still prints "Fatal RPython error: <exception name>" and aborts.
    The check at each of the ~850 `except` clauses that it doesn't catch
    an RPython AssertionError or NotImplementedError (a bug) is left out
    too (~20 KB of code); the asserts themselves are removed by RPython's
    remove_asserts (support/translate.py), as in a C build with NDEBUG.
    MICROPY_RPY_TRACEBACKS=1 in the environment keeps them.
    """
    from rpython.translator.c.funcgen import FunctionCodeGenerator

    def OP_DEBUG_RECORD_TRACEBACK(self, op):
        return '/* debug_record_traceback */'

    def OP_DEBUG_CATCH_EXCEPTION(self, op):
        return '/* debug_catch_exception */'

    FunctionCodeGenerator.OP_DEBUG_RECORD_TRACEBACK = OP_DEBUG_RECORD_TRACEBACK
    FunctionCodeGenerator.OP_DEBUG_CATCH_EXCEPTION = OP_DEBUG_CATCH_EXCEPTION


def target(driver, args):
    driver.exe_name = 'micropy'
    if not driver.config.translation.jit and \
            not os.environ.get('MICROPY_RPY_TRACEBACKS'):
        drop_debug_tracebacks()
    return entry_point, None


# Code the JIT leaves out of traces (calls into it stay residual calls): the
# front end (a program compiles once), the CLI and REPL, imports, and the
# builtin modules that do I/O, talk to the GC or the OS, or whose work is a
# long loop of its own (hashing, JSON, the regex compiler and matcher).
# Everything else, the eval loop and the object space, is traced.
JIT_OPAQUE_MODULES = frozenset([
    'interp.tokenizer', 'interp.parser', 'interp.ast', 'interp.symtable',
    'interp.compiler', 'interp.main', 'interp.repl', 'interp.lineedit',
    'interp.execution', 'interp.heaplimit',
    'objspace.importing', 'objspace.frozen',
    'objspace.modules.gc', 'objspace.modules.os', 'objspace.modules.io',
    'objspace.modules.sys', 'objspace.modules.time',
    'objspace.modules.micropython', 'objspace.modules.platform',
    'objspace.modules.hashlib', 'objspace.modules.sha256',
    'objspace.modules.binascii', 'objspace.modules.errno',
    'objspace.modules.json', 'objspace.modules.re',
    'objspace.modules.re_compile',
])


def force_pure_lazy_sets_before_calls():
    """Work around an optimizer bug of RPython 0.2.1's JIT.

    The heap optimizer delays the stores into a freshly allocated object
    ("lazy setfields") and writes them out before a residual call only for
    the fields the callee's effect info says it reads.  Stores into
    immutable (`_immutable_fields_`) fields were left pending across the
    call, so the callee read a NULL field: `s.replace(...)` on a str just
    built by `%` crashed once its loop was compiled.  Writing out every
    pending immutable-field store before each call fixes it at no cost
    (such a store is emitted sooner or later anyway).
    """
    from rpython.jit.metainterp.optimizeopt.heap import OptHeap
    if getattr(OptHeap, '_micropy_patched', False):
        return
    original = OptHeap.force_from_effectinfo

    def force_from_effectinfo(self, effectinfo):
        for fielddescr, cf in self.cached_fields.items():
            if fielddescr.is_always_pure():
                cf.force_lazy_set(self, fielddescr)
        original(self, effectinfo)

    OptHeap.force_from_effectinfo = force_from_effectinfo
    OptHeap._micropy_patched = True


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    force_pure_lazy_sets_before_calls()

    class MicropyJitPolicy(JitPolicy):
        def look_inside_function(self, func):
            if getattr(func, '__module__', None) in JIT_OPAQUE_MODULES:
                return False
            return JitPolicy.look_inside_function(self, func)

    return MicropyJitPolicy()
