"""`python support/translate.py <rpython options> targetmicropy.py`: RPython's
translator (`python -m rpython`), minus its start-up removal of rpython/_cache.

rpython/translator/goal/translate.py deletes the shared rpython/_cache directory
when it is imported.  `make test` runs the -O2 and -Ojit translations at once,
so one translation deleted the cache while the other was writing a compiler
probe into it (IOError: No such file or directory: .../_cache/...).  The cache
is keyed by a hash of what it holds, so keeping it is safe.  (Python 2.7.)
"""
import os
import sys

import py

_remove = py.path.local.remove
py.path.local.remove = lambda self, *args, **kwargs: None
try:
    from rpython.translator.goal.translate import main
finally:
    py.path.local.remove = _remove

def share_assertion_errors():
    """One prebuilt AssertionError instance instead of one per raise site.

    After each call to a function that always raises, RPython adds a
    `raise AssertionError("Call to ... should have raised")` for the
    normal return path (transform.py, cutoff_alwaysraising_block), with an
    instance of its own: 1,639 instances of 8 bytes (an RPython exception
    instance holds only its type; the message is not kept).  They become
    the standard instance, which remove_asserts also recognises, before
    remove_asserts runs.  (Translation time only; the non-JIT flavour.)
    """
    from rpython.flowspace.model import Constant
    from rpython.translator.backendopt import all as backendopt_all
    original = backendopt_all.remove_asserts

    def remove_asserts(translator, graphs):
        rtyper = translator.rtyper
        clsdef = translator.annotator.bookkeeper.getuniqueclassdef(
            AssertionError)
        ll_inst = rtyper.exceptiondata.get_standard_ll_exc_instance(
            rtyper, clsdef)
        ll_type = ll_inst.typeptr
        for graph in graphs:
            for link in graph.iterlinks():
                if (link.target is graph.exceptblock and
                        isinstance(link.args[0], Constant) and
                        isinstance(link.args[1], Constant) and
                        link.args[0].value == ll_type and
                        link.args[1].value != ll_inst):
                    c = Constant(ll_inst, link.args[1].concretetype)
                    link.args[1] = c
        original(translator, graphs)

    backendopt_all.remove_asserts = remove_asserts


def return_after_always_raising_calls():
    """After a call that always raises, the normal path returns the error
    value instead of raising an AssertionError.

    The annotator proved that such a call never returns (its result is
    impossible); RPython still gives the block a normal exit that raises
    AssertionError (transform.py, cutoff_alwaysraising_block): an exception
    check after the call and a raise.  Here that exit returns the same
    value as the exception path does (exceptiontransform.error_value of the
    return type), so that the C compiler merges the two paths and keeps
    neither the check nor the raise (~400 raise sites, ~1,000 checks).
    Installed with remove_asserts, which has the same purpose (a release
    build without RPython's consistency checks); translation time only.
    """
    from rpython.flowspace.model import Constant
    from rpython.translator import transform
    from rpython.translator.exceptiontransform import error_value
    from rpython.translator.backendopt import all as backendopt_all
    original_cutoff = transform.cutoff_alwaysraising_block
    cut_blocks = set()

    def cutoff_alwaysraising_block(self, block):
        original_cutoff(self, block)
        cut_blocks.add(block)

    transform.cutoff_alwaysraising_block = cutoff_alwaysraising_block
    original_remove = backendopt_all.remove_asserts

    def remove_asserts(translator, graphs):
        for graph in graphs:
            returnvar = graph.getreturnvar()
            T = getattr(returnvar, 'concretetype', None)
            if T is None:
                continue
            try:
                value = error_value(T)
            except (KeyError, AssertionError):
                continue
            for block in graph.iterblocks():
                if block not in cut_blocks or not block.exits:
                    continue
                link = block.exits[0]
                if (link.target is graph.exceptblock and
                        link.exitcase is None):
                    link.target = graph.returnblock
                    link.args = [Constant(value, T)]
        original_remove(translator, graphs)

    backendopt_all.remove_asserts = remove_asserts


def call_nursery_mallocs():
    """Allocations call the GC's nursery fast path instead of inlining it.

    RPython's framework GC transformer inlines incminimark's fast path
    (bump nursery_free, compare with nursery_top, write the header, the
    collect_and_reserve call when full) at every allocation site: ~80 bytes
    of code at each of the ~1,800 sites.  Here the transformer keeps its
    `malloc_fast` / `malloc_varsize_fast` helpers (the same code, with the
    GC's constant arguments folded) as functions that the sites call.
    (Translation time only; the non-JIT flavour: the JIT's own allocations
    are unaffected either way.)
    """
    from rpython.memory.gctransform import framework
    cls = framework.BaseFrameworkGCTransformer
    original = cls.__init__

    def __init__(self, translator):
        original(self, translator)
        for c_func in (self.malloc_fast_ptr, self.malloc_varsize_fast_ptr):
            if c_func is not None:
                self.graphs_to_inline.pop(c_func.value._obj.graph, None)

    cls.__init__ = __init__


def drop_class_names():
    """RPython class names only for exception classes, and no GC type names.

    Every RPython class's vtable points to its name, a prebuilt string
    (~300 of them, ~15 KB).  The C code reads it only to name an uncaught
    RPython exception in a fatal-error message, which exception classes keep;
    `str()` of another RPython instance (which micropy never shows) says
    "< object at 0x...>".  (Translation time only; the non-JIT flavour.)
    """
    from rpython.rtyper import rclass
    original = rclass.ClassRepr.fill_vtable_root

    def fill_vtable_root(self, vtable):
        original(self, vtable)
        if self.classdef is not None:
            cls = self.classdef.classdesc.pyobj
            if not (isinstance(cls, type) and
                    issubclass(cls, BaseException)):
                vtable.name = rclass.alloc_array_name('')

    rclass.ClassRepr.fill_vtable_root = fill_vtable_root
    # nor the zlib-compressed list of GC type names that RPython keeps for
    # rgc.get_typeids_z() (heap-dump tools; micropy has no use): 8.7 KB
    from rpython.memory.gctransform import framework
    original_write = framework.BaseFrameworkGCTransformer.write_typeid_list

    def write_typeid_list(self):
        typeids_z, typeids_list = original_write(self)
        return '', typeids_list

    framework.BaseFrameworkGCTransformer.write_typeid_list = write_typeid_list


# RPython's default is 32.4; 20 is 61 KB smaller for ~7% of speed, 8 was
# 1.6x slower (bench/RESULTS-size.md, round 3); with the allocations as calls
# (round 4) 12 is 28 KB smaller than 20 at no speed difference measurable on
# this VM, and smaller than 8 (which leaves more allocations unremoved)
INLINE_THRESHOLD = '12'

if __name__ == '__main__':
    if '-Ojit' not in sys.argv:
        # the non-JIT flavour: cold code compiled for size (support/coldcode.py)
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import coldcode
        coldcode.install()
        # RPython's inlining threshold for the hot code (none is inlined
        # into cold code): MICROPY_INLINE_THRESHOLD, default INLINE_THRESHOLD
        threshold = os.environ.get('MICROPY_INLINE_THRESHOLD',
                                   INLINE_THRESHOLD)
        if threshold and not [a for a in sys.argv
                              if a.startswith('--inline-threshold')]:
            sys.argv.insert(1, '--inline-threshold=' + threshold)
        # RPython's asserts become no-ops (as RPython's own -O3 and -Omem
        # do; a C build with NDEBUG): ~3,000 checks and raise sites
        if os.environ.get('MICROPY_REMOVE_ASSERTS', '1') != '0':
            sys.argv.insert(1, '--translation-backendopt-remove_asserts')
            share_assertion_errors()
            return_after_always_raising_calls()
        if os.environ.get('MICROPY_INLINE_MALLOC', '0') != '1':
            call_nursery_mallocs()
        drop_class_names()
    main()
