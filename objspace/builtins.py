"""The builtins module: builtin functions and the names of builtin types.

Behaviour: CPython 3's builtins; error messages: MicroPython's.  The module
is built once with the space, at translation time.
"""
from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace.moduleobject import W_ModuleObject
from objspace.strobject import W_StrObject
from objspace.intobject import W_IntObject
from objspace import utf8
from objspace.descriptors import W_Property, W_ClassMethod, W_StaticMethod, W_Super
from objspace.bytesobject import W_BytesObject
from objspace.bytearrayobject import W_BytearrayObject
from objspace.memoryviewobject import W_MemoryView


@builtin('print', 0, -1, keywords=True)
def builtin_print(space, args_w, kwnames):
    check_keywords(space, kwnames, ['sep', 'end', 'file', 'flush'])
    sep = ' '
    end = '\n'
    w_sep = get_keyword(args_w, kwnames, 'sep')
    if w_sep is not None and not space.is_none(w_sep):
        sep = space.text_w(w_sep)
    w_end = get_keyword(args_w, kwnames, 'end')
    if w_end is not None and not space.is_none(w_end):
        end = space.text_w(w_end)
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    parts = [space.str_w(args_w[i]) for i in range(npos)]
    text = sep.join(parts) + end
    w_file = get_keyword(args_w, kwnames, 'file')
    if w_file is not None and not space.is_none(w_file):
        w_write = space.getattr(w_file, 'write')
        space.call_function(w_write, [space.newtext(text)])
    else:
        space.write_stdout(text)
    return space.w_None


@builtin('len', 1, 1)
def builtin_len(space, args_w, kwnames):
    return space.len(args_w[0])


@builtin('abs', 1, 1)
def builtin_abs(space, args_w, kwnames):
    return space.abs(args_w[0])


@builtin('repr', 1, 1)
def builtin_repr(space, args_w, kwnames):
    return space.repr(args_w[0])


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
        raise space.type_error("isinstance expects a class or a tuple of classes")
    return space.isinstance_w(w_obj, w_check)


@builtin('chr', 1, 1)
def builtin_chr(space, args_w, kwnames):
    cp = space.int_w(args_w[0])
    if cp < 0 or cp > 0x10FFFF:
        raise space.value_error("chr() arg not in range(0x110000)")
    return W_StrObject(utf8.encode_codepoint(cp), 1)


@builtin('ord', 1, 1)
def builtin_ord(space, args_w, kwnames):
    w_s = args_w[0]
    if isinstance(w_s, W_StrObject):
        if w_s.length() != 1:
            raise space.type_error("ord() expected a character, but string "
                                   "of length %d found" % w_s.length())
        return space.newint(utf8.codepoint_at(w_s.utf8, 0))
    raise space.type_error("ord() expected string of length 1, but %s found"
                           % space.type_name(w_s))


def _min_max(space, args_w, kwnames, is_max):
    check_keywords(space, kwnames, ['key', 'default'])
    npos = len(args_w) - (len(kwnames) if kwnames is not None else 0)
    if npos == 0:
        raise space.type_error("%s expected at least 1 argument"
                               % ('max' if is_max else 'min'))
    if npos == 1:
        items_w = space.unpackiterable(args_w[0])
    else:
        assert npos >= 0
        items_w = args_w[:npos]
    w_key = get_keyword(args_w, kwnames, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    if not items_w:
        w_default = get_keyword(args_w, kwnames, 'default')
        if w_default is not None:
            return w_default
        raise space.value_error("arg is an empty sequence")
    w_best = items_w[0]
    w_best_key = w_best if w_key is None else space.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_k = w_item if w_key is None else space.call_function(w_key, [w_item])
        if is_max:
            better = space.lt_w(w_best_key, w_k)
        else:
            better = space.lt_w(w_k, w_best_key)
        if better:
            w_best = w_item
            w_best_key = w_k
    return w_best


@builtin('min', 0, -1, keywords=True)
def builtin_min(space, args_w, kwnames):
    return _min_max(space, args_w, kwnames, False)


@builtin('max', 0, -1, keywords=True)
def builtin_max(space, args_w, kwnames):
    return _min_max(space, args_w, kwnames, True)


@builtin('sum', 1, 2)
def builtin_sum(space, args_w, kwnames):
    w_total = args_w[1] if len(args_w) > 1 else space.newint(0)
    w_iter = space.iter(args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        w_total = space.add(w_total, w_item)


@builtin('iter', 1, 1)
def builtin_iter(space, args_w, kwnames):
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


def _int_base(space, args_w, digits, prefix):
    from objspace.formatting import _format_int
    w_x = args_w[0]
    if not isinstance(w_x, W_IntObject):
        from objspace.longobject import W_LongObject
        if not isinstance(w_x, W_LongObject):
            raise space.type_error("can't convert %s to int" % space.type_name(w_x))
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


@builtin('hash', 1, 1)
def builtin_hash(space, args_w, kwnames):
    return space.newint(space.hash_w(args_w[0]))


@builtin('id', 1, 1)
def builtin_id(space, args_w, kwnames):
    return space.newint(space.id_of(args_w[0]))


@builtin('callable', 1, 1)
def builtin_callable(space, args_w, kwnames):
    return space.newbool(space.callable_w(args_w[0]))


@builtin('format', 1, 2)
def builtin_format(space, args_w, kwnames):
    from objspace.formatting import format_spec
    spec = space.text_w(args_w[1]) if len(args_w) > 1 else ''
    return space.newtext(format_spec(space, args_w[0], spec))


@builtin('getattr', 2, 3)
def builtin_getattr(space, args_w, kwnames):
    name = space.text_w(args_w[1])
    if len(args_w) > 2:
        w_value = space.findattr(args_w[0], name)
        return args_w[2] if w_value is None else w_value
    return space.getattr(args_w[0], name)


@builtin('hasattr', 2, 2)
def builtin_hasattr(space, args_w, kwnames):
    name = space.text_w(args_w[1])
    return space.newbool(space.findattr(args_w[0], name) is not None)


@builtin('setattr', 3, 3)
def builtin_setattr(space, args_w, kwnames):
    space.setattr(args_w[0], space.text_w(args_w[1]), args_w[2])
    return space.w_None


@builtin('divmod', 2, 2)
def builtin_divmod(space, args_w, kwnames):
    return space.newtuple([space.floordiv(args_w[0], args_w[1]),
                           space.mod(args_w[0], args_w[1])])


@builtin('pow', 2, 3)
def builtin_pow(space, args_w, kwnames):
    if len(args_w) == 3:
        from objspace.intobject import _as_bigint
        a = _as_bigint(space, args_w[0])
        b = _as_bigint(space, args_w[1])
        c = _as_bigint(space, args_w[2])
        if a is None or b is None or c is None:
            raise space.type_error("pow() 3rd argument not allowed unless all "
                                   "arguments are integers")
        if not c.tobool():
            raise space.value_error("pow() 3rd argument cannot be 0")
        if b.sign < 0:
            raise space.value_error("pow() 2nd argument cannot be negative "
                                    "when 3rd argument specified")
        return space.newlong(a.pow(b, c))
    return space.pow(args_w[0], args_w[1])


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
    w_class = space.call(w_meta, [space.newtext(name), w_bases, w_namespace],
                         None)
    if isinstance(w_cell, W_CellObject):
        w_cell.w_value = w_class
    if isinstance(w_class, W_TypeObject):
        init_subclass(space, w_class, bases_w)
    return w_class


def init_subclass(space, w_class, bases_w):
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
            space.call(w_func, [w_class], None)
            return


BUILTIN_FUNCTIONS = [
    builtin_print, builtin_len, builtin_abs, builtin_repr, builtin_isinstance,
    builtin_chr, builtin_ord, builtin_min, builtin_max, builtin_sum,
    builtin_iter, builtin_next, builtin_sorted, builtin_hex, builtin_oct,
    builtin_bin, builtin_hash, builtin_id, builtin_callable, builtin_format,
    builtin_getattr, builtin_hasattr, builtin_setattr, builtin_divmod,
    builtin_pow, builtin_build_class,
]


def make_module(space):
    """The builtins module, with every builtin function, type and exception."""
    w_dict = space.newdict()
    for func in BUILTIN_FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    for w_type in [space.w_int, space.w_bool, space.w_float, space.w_str,
                   space.w_tuple, space.w_list, space.w_dict, space.w_slice,
                   space.w_type, space.w_object, space.w_range,
                   W_Property.typedef.w_type, W_ClassMethod.typedef.w_type,
                   W_StaticMethod.typedef.w_type, W_Super.typedef.w_type,
                   W_BytesObject.typedef.w_type,
                   W_BytearrayObject.typedef.w_type,
                   W_MemoryView.typedef.w_type]:
        w_dict.setitem(space.newtext(w_type.name), w_type)
    for name, w_exc in space.exception_types_w.items():
        w_dict.setitem(space.newtext(name), w_exc)
    w_dict.setitem(space.newtext('None'), space.w_None)
    w_dict.setitem(space.newtext('Ellipsis'), space.w_Ellipsis)
    w_dict.setitem(space.newtext('NotImplemented'), space.w_NotImplemented)
    return W_ModuleObject('builtins', w_dict)
