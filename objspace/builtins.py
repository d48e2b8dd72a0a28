"""The builtins module: builtin functions and the names of builtin types.

Behaviour: CPython 3's builtins; error messages: MicroPython's.  The module
is built once with the space, at translation time.
"""
from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace.moduleobject import W_ModuleObject
from objspace.strobject import W_StrObject
from objspace.intobject import W_IntObject
from objspace import utf8, iterdriver
from objspace.descriptors import W_Property, W_ClassMethod, W_StaticMethod, W_Super
from objspace.iterobject import (W_Enumerate, W_Zip, W_Map, W_Filter,
                                 W_Reversed)
from objspace.bytesobject import W_BytesObject
from objspace.bytearrayobject import W_BytearrayObject
from objspace.memoryviewobject import W_MemoryView


# ------------------------------------------------------------ helpers

def _npos(args_w, kwnames):
    """The number of positional arguments in a call's args_w."""
    return len(args_w) - (len(kwnames) if kwnames is not None else 0)


def _attr_name(space, w_name):
    if not isinstance(w_name, W_StrObject):
        raise space.type_error("can't convert '%s' object to str implicitly"
                               % space.type_name(w_name))
    return w_name.utf8


def index_of(space, w_obj):
    """The int (W_IntObject or W_LongObject) that w_obj stands for as an
    index: an int itself, or what its __index__ returns; TypeError else."""
    from objspace.longobject import W_LongObject
    from objspace.instanceobject import W_InstanceObject, call_special
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return w_obj
    if isinstance(w_obj, W_InstanceObject):
        w_res = call_special(space, w_obj, '__index__', [])
        if w_res is not None:
            if (isinstance(w_res, W_IntObject)
                    or isinstance(w_res, W_LongObject)):
                return w_res
            raise space.type_error("__index__ returned non-int (type %s)"
                                   % space.type_name(w_res))
    raise space.type_error("can't convert %s to int" % space.type_name(w_obj))


def current_globals(space):
    """The globals dict of the running frame."""
    frame = space.current_frame()
    if frame is None:
        return space.newdict()
    return frame.w_globals


def current_locals(space):
    """locals() of the running frame: the namespace dict of a module or
    class body, a new dict of the bound fast locals and cells of a
    function."""
    frame = space.current_frame()
    if frame is None:
        return space.newdict()
    if frame.w_locals is not None:
        return frame.w_locals
    if frame.w_func is None:
        return frame.w_globals
    return frame_locals_snapshot(space, frame)


def frame_locals_snapshot(space, frame):
    from objspace.functionobject import W_CellObject
    code = frame.code
    w_dict = space.newdict()
    for i in range(code.nlocals):
        w_value = frame.locals_cells_stack_w[i]
        if w_value is not None:
            w_dict.setitem(space.newtext(code.varnames[i]), w_value)
    ncellvars = len(code.cellvars)
    for i in range(code.ncells):
        w_cell = frame.locals_cells_stack_w[code.nlocals + i]
        if not isinstance(w_cell, W_CellObject):
            continue
        if i < ncellvars:
            name = code.cellvars[i]
        else:
            name = code.freevars[i - ncellvars]
        w_key = space.newtext(name)
        if w_cell.w_value is not None:
            w_dict.setitem(w_key, w_cell.w_value)
        elif w_dict.getitem(w_key) is not None:
            # a parameter whose value moved into its cell, since deleted
            w_dict.descr_delitem(space, w_key)
    return w_dict


def _sorted_str_list(space, names):
    # sorted as str objects by list.sort's own specialisation (a TimSort
    # on RPython strings of its own was 5 KB of code)
    from objspace.listobject import sort_items
    items_w = [space.newtext(name) for name in names]
    sort_items(space, items_w, None, False)
    return space.newlist(items_w)


def _dict_str_keys(w_dict, seen):
    for w_key in w_dict.storage.keys():
        if isinstance(w_key, W_StrObject):
            seen[w_key.utf8] = None


# ------------------------------------------------------------ output, input

@builtin('print', 0, -1, keywords=True)
def builtin_print(space, args_w, kwnames):
    """print(*objects, sep=' ', end='\\n', file=None, flush=False); a file
    is any object with a write method, called once per piece as CPython
    does."""
    check_keywords(space, kwnames, ['sep', 'end', 'file', 'flush'])
    sep = _print_text(space, get_keyword(args_w, kwnames, 'sep'), ' ', 'sep')
    end = _print_text(space, get_keyword(args_w, kwnames, 'end'), '\n', 'end')
    npos = _npos(args_w, kwnames)
    w_file = get_keyword(args_w, kwnames, 'file')
    w_flush = get_keyword(args_w, kwnames, 'flush')
    flush = w_flush is not None and space.is_true(w_flush)
    if w_file is None or space.is_none(w_file):
        parts = [space.str_w(args_w[i]) for i in range(npos)]
        space.write_stdout(sep.join(parts) + end)
        if flush:
            space.flush_stdout()
        return space.w_None
    w_write = space.getattr(w_file, 'write')
    for i in range(npos):
        if i > 0:
            space.call_function(w_write, [space.newtext(sep)])
        space.call_function(w_write, [space.str(args_w[i])])
    space.call_function(w_write, [space.newtext(end)])
    if flush:
        space.call_function(space.getattr(w_file, 'flush'), [])
    return space.w_None


def _print_text(space, w_value, default, what):
    if w_value is None or space.is_none(w_value):
        return default
    if not isinstance(w_value, W_StrObject):
        raise space.type_error("%s must be None or a string, not %s"
                               % (what, space.type_name(w_value)))
    return w_value.utf8


@builtin('input', 0, 1)
def builtin_input(space, args_w, kwnames):
    """input([prompt]): the prompt on stdout, then one line of stdin without
    its newline; EOFError at the end of input."""
    import os
    if args_w:
        space.write_stdout(space.str_w(args_w[0]))
    space.flush_stdout()
    chars = []
    while True:
        try:
            c = os.read(0, 1)
        except OSError:
            c = ''
        if not c:
            if not chars:
                raise space.error_noarg(space.w_EOFError)
            break
        if c == '\n':
            break
        chars.append(c)
    line = ''.join(chars)
    if utf8.check_utf8(line) >= 0:
        raise space.error(space.w_UnicodeError, "invalid UTF-8 in input")
    return space.newtext(line)


HELP_TEXT = """Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
"""


@builtin('help', 0, 1)
def builtin_help(space, args_w, kwnames):
    """help(): MicroPython's welcome text; help(obj): the object, its type
    and the names in its module dict or type dict, as MicroPython prints."""
    from objspace.typeobject import W_TypeObject
    if not args_w:
        space.write_stdout(HELP_TEXT)
        return space.w_None
    w_obj = args_w[0]
    lines = ['object %s is of type %s\n' % (space.str_w(w_obj),
                                            space.type_name(w_obj))]
    if isinstance(w_obj, W_ModuleObject):
        for w_key, w_value in w_obj.w_dict.storage.iteritems():
            lines.append('  %s -- %s\n' % (space.str_w(w_key),
                                           space.str_w(w_value)))
    else:
        w_type = space.type(w_obj)
        if isinstance(w_obj, W_TypeObject):
            w_type = w_obj
        for name, w_value in w_type.dict_w.items():
            lines.append('  %s -- %s\n' % (name, space.str_w(w_value)))
    space.write_stdout(''.join(lines))
    return space.w_None


# ------------------------------------------------------------ numbers, text

@builtin('len', 1, 1)
def builtin_len(space, args_w, kwnames):
    return space.len(args_w[0])


@builtin('abs', 1, 1)
def builtin_abs(space, args_w, kwnames):
    return space.abs(args_w[0])


@builtin('repr', 1, 1)
def builtin_repr(space, args_w, kwnames):
    return space.repr(args_w[0])


@builtin('ascii', 1, 1)
def builtin_ascii(space, args_w, kwnames):
    """repr() with every non-ASCII code point escaped (\\xhh, \\uhhhh,
    \\Uhhhhhhhh)."""
    return space.newtext(ascii_escape(space.repr_w(args_w[0])))


HEX = '0123456789abcdef'


def ascii_escape(s):
    from rpython.rlib.rstring import StringBuilder
    if utf8.is_ascii(s):
        return s
    b = StringBuilder(len(s) + 16)
    pos = 0
    while pos < len(s):
        c = s[pos]
        if ord(c) < 0x80:
            b.append(c)
            pos += 1
            continue
        cp = utf8.codepoint_at(s, pos)
        pos = utf8.next_codepoint_pos(s, pos)
        if cp < 0x100:
            b.append('\\x')
            ndigits = 2
        elif cp < 0x10000:
            b.append('\\u')
            ndigits = 4
        else:
            b.append('\\U')
            ndigits = 8
        for k in range(ndigits - 1, -1, -1):
            b.append(HEX[(cp >> (4 * k)) & 15])
    return b.build()


@builtin('chr', 1, 1)
def builtin_chr(space, args_w, kwnames):
    from objspace.longobject import W_LongObject
    w_cp = index_of(space, args_w[0])
    if isinstance(w_cp, W_LongObject):
        raise space.overflow_error("overflow converting long int to machine "
                                   "word")
    cp = space.int_w(w_cp)
    if cp < 0 or cp > 0x10FFFF:
        raise space.value_error("chr() arg not in range(0x110000)")
    return W_StrObject(utf8.encode_codepoint(cp), 1)


@builtin('ord', 1, 1)
def builtin_ord(space, args_w, kwnames):
    w_s = args_w[0]
    if isinstance(w_s, W_StrObject):
        n = w_s.length()
        if n != 1:
            raise space.type_error("ord() expected a character, but string "
                                   "of length %d found" % n)
        return space.newint(utf8.codepoint_at(w_s.utf8, 0))
    name = space.type_name(w_s)
    if name == 'bytes' or name == 'bytearray':
        # (the bytes types come from their own file: use the protocol)
        n = space.len_w(w_s)
        if n != 1:
            raise space.type_error("ord() expected a character, but string "
                                   "of length %d found" % n)
        return space.getitem(w_s, space.newint(0))
    raise space.type_error("ord() expected string of length 1, but %s found"
                           % name)


def _int_base(space, args_w, digits, prefix):
    from objspace.formatting import _format_int
    w_x = index_of(space, args_w[0])
    s = _format_int(space, w_x, digits, '')
    if s.startswith('-'):
        return space.newtext('-' + prefix + s[1:])
    return space.newtext(prefix + s)


@builtin('hex', 1, 1)
def builtin_hex(space, args_w, kwnames):
    return _int_base(space, args_w, 'x', '0x')


@builtin('oct', 1, 1)
def builtin_oct(space, args_w, kwnames):
    return _int_base(space, args_w, 'o', '0o')


@builtin('bin', 1, 1)
def builtin_bin(space, args_w, kwnames):
    return _int_base(space, args_w, 'b', '0b')


@builtin('format', 1, 2)
def builtin_format(space, args_w, kwnames):
    """format(value, spec=''): the type's __format__ for user classes, the
    format mini-language for builtin types."""
    from objspace.formatting import format_spec
    w_value = args_w[0]
    w_spec = args_w[1] if len(args_w) > 1 else space.newtext('')
    spec = space.text_w(w_spec)
    w_type = space.type(w_value)
    if w_type.is_user_type:
        w_format = w_type.lookup('__format__')
        if w_format is not None:
            w_res = space.call_bound(w_format, w_value, [w_spec])
            if not isinstance(w_res, W_StrObject):
                raise space.type_error("__format__ must return a str, not %s"
                                       % space.type_name(w_res))
            return w_res
    if spec == '':
        return space.str(w_value)
    return space.newtext(format_spec(space, w_value, spec))


@builtin('hash', 1, 1)
def builtin_hash(space, args_w, kwnames):
    return space.newint(space.hash_w(args_w[0]))


@builtin('id', 1, 1)
def builtin_id(space, args_w, kwnames):
    return space.newint(space.id_of(args_w[0]))


@builtin('divmod', 2, 2)
def builtin_divmod(space, args_w, kwnames):
    return space.newtuple([space.floordiv(args_w[0], args_w[1]),
                           space.mod(args_w[0], args_w[1])])


# ------------------------------------------------------------ iteration

@builtin('iter', 1, 2)
def builtin_iter(space, args_w, kwnames):
    """iter(iterable), or iter(callable, sentinel)."""
    if space.heap_locked:
        raise space.heap_locked_error()
    if len(args_w) == 2:
        from objspace.iterobject import W_CallableIterator
        if not space.callable_w(args_w[0]):
            raise space.type_error("iter(v, w): v must be callable")
        return W_CallableIterator(args_w[0], args_w[1])
    return space.iter(args_w[0])


@builtin('next', 1, 2)
def builtin_next(space, args_w, kwnames):
    from objspace.generatorobject import W_Generator
    w_iter = args_w[0]
    if isinstance(w_iter, W_Generator):
        # keep the generator's return value for StopIteration.value
        w_item = w_iter.send_ex(None, None)
        if not w_iter.frame.finished:
            return w_item
        if len(args_w) > 1:
            return args_w[1]
        raise space.stop_iteration(w_item)
    w_item = space.next(w_iter)
    if w_item is None:
        if len(args_w) > 1:
            return args_w[1]
        raise space.error_noarg(space.w_StopIteration)
    return w_item


@builtin('all', 1, 1)
def builtin_all(space, args_w, kwnames):
    w_iter = space.iter(args_w[0])
    w_type = space.type(w_iter)
    code = w_iter.jit_iter_code()
    while True:
        iterdriver.all_driver.jit_merge_point(w_type=w_type, code=code)
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


@builtin('any', 1, 1)
def builtin_any(space, args_w, kwnames):
    w_iter = space.iter(args_w[0])
    w_type = space.type(w_iter)
    code = w_iter.jit_iter_code()
    while True:
        iterdriver.any_driver.jit_merge_point(w_type=w_type, code=code)
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


def _min_max(space, args_w, kwnames, is_max):
    check_keywords(space, kwnames, ['key', 'default'])
    npos = _npos(args_w, kwnames)
    if npos == 0:
        raise space.type_error("function missing 1 required positional "
                               "arguments")
    w_key = get_keyword(args_w, kwnames, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_default = get_keyword(args_w, kwnames, 'default')
    if npos == 1:
        w_iter = space.iter(args_w[0])
    else:
        if w_default is not None:
            raise space.type_error("Cannot specify a default for %s() with "
                                   "multiple positional arguments"
                                   % ('max' if is_max else 'min'))
        assert npos >= 0
        w_iter = space.iter(space.newtuple(args_w[:npos]))
    w_best = None
    w_best_key = None
    w_type = space.type(w_iter)
    code = w_iter.jit_iter_code()
    while True:
        iterdriver.minmax_driver.jit_merge_point(w_type=w_type, code=code)
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_k = w_item if w_key is None else space.call_function(w_key, [w_item])
        if w_best is None:
            better = True
        elif is_max:
            better = space.lt_w(w_best_key, w_k)
        else:
            better = space.lt_w(w_k, w_best_key)
        if better:
            w_best = w_item
            w_best_key = w_k
    if w_best is None:
        if w_default is not None:
            return w_default
        raise space.value_error("arg is an empty sequence")
    return w_best


@builtin('min', 0, -1, keywords=True)
def builtin_min(space, args_w, kwnames):
    return _min_max(space, args_w, kwnames, False)


@builtin('max', 0, -1, keywords=True)
def builtin_max(space, args_w, kwnames):
    return _min_max(space, args_w, kwnames, True)


@builtin('sum', 1, 2, keywords=True)
def builtin_sum(space, args_w, kwnames):
    """sum(iterable, /, start=0); str, bytes and bytearray starts are
    refused as CPython does."""
    check_keywords(space, kwnames, ['start'])
    npos = _npos(args_w, kwnames)
    w_total = get_keyword(args_w, kwnames, 'start')
    if npos > 1:
        if w_total is not None:
            raise space.type_error("function got multiple values for "
                                   "argument 'start'")
        w_total = args_w[1]
    if w_total is None:
        w_total = space.newint(0)
    elif isinstance(w_total, W_StrObject):
        raise space.type_error("sum() can't sum strings [use ''.join(seq) "
                               "instead]")
    else:
        name = space.type_name(w_total)
        if name == 'bytes' or name == 'bytearray':
            raise space.type_error("sum() can't sum %s [use b''.join(seq) "
                                   "instead]" % name)
    w_iter = space.iter(args_w[0])
    w_type = space.type(w_iter)
    code = w_iter.jit_iter_code()
    # the first item outside the traced loop: a generator is then always
    # already started where the loop is traced (see iterdriver)
    w_item = space.next(w_iter)
    while w_item is not None:
        iterdriver.sum_driver.jit_merge_point(w_type=w_type, code=code)
        w_total = space.add(w_total, w_item)
        w_item = space.next(w_iter)
    return w_total


@builtin('sorted', 1, 1, keywords=True)
def builtin_sorted(space, args_w, kwnames):
    from objspace.listobject import sort_items
    check_keywords(space, kwnames, ['key', 'reverse'])
    items_w = space.unpackiterable(args_w[0])
    w_key = get_keyword(args_w, kwnames, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_reverse = get_keyword(args_w, kwnames, 'reverse')
    sort_items(space, items_w, w_key,
               w_reverse is not None and space.is_true(w_reverse))
    return space.newlist(items_w)


# ------------------------------------------------------------ introspection

@builtin('isinstance', 2, 2)
def builtin_isinstance(space, args_w, kwnames):
    return space.newbool(_isinstance(space, args_w[0], args_w[1]))


def _isinstance(space, w_obj, w_check):
    from objspace.tupleobject import W_TupleObject
    from objspace.typeobject import W_TypeObject
    if isinstance(w_check, W_TupleObject):
        for w_t in w_check.items_w:
            if _isinstance(space, w_obj, w_t):
                return True
        return False
    if not isinstance(w_check, W_TypeObject):
        raise space.type_error("isinstance() arg 2 must be a class or a "
                               "tuple of classes")
    return space.isinstance_w(w_obj, w_check)


@builtin('issubclass', 2, 2)
def builtin_issubclass(space, args_w, kwnames):
    from objspace.typeobject import W_TypeObject, issubclass_of
    w_cls = args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise space.type_error("issubclass() arg 1 must be a class")
    return space.newbool(issubclass_of(
        space, w_cls, args_w[1],
        "issubclass() arg 2 must be a class or a tuple of classes"))


@builtin('callable', 1, 1)
def builtin_callable(space, args_w, kwnames):
    return space.newbool(space.callable_w(args_w[0]))


@builtin('getattr', 2, 3)
def builtin_getattr(space, args_w, kwnames):
    name = _attr_name(space, args_w[1])
    if len(args_w) > 2:
        w_value = space.findattr(args_w[0], name)
        return args_w[2] if w_value is None else w_value
    return space.getattr(args_w[0], name)


@builtin('hasattr', 2, 2)
def builtin_hasattr(space, args_w, kwnames):
    name = _attr_name(space, args_w[1])
    return space.newbool(space.findattr(args_w[0], name) is not None)


@builtin('setattr', 3, 3)
def builtin_setattr(space, args_w, kwnames):
    space.setattr(args_w[0], _attr_name(space, args_w[1]), args_w[2])
    return space.w_None


@builtin('delattr', 2, 2)
def builtin_delattr(space, args_w, kwnames):
    space.delattr(args_w[0], _attr_name(space, args_w[1]))
    return space.w_None


@builtin('globals', 0, 0)
def builtin_globals(space, args_w, kwnames):
    return current_globals(space)


@builtin('locals', 0, 0)
def builtin_locals(space, args_w, kwnames):
    return current_locals(space)


@builtin('dir', 0, 1)
def builtin_dir(space, args_w, kwnames):
    """dir(): the current scope's names; dir(obj): obj's attributes (its
    own dict, then its class and the class's bases), sorted."""
    from objspace.dictobject import W_DictObject
    from objspace.typeobject import W_TypeObject
    seen = {}
    if not args_w:
        _dict_str_keys(current_locals(space), seen)
        return _sorted_str_list(space, seen.keys())
    w_obj = args_w[0]
    w_type = space.type(w_obj)
    if w_type.is_user_type:
        w_dir = w_type.lookup('__dir__')
        if w_dir is not None:
            w_names = space.newlist(space.unpackiterable(
                space.call_bound(w_dir, w_obj, [])))
            from objspace.listobject import sort_items
            sort_items(space, w_names.items_w, None, False)
            return w_names
    if isinstance(w_obj, W_ModuleObject):
        _dict_str_keys(w_obj.w_dict, seen)
        return _sorted_str_list(space, seen.keys())
    w_dict = w_obj.getdict(space)
    if isinstance(w_dict, W_DictObject):
        _dict_str_keys(w_dict, seen)
    if isinstance(w_obj, W_TypeObject):
        w_type = w_obj
    for w_t in w_type.mro_w:
        for name in w_t.dict_w.keys():
            seen[name] = None
    return _sorted_str_list(space, seen.keys())


@builtin('__import__', 0, 5, keywords=True)
def builtin_import(space, args_w, kwnames):
    """__import__(name, globals=None, locals=None, fromlist=(), level=0)."""
    from objspace.importing import import_name
    from objspace.dictobject import W_DictObject
    check_keywords(space, kwnames, ['name', 'globals', 'locals', 'fromlist',
                                    'level'])
    npos = _npos(args_w, kwnames)
    w_name = _arg(args_w, kwnames, npos, 0, 'name')
    if w_name is None:
        raise space.type_error("function missing 1 required positional "
                               "arguments")
    w_globals = _arg(args_w, kwnames, npos, 1, 'globals')
    w_fromlist = _arg(args_w, kwnames, npos, 3, 'fromlist')
    w_level = _arg(args_w, kwnames, npos, 4, 'level')
    name = space.text_w(w_name)
    level = 0
    if w_level is not None:
        level = space.int_w(w_level)
        if level < 0:
            raise space.value_error("level must be >= 0")
    if not isinstance(w_globals, W_DictObject):
        w_globals = space.newdict()
    if w_fromlist is None:
        w_fromlist = space.w_None
    return import_name(space, name, w_globals, w_fromlist, level)


def _arg(args_w, kwnames, npos, index, name):
    """Argument number `index`, passed by position or as keyword `name`,
    or None."""
    if index < npos:
        return args_w[index]
    return get_keyword(args_w, kwnames, name)


# ------------------------------------------------------------ compile, exec

@builtin('compile', 3, 6, keywords=True)
def builtin_compile(space, args_w, kwnames):
    """compile(source, filename, mode, flags=0, dont_inherit=False,
    optimize=-1) -> a code object; flags and optimize are accepted and
    ignored."""
    from interp.execution import compile_code
    check_keywords(space, kwnames, ['flags', 'dont_inherit', 'optimize'])
    source = _source_text(space, args_w[0], 'compile')
    filename = space.text_w(args_w[1])
    mode = space.text_w(args_w[2])
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise space.value_error("compile() mode must be 'exec', 'eval' or "
                                "'single'")
    return compile_code(space, source, filename, mode)


def _source_text(space, w_source, funcname):
    if isinstance(w_source, W_StrObject):
        return w_source.utf8
    raise space.type_error("%s() arg 1 must be a string, bytes or code "
                           "object" % funcname)


def _namespaces(space, args_w, kwnames, funcname):
    """The (globals, locals) dicts of exec/eval/execfile's optional
    arguments: the caller's by default; locals defaults to globals."""
    from objspace.dictobject import W_DictObject
    check_keywords(space, kwnames, ['globals', 'locals'])
    npos = _npos(args_w, kwnames)
    w_globals = _arg(args_w, kwnames, npos, 1, 'globals')
    w_locals = _arg(args_w, kwnames, npos, 2, 'locals')
    if w_globals is not None and space.is_none(w_globals):
        w_globals = None
    if w_locals is not None and space.is_none(w_locals):
        w_locals = None
    if w_globals is None:
        w_globals = current_globals(space)
        if w_locals is None:
            w_locals = current_locals(space)
    elif not isinstance(w_globals, W_DictObject):
        raise space.type_error("%s() globals must be a dict, not %s"
                               % (funcname, space.type_name(w_globals)))
    if w_locals is None:
        w_locals = w_globals
    elif not isinstance(w_locals, W_DictObject):
        raise space.type_error("locals must be a dict, not %s"
                               % space.type_name(w_locals))
    assert isinstance(w_globals, W_DictObject)
    assert isinstance(w_locals, W_DictObject)
    return w_globals, w_locals


def _code_of(space, w_source, mode, funcname):
    from interp.code import W_Code
    from interp.execution import compile_code
    if isinstance(w_source, W_Code):
        return w_source
    source = _source_text(space, w_source, funcname)
    if mode == 'eval':
        # as CPython: leading spaces and tabs don't make an indent
        i = 0
        while i < len(source) and (source[i] == ' ' or source[i] == '\t'):
            i += 1
        source = source[i:]
    return compile_code(space, source, '<string>', mode)


@builtin('exec', 1, 3, keywords=True)
def builtin_exec(space, args_w, kwnames):
    """exec(source_or_code, globals=None, locals=None) -> None."""
    from interp.execution import run_code
    w_globals, w_locals = _namespaces(space, args_w, kwnames, 'exec')
    code = _code_of(space, args_w[0], 'exec', 'exec')
    run_code(space, code, w_globals, w_locals)
    return space.w_None


@builtin('eval', 1, 3, keywords=True)
def builtin_eval(space, args_w, kwnames):
    """eval(expression_or_code, globals=None, locals=None) -> its value."""
    from interp.execution import run_code
    w_globals, w_locals = _namespaces(space, args_w, kwnames, 'eval')
    code = _code_of(space, args_w[0], 'eval', 'eval')
    return run_code(space, code, w_globals, w_locals)


@builtin('execfile', 1, 3, keywords=True)
def builtin_execfile(space, args_w, kwnames):
    """execfile(filename, globals=None, locals=None): MicroPython's; run a
    source file in the given (by default the caller's) namespaces."""
    from interp.execution import compile_code, run_code
    from objspace.exceptions import W_BaseException
    from interp.error import OperationError
    w_globals, w_locals = _namespaces(space, args_w, kwnames, 'execfile')
    filename = space.text_w(args_w[0])
    try:
        source = _read_file(filename)
    except OSError as e:
        raise OperationError(W_BaseException(space.w_OSError,
                                             [space.newint(e.errno)]))
    code = compile_code(space, source, filename, 'exec')
    run_code(space, code, w_globals, w_locals)
    return space.w_None


def _read_file(path):
    import os
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        chunks = []
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
        return ''.join(chunks)
    finally:
        os.close(fd)


# ------------------------------------------------------------ classes

@builtin('__build_class__', 2, -1, keywords=True)
def builtin_build_class(space, args_w, kwnames):
    """__build_class__(func, name, *bases, metaclass=type, **kwds): run the
    class body `func` in a new namespace and make the class from it."""
    from interp.frame import Frame
    from objspace.functionobject import W_Function, W_CellObject
    from objspace.typeobject import W_TypeObject
    w_func = args_w[0]
    if not isinstance(w_func, W_Function):
        raise space.type_error("__build_class__: func must be a function")
    name = space.text_w(args_w[1])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    bases_w = []
    for i in range(2, npos):
        w_base = args_w[i]
        if not isinstance(w_base, W_TypeObject):
            raise space.type_error("bases must be types")
        bases_w.append(w_base)
    w_meta = get_keyword(args_w, kwnames, 'metaclass')
    if w_meta is None:
        w_meta = space.w_type
        for w_base in bases_w:
            w_base_meta = space.type(w_base)
            if w_base_meta.issubtype(w_meta):
                w_meta = w_base_meta
    w_namespace = space.newdict()
    frame = Frame(space, w_func.code, w_func.w_globals, w_func)
    frame.w_locals = w_namespace
    w_cell = frame.run()
    w_bases = space.newtuple([w_b for w_b in bases_w])
    # class keywords other than metaclass= go to the metaclass and on to
    # __init_subclass__ (PEP 487)
    call_args_w = [space.newtext(name), w_bases, w_namespace]
    extra_kwnames = []
    extra_w = []
    if kwnames is not None:
        for k in range(len(kwnames)):
            if kwnames[k] != 'metaclass':
                extra_kwnames.append(kwnames[k])
                extra_w.append(args_w[npos + k])
    w_class = space.call(w_meta, call_args_w + extra_w,
                         extra_kwnames if extra_kwnames else None)
    if isinstance(w_cell, W_CellObject):
        w_cell.w_value = w_class
    if isinstance(w_class, W_TypeObject):
        init_subclass(space, w_class, bases_w, extra_w, extra_kwnames)
    return w_class


def init_subclass(space, w_class, bases_w, kw_w, kwnames):
    """__set_name__ on the new class's attributes, then the nearest base's
    __init_subclass__ (PEP 487)."""
    for name, w_value in w_class.dict_w.items():
        w_set_name = space.type(w_value).lookup('__set_name__')
        if w_set_name is not None:
            space.call_bound(w_set_name, w_value, [w_class, space.newtext(name)])
    for w_t in w_class.mro_w[1:]:
        w_hook = w_t.dict_w.get('__init_subclass__', None)
        if w_hook is not None:
            w_func = w_hook
            from objspace.descriptors import W_ClassMethod
            if isinstance(w_hook, W_ClassMethod):
                w_func = w_hook.w_function
            space.call(w_func, [w_class] + kw_w, kwnames if kwnames else None)
            return


BUILTIN_FUNCTIONS = [
    builtin_print, builtin_input, builtin_help, builtin_len, builtin_abs,
    builtin_repr, builtin_ascii, builtin_chr, builtin_ord, builtin_hex,
    builtin_oct, builtin_bin, builtin_format, builtin_hash, builtin_id,
    builtin_divmod, builtin_iter, builtin_next, builtin_all,
    builtin_any, builtin_min, builtin_max, builtin_sum, builtin_sorted,
    builtin_isinstance, builtin_issubclass, builtin_callable, builtin_getattr,
    builtin_hasattr, builtin_setattr, builtin_delattr, builtin_globals,
    builtin_locals, builtin_dir, builtin_import, builtin_compile, builtin_exec,
    builtin_eval, builtin_execfile, builtin_build_class,
]


def make_module(space):
    """The builtins module, with every builtin function, type and exception."""
    w_dict = space.newdict()
    w_dict.enable_versioning()
    for func in BUILTIN_FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    from objspace.complexobject import install_builtins   # complex, round, pow
    install_builtins(space, w_dict)
    for w_type in [space.w_int, space.w_bool, space.w_float, space.w_str,
                   space.w_tuple, space.w_list, space.w_dict, space.w_slice,
                   space.w_type, space.w_object, space.w_range,
                   space.w_set, space.w_frozenset,
                   W_Property.typedef.w_type, W_ClassMethod.typedef.w_type,
                   W_StaticMethod.typedef.w_type, W_Super.typedef.w_type,
                   W_BytesObject.typedef.w_type,
                   W_BytearrayObject.typedef.w_type,
                   W_MemoryView.typedef.w_type]:
        w_dict.setitem(space.newtext(w_type.name), w_type)
    for cls in [W_Enumerate, W_Zip, W_Map, W_Filter, W_Reversed]:
        w_dict.setitem(space.newtext(cls.typedef.name), cls.typedef.w_type)
    for name, w_exc in space.exception_types_w.items():
        w_dict.setitem(space.newtext(name), w_exc)
    from objspace.modules.io import io_open     # open is io.open
    w_dict.setitem(space.newtext('open'), io_open.w_builtin)
    w_dict.setitem(space.newtext('__name__'), space.newtext('builtins'))
    w_dict.setitem(space.newtext('None'), space.w_None)
    w_dict.setitem(space.newtext('Ellipsis'), space.w_Ellipsis)
    w_dict.setitem(space.newtext('NotImplemented'), space.w_NotImplemented)
    return W_ModuleObject('builtins', w_dict)
