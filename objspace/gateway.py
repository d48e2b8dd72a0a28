"""Builtin functions and methods with declared argument unwrapping.

    @unwrap_spec('find', W_StrObject, 'text', opt('int', 0), opt('int', MAXINT))
    def str_find(space, w_self, sub, start, end):
        ...

makes `str_find.w_builtin`, a W_BuiltinFunction whose calling-convention
wrapper (space, args_w, kwnames) is generated at import time (so at
translation time) from the spec: each parameter is fetched by position or,
with keywords=True, by its name (the Python parameter name without a `w_`
prefix), converted, and passed to the function.  The body never unpacks
arguments itself (../shared/DESIGN.md, "the object model").

Spec entries, one per parameter after `space`:
  a W_Root subclass  the argument must be an instance (TypeError otherwise);
                     the usual choice for `self`
  'obj'              any value, as is
  'obj_or_none'      any value, or None when the program passed None
  'int'              space.int_w (ints, bools, __index__)
  'float'            space.float_w
  'text'             the UTF-8 of a str (TypeError for other types)
  'text_or_none'     as 'text', or None when the program passed None
  'bool'             space.is_true
  'args'             the remaining positional arguments, an RPython list
  opt(kind, default) optional: `default` (a constant) when not passed
Errors use MicroPython's wording (its `normal` error-reporting level).
"""
from objspace.baseobject import W_Root
from objspace.functionobject import W_BuiltinFunction, find_keyword


class opt(object):
    """An optional parameter of kind `kind`, `default` when not passed."""
    def __init__(self, kind, default):
        self.kind = kind
        self.default = default


def _conv_obj(space, w_obj):
    return w_obj


def _conv_obj_or_none(space, w_obj):
    if space.is_none(w_obj):
        return None
    return w_obj


def _conv_int(space, w_obj):
    return space.int_w(w_obj)


def _conv_float(space, w_obj):
    return space.float_w(w_obj)


def _conv_text(space, w_obj):
    return space.text_w(w_obj)


def _conv_text_or_none(space, w_obj):
    if space.is_none(w_obj):
        return None
    return space.text_w(w_obj)


def _conv_bool(space, w_obj):
    return space.is_true(w_obj)


_CONVERTERS = {
    'obj': _conv_obj,
    'obj_or_none': _conv_obj_or_none,
    'int': _conv_int,
    'float': _conv_float,
    'text': _conv_text,
    'text_or_none': _conv_text_or_none,
    'bool': _conv_bool,
}


def _fail_expected(space, typename, w_obj):
    raise space.type_error("expected '%s', got '%s'"
                           % (typename, space.type_name(w_obj)))


_type_error_stubs = {}


def _type_error_for(cls):
    # one small stub per class (the name is read when the stub is
    # annotated, after the class got its typedef) around one shared body:
    # a copy of the formatting per class cost 160 KB of code, a stub per
    # wrapper parameter 7 KB
    try:
        return _type_error_stubs[cls]
    except KeyError:
        pass

    def fail(space, w_obj):
        _fail_expected(space, cls.typedef.name, w_obj)
    _type_error_stubs[cls] = fail
    return fail


def _check_kw(space, kwnames, npos, allowed):
    """TypeError for a keyword that isn't a parameter name in `allowed`
    or that names a parameter also passed by position."""
    for kw in kwnames:
        if kw not in allowed:
            raise space.type_error("unexpected keyword argument '%s'" % kw)
        if allowed.index(kw) < npos:
            raise space.type_error("function got multiple values for "
                                   "argument '%s'" % kw)


def _missing_positional(space, nmissing):
    raise space.type_error("function missing %d required positional "
                           "arguments" % nmissing)
_missing_positional._dont_inline_ = True


def _arity(spec):
    """(nfixed, nrequired, has_args) of a spec."""
    nfixed = len(spec)
    has_args = bool(spec) and spec[-1] == 'args'
    if has_args:
        nfixed -= 1
    nrequired = 0
    for entry in spec[:nfixed]:
        if isinstance(entry, opt):
            break
        nrequired += 1
    return nfixed, nrequired, has_args


def _make_wrapper(name, func, spec, keywords):
    """The calling-convention wrapper of func.  Without keywords,
    W_BuiltinFunction.descr_call has already refused keyword arguments and
    a positional count outside [nrequired, nfixed] (see make_builtin), so
    the wrapper only fetches and converts: the checks are made once, not
    written out in each of the ~350 wrappers (~20 KB of code)."""
    argnames = func.func_code.co_varnames[1:func.func_code.co_argcount]
    assert len(argnames) == len(spec), (
        "%s: %d spec entries for parameters %r" % (name, len(spec), argnames))
    kwnames_allowed = [a[2:] if a.startswith('w_') else a for a in argnames]
    # __name__: the generated code belongs to func's module (support/coldcode.py
    # compiles it with that module's flags)
    ns = {'func': func, 'find_keyword': find_keyword,
          '__name__': func.__module__,
          'missing_positional': _missing_positional}
    src = ["def wrapper_%s(space, args_w, kwnames):" % func.func_name,
           "    npos = len(args_w)"]
    if keywords:
        src.append("    if kwnames is not None:")
        src.append("        npos -= len(kwnames)")
        src.append("        check_kw(space, kwnames, npos, allowed)")
    nfixed, nrequired, has_args = _arity(spec)
    callargs = []
    for i in range(nfixed):
        entry = spec[i]
        default = None
        optional = isinstance(entry, opt)
        if optional:
            default = entry.default
            entry = entry.kind
        if isinstance(entry, type) and issubclass(entry, W_Root):
            ns['cls%d' % i] = entry
            ns['fail%d' % i] = _type_error_for(entry)
            conv = None
        else:
            conv = _CONVERTERS[entry]
            ns['conv%d' % i] = conv
        ns['default%d' % i] = default
        if not keywords and not optional:
            # descr_call checked that it was passed
            src.append("    w_%d = args_w[%d]" % (i, i))
        else:
            src.append("    if npos > %d:" % i)
            src.append("        w_%d = args_w[%d]" % (i, i))
            src.append("    else:")
            if keywords:
                src.append("        k = find_keyword(kwnames, %r)"
                           % kwnames_allowed[i])
                src.append("        if k >= 0:")
                src.append("            w_%d = args_w[len(args_w) - "
                           "len(kwnames) + k]" % i)
                src.append("        else:")
                src.append("            w_%d = None" % i)
            else:
                src.append("        w_%d = None" % i)
            src.append("    if w_%d is None:" % i)
            if optional:
                src.append("        a%d = default%d" % (i, i))
            else:
                src.append("        missing_positional(space, %d - npos)"
                           % nrequired)
                src.append("        assert False")
            src.append("    else:")
        indent = "    " if (not keywords and not optional) else "        "
        if conv is None:
            src.append(indent + "if not isinstance(w_%d, cls%d):" % (i, i))
            src.append(indent + "    fail%d(space, w_%d)" % (i, i))
            src.append(indent + "    assert False")
            src.append(indent + "a%d = w_%d" % (i, i))
        else:
            src.append(indent + "a%d = conv%d(space, w_%d)" % (i, i, i))
        callargs.append("a%d" % i)
    if has_args:
        src.append("    if npos > %d:" % nfixed)
        src.append("        assert npos >= 0")
        src.append("        rest = args_w[%d:npos]" % nfixed)
        src.append("    else:")
        src.append("        rest = []")
        callargs.append("rest")
    src.append("    return func(space%s)" % "".join(", " + a for a in callargs))

    allowed = kwnames_allowed[:nfixed]

    ns['check_kw'] = _check_kw
    ns['allowed'] = allowed
    exec "\n".join(src) in ns
    return ns['wrapper_%s' % func.func_name]


def make_builtin(name, func, spec, keywords):
    """The W_BuiltinFunction of func for spec: its descr_call checks the
    positional count (and refuses keywords) before the wrapper runs."""
    wrapper = _make_wrapper(name, func, spec, keywords)
    nfixed, nrequired, has_args = _arity(spec)
    max_args = -1 if has_args else nfixed
    if keywords:
        # keywords may fill required parameters: the wrapper checks those
        return W_BuiltinFunction(name, wrapper, 0, max_args, True)
    return W_BuiltinFunction(name, wrapper, nrequired, max_args, False)


def unwrap_spec(name, *spec, **options):
    """Decorator: make `func(space, a, b, ...)` a prebuilt builtin called
    `name`, kept as `func.w_builtin`; see the module docstring for `spec`.
    Option keywords=True lets every parameter be passed by name."""
    keywords = options.pop('keywords', False)
    assert not options, options

    def decorate(func):
        func.w_builtin = make_builtin(name, func, list(spec), keywords)
        return func
    return decorate
