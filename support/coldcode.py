"""Compile micropy's cold code for size, its hot code for speed (-O2 flavour).

RPython's C backend writes the functions of each RPython module into a .c file
named after it (interp/parser.py -> interp_parser.c, split into _1, _2, ...
when long) and a Makefile that compiles them all with the same CFLAGS.  Most
of the interpreter runs rarely or once per program (the tokenizer, parser,
compiler, the CLI and REPL, imports, most builtin modules, the user-subclass
protocol, str/bytes/dict/set methods, ...): compiled with -Os and without
RPython's inlining into it, it is much smaller, at a few per cent of speed.
The eval loop, the object space's core types, the dict and list internals
and the GC stay -O2.  `install()` (called by support/translate.py for the
non-JIT flavour) makes RPython

  - name the .c files after every module, also in sub-packages
    (objspace/modules/json.py -> objspace_modules_json.c, where RPython put
    all of objspace/modules/ together), and name the functions that builtin
    wrappers generate with `exec` (objspace/gateway.py) after the module of
    the function they wrap, not "implement.c";
  - not inline any function into a cold function (but `_always_inline_`
    ones): a small callee was copied into each of its callers;
  - put COLD_FUNCTIONS (rarely-run functions of hot modules) in a separate
    cold file <module>_cold.c;
  - add `-Os` (COLD_CFLAGS) for the .o files of cold modules to the Makefile
    (the list is also written to cold-objects.txt in the usession).

Since round 3 the Makefile compiles all code -Os (with -flto): what then
still differs for cold code is that RPython inlines nothing into it, while
hot code gets RPython's inlining (threshold: support/translate.py).

Which modules are hot was measured (bench/RESULTS-size.md): a perf profile of
bench/programs, then the CPU time of the programs with the candidates -Os.
MICROPY_COLD_CFLAGS in the environment replaces COLD_CFLAGS ("" turns the
whole thing off); MICROPY_COLD_INLINE=0 keeps RPython's inlining into cold
code; MICROPY_HOT_EXTRA / MICROPY_COLD_EXTRA (comma-separated base names)
move modules between the two sets.  (Python 2.7, translation time only.)
"""
import os
import re
import sys

COLD_CFLAGS = os.environ.get('MICROPY_COLD_CFLAGS', '-Os')

# Hot: compiled with the Makefile's CFLAGS (-O2), and RPython inlines into
# their functions as usual.  Everything else is cold.  Names are .c base names
# (a module's dotted path with '_'); HOT_PREFIXES cover whole packages.
HOT = set("""
interp_frame interp_code interp_error interp_signals interp_stackcheck
objspace_space objspace_baseobject objspace_intobject objspace_longobject
objspace_floatobject objspace_listobject objspace_utf8
objspace_functionobject objspace_typeobject objspace_mapdict
objspace_boolobject objspace_noneobject objspace_rangeobject
objspace_iterobject objspace_sequence objspace_generatorobject
objspace_gateway objspace_formatting
objspace_modules_json objspace_modules_struct objspace_modules_binpack
objspace_memoryviewobject objspace_modules_re
rpython_rlib_unicodedata_unicodedb_8_0_0 objspace_unicodedb
""".split())
HOT_PREFIXES = (
    'rpython_memory', 'rpython_rtyper', 'rpython_translator',
    'rpython_rlib_rstack', 'rpython_rlib_rarithmetic', 'rpython_rlib_rbigint',
    'rpython_rlib_listsort',
    'rpython_rlib_objectmodel', 'rpython_rlib_rstring', 'rpython_rlib_rgc',
    'rpython_rlib_jit', 'rpython_rlib_rerased', 'rpython_rlib_debug',
    'rpython_rlib_rsre', 'rpython_rlib_rstruct', 'rpython_rlib_rfloat',
    'rpython_rlib_longlong2float',
)

# Functions of hot modules that run rarely (resizing a dict's index, error
# paths, class creation, set-up): matched against the function's name, they
# go to <module>_cold.c and are cold.
COLD_FUNCTIONS = re.compile(r"""^(?:
    ll_dict_(?:reindex|remove_deleted_items|grow|rehash_after_translation)
  | ll_clear_indexes | fail | _fail_expected | _check_kw
  | .*[._](?:getdict|delattr_instance)
  | builtin_build_class | compute_mro | new_user_type
  | IncrementalMiniMarkGC_setup | .*_error
)""", re.X)

_EXTRA_HOT = os.environ.get('MICROPY_HOT_EXTRA', '')
HOT.update(_EXTRA_HOT.split(','))
HOT.discard('')
_COLD_EXTRA = set(os.environ.get('MICROPY_COLD_EXTRA', '').split(','))

_bases = set()   # every module base name given to a function node


def _module_file(graph):
    """The .py file that graph's function comes from: its own file, or for
    functions made by exec the file of the module named __name__ in its
    globals."""
    func = getattr(graph, 'func', None)
    if func is None:
        return None
    filename = getattr(graph, 'filename', None) or ''
    if filename.endswith('.py'):
        return filename
    modname = func.func_globals.get('__name__')
    mod = sys.modules.get(modname) if modname else None
    filename = getattr(mod, '__file__', None) or ''
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    if filename.endswith('.py'):
        return filename
    return None


def _base_name(graph):
    """The .c base name for graph's function: its module's, with '_cold'
    added for a COLD_FUNCTIONS function of a hot module."""
    base = _module_base_name(graph)
    if base is not None and is_hot(base) and \
            COLD_FUNCTIONS.match(graph.name):
        base += '_cold'
    return base


def _module_base_name(graph):
    import py
    filename = _module_file(graph)
    if filename is None:
        return None
    localpath = py.path.local(filename)
    pypkgpath = localpath.pypkgpath()
    if not pypkgpath:
        return None
    relpypath = localpath.relto(pypkgpath.dirname)
    return relpypath[:-len('.py')].replace(os.path.sep, '_')


def _getbasecfilefornode(self, node, basecname):
    if hasattr(node.obj, 'graph'):
        name = _base_name(node.obj.graph)
        if name is not None:
            _bases.add(name)
            return name + '.c'
    elif node._funccodegen_owner is not None:
        graph = getattr(node._funccodegen_owner, 'graph', None)
        name = _base_name(graph) if graph is not None else None
        if name is not None:
            return 'data_' + name + '.c'
    return basecname


def is_hot(base):
    if base in _COLD_EXTRA or base.endswith('_cold'):
        return False
    return base in HOT or base.startswith(HOT_PREFIXES)


def graph_is_cold(graph):
    base = _base_name(graph)
    return base is not None and not is_hot(base)


def cold_objects(cfiles):
    """The .o names of the cold modules' .c files among cfiles (basenames)."""
    out = []
    for cfile in cfiles:
        stem = cfile[:-2]
        base = stem
        if base not in _bases:
            m = re.match(r'(.*)_\d+$', stem)
            if m and m.group(1) in _bases:
                base = m.group(1)
        if base in _bases and not is_hot(base):
            out.append(stem + '.o')
    return sorted(out)


def _install_inline_filter():
    """No inlining into cold functions: RPython inlines a small function
    into every caller, which in cold code only makes it bigger."""
    from rpython.translator.backendopt import inline
    original = inline.inlinable_static_callers

    def inlinable_static_callers(graphs, store_calls=False, ok_to_call=None):
        result = original(graphs, store_calls, ok_to_call)
        cold = {}
        kept = []
        for item in result:
            caller, callee = item[0], item[-1]
            if caller not in cold:
                cold[caller] = graph_is_cold(caller)
            if cold[caller] and not inline.always_inline(callee):
                continue
            kept.append(item)
        return kept

    inline.inlinable_static_callers = inlinable_static_callers


def install():
    if not COLD_CFLAGS:
        return
    if os.environ.get('MICROPY_COLD_INLINE', '1') != '0':
        _install_inline_filter()
    from rpython.translator.c import genc
    genc.SourceGenerator.getbasecfilefornode = _getbasecfilefornode
    original = genc.CStandaloneBuilder.gen_makefile

    def gen_makefile(self, targetdir, *args, **kwargs):
        result = original(self, targetdir, *args, **kwargs)
        cfiles = [p.basename for p in targetdir.listdir('*.c')]
        objs = cold_objects(cfiles)
        makefile = targetdir.join('Makefile')
        lines = ['', '# cold modules (support/coldcode.py)']
        for obj in objs:
            lines.append('%s: CFLAGSEXTRA += %s' % (obj, COLD_CFLAGS))
        makefile.write(makefile.read() + '\n'.join(lines) + '\n')
        targetdir.join('cold-objects.txt').write('\n'.join(objs) + '\n')
        return result

    genc.CStandaloneBuilder.gen_makefile = gen_makefile
