"""String formatting: `%` (printf-style), str.format, format() and f-strings.

Source of the behaviour: CPython 3's "printf-style String Formatting" and
"Format String Syntax" / "Format Specification Mini-Language"
(`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`);
error messages follow MicroPython where it has the feature, CPython
otherwise.  Numbers: ints of any size through rbigint, floats through
rfloat.formatd (David Gay's correctly rounded dtoa).

Entry points: percent_format (str % values), format_method (str.format
and str.format_map), format_spec (format(value, spec), used by f-strings'
FORMAT_VALUE: it calls a user class's __format__ when it has one).
"""
from rpython.rlib.rfloat import formatd, DTSF_ADD_DOT_0, DTSF_ALT
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder
from interp.stackcheck import stack_check

from objspace import utf8
from objspace.gateway import unwrap_spec


# ---------------------------------------------------------------- specs

class Spec(object):
    """A parsed standard format specifier; '\\0' marks an absent char."""

    def __init__(self):
        self.fill = ' '          # one code point, UTF-8
        self.fill_given = False
        self.align = '\0'
        self.sign = '\0'
        self.no_neg_zero = False
        self.alt = False
        self.width = -1
        self.grouping = '\0'
        self.precision = -1
        self.type = '\0'


def _digits(space, spec, i, n):
    """Parse decimal digits at spec[i:]: (value or -1 if none, new i)."""
    value = -1
    while i < n and '0' <= spec[i] <= '9':
        if value < 0:
            value = 0
        try:
            value = ovfcheck(value * 10 + (ord(spec[i]) - 48))
        except OverflowError:
            raise space.value_error("Too many decimal digits in format string")
        i += 1
    return value, i


def parse_spec(space, spec, default_align):
    """Parse a standard format specifier (CPython 3.11's rules)."""
    p = Spec()
    n = len(spec)
    i = 0
    if n > 0:
        k = utf8.next_codepoint_pos(spec, 0)
        if k < n and spec[k] in '<>=^':
            assert k >= 0
            p.fill = spec[0:k]
            p.fill_given = True
            p.align = spec[k]
            i = k + 1
        elif spec[0] in '<>=^':
            p.align = spec[0]
            i = 1
    if i < n and spec[i] in '+- ':
        p.sign = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        p.no_neg_zero = True
        i += 1
    if i < n and spec[i] == '#':
        p.alt = True
        i += 1
    if not p.fill_given and i < n and spec[i] == '0':
        p.fill = '0'
        if p.align == '\0' and default_align == '>':
            p.align = '='
        i += 1
    p.width, i = _digits(space, spec, i, n)
    if i < n and spec[i] == ',':
        p.grouping = ','
        i += 1
    if i < n and spec[i] == '_':
        if p.grouping != '\0':
            raise space.value_error("Cannot specify both ',' and '_'.")
        p.grouping = '_'
        i += 1
    if i < n and spec[i] == ',':
        raise space.value_error("Cannot specify both ',' and '_'.")
    if i < n and spec[i] == '.':
        p.precision, i = _digits(space, spec, i + 1, n)
        if p.precision < 0:
            raise space.value_error("Format specifier missing precision")
    if n - i > 1:
        raise space.value_error("Invalid format specifier")
    if i < n:
        p.type = spec[i]
    if p.align == '\0':
        p.align = default_align
    if p.grouping != '\0':
        t = p.type
        ok = t in '\0deEfFgG%'
        if p.grouping == '_' and t in 'boxX':
            ok = True
        if not ok:
            raise space.value_error("Cannot specify '%s' with '%s'."
                                    % (p.grouping, t))
    return p


def _pad(p, sign, prefix, body, body_len):
    """sign + prefix + body padded to p.width with p.fill as p.align says
    ('=' pads between the sign/prefix and the body); body_len is the body's
    length in code points."""
    total = len(sign) + len(prefix) + body_len
    pad = p.width - total
    if pad <= 0:
        return sign + prefix + body
    fill = p.fill
    builder = StringBuilder(total + pad * len(fill))
    align = p.align
    if align == '<':
        left = 0
    elif align == '^':
        left = pad // 2
    else:
        left = pad
    if align == '=':
        builder.append(sign)
        builder.append(prefix)
        for k in range(pad):
            builder.append(fill)
        builder.append(body)
        return builder.build()
    for k in range(left):
        builder.append(fill)
    builder.append(sign)
    builder.append(prefix)
    builder.append(body)
    for k in range(pad - left):
        builder.append(fill)
    return builder.build()


def _group(digits, sep, size, min_width):
    """digits with sep every `size` digits from the right; when min_width
    > 0, padded with zeros (themselves grouped) to at least min_width
    characters, as CPython's _PyUnicode_InsertThousandsGrouping does."""
    groups = []
    remaining = len(digits)
    end = len(digits)
    while True:
        length = min(size, max(max(remaining, min_width), 1))
        take = max(0, min(remaining, length))
        start = end - take
        assert start >= 0 and end >= 0
        groups.append('0' * (length - take) + digits[start:end])
        end = start
        remaining -= take
        min_width -= length
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(sep)
    groups.reverse()
    return sep.join(groups)


def _grouped(p, sign, prefix, digits, group_size, rest_len):
    """digits grouped as p says; rest_len: the length of what follows
    them (a fraction, an exponent)."""
    if p.grouping == '\0' or not digits:
        return digits
    min_width = 0
    if p.fill == '0' and p.align == '=':
        min_width = p.width - len(sign) - len(prefix) - rest_len
    return _group(digits, p.grouping, group_size, min_width)


# ---------------------------------------------------------------- ints

def _bigint_of(space, w_value):
    """The rbigint of an int (or bool) value, else None."""
    from objspace.intobject import _as_bigint
    return _as_bigint(space, w_value)


def _int_digits(num, conv):
    """Digits of abs(num) in the base of conv (d x X o b)."""
    num = num.abs()
    if conv == 'x':
        return num.format('0123456789abcdef')
    if conv == 'X':
        return num.format('0123456789ABCDEF')
    if conv == 'o':
        return num.format('01234567')
    if conv == 'b':
        return num.format('01')
    return num.str()


def _sign_of(negative, sign):
    if negative:
        return '-'
    if sign == '+':
        return '+'
    if sign == ' ':
        return ' '
    return ''


def _format_int(space, w_value, conv, sign):
    """The digits of an int in base conv (d x X o b), with a '-' or the
    sign flag ('+', ' ' or ''); used by hex()/oct()/bin() too."""
    num = _bigint_of(space, w_value)
    if num is None:
        raise space.type_error("can't convert %s to int"
                               % space.type_name(w_value))
    return _sign_of(num.sign < 0, sign) + _int_digits(num, conv)


def format_int(space, w_value, num, p):
    """format(int, spec) for a parsed spec."""
    t = p.type
    if t in 'eEfFgG%':
        return format_float(space, space.float_w(w_value), p)
    if t != '\0' and t not in 'dnbcoxX':
        raise _unknown_code(space, t, w_value)
    if p.precision >= 0:
        raise space.value_error("Precision not allowed in integer format "
                                "specifier")
    if t == 'c':
        if p.sign != '\0':
            raise space.value_error("Sign not allowed with integer format "
                                    "specifier 'c'")
        if p.alt:
            raise space.value_error("Alternate form (#) not allowed with "
                                    "integer format specifier 'c'")
        try:
            cp = num.toint()
        except OverflowError:
            cp = -1
        if cp < 0 or cp > 0x10FFFF:
            raise space.overflow_error("%c arg not in range(0x110000)")
        return _pad(p, '', '', utf8.encode_codepoint(cp), 1)
    if p.no_neg_zero:
        raise space.value_error("Negative zero coercion (z) not allowed in "
                                "integer format specifier")
    if t == '\0' or t == 'n':
        t = 'd'
    digits = _int_digits(num, t)
    sign = _sign_of(num.sign < 0, p.sign)
    prefix = ''
    if p.alt and t != 'd':
        prefix = '0' + t
    digits = _grouped(p, sign, prefix, digits, 3 if t == 'd' else 4, 0)
    return _pad(p, sign, prefix, digits, len(digits))


def _unknown_code(space, t, w_value):
    return space.value_error("unknown format code '%s' for object of type "
                             "'%s'" % (t, space.type_name(w_value)))


# ---------------------------------------------------------------- floats

def _float_to_bigint(space, x):
    try:
        return rbigint.fromfloat(x)
    except OverflowError:
        raise space.overflow_error("can't convert float to int")
    except ValueError:
        raise space.value_error("can't convert float to int")


def _all_zero(s):
    """True if the mantissa digits of a formatted float are all 0."""
    if not s or not ('0' <= s[0] <= '9'):
        return False          # inf, nan
    for c in s:
        if c == 'e' or c == 'E':
            break
        if '1' <= c <= '9':
            return False
    return True


def _float_text(x, t, precision, alt, no_neg_zero):
    """(negative, text without sign) of x formatted with a type among
    e E f F g G r (precision ignored for r)."""
    flags = 0
    if alt:
        flags |= DTSF_ALT
    if t == 'r':
        s = formatd(x, 'r', 0, flags | DTSF_ADD_DOT_0)
    elif t == 'R':           # type none with a precision: 'g', but 1.0
        s = formatd(x, 'g', precision, flags | DTSF_ADD_DOT_0)
    else:
        s = formatd(x, t, precision, flags)
    negative = False
    if s.startswith('-'):
        negative = True
        s = s[1:]
        if no_neg_zero and _all_zero(s):
            negative = False
    return negative, s


def format_float(space, x, p):
    """format(float, spec) for a parsed spec."""
    t = p.type
    if t != '\0' and t not in 'eEfFgGn%':
        raise _unknown_code(space, t, space.newfloat(x))
    precision = p.precision
    suffix = ''
    if t == '\0':
        t = 'r' if precision < 0 else 'R'
    elif t == 'n':
        t = 'g'
    elif t == '%':
        x = x * 100.0
        t = 'f'
        suffix = '%'
    if precision < 0:
        precision = 6
    negative, s = _float_text(x, t, precision, p.alt, p.no_neg_zero)
    sign = _sign_of(negative, p.sign)
    if p.grouping != '\0':
        k = 0
        while k < len(s) and '0' <= s[k] <= '9':
            k += 1
        s = _grouped(p, sign, '', s[:k], 3, len(s) - k + len(suffix)) + s[k:]
    s += suffix
    return _pad(p, sign, '', s, len(s))


# ---------------------------------------------------------------- strs

def format_str(space, w_str, p):
    """format(str, spec) for a parsed spec."""
    if p.type != '\0' and p.type != 's':
        raise _unknown_code(space, p.type, w_str)
    if p.sign != '\0':
        raise space.value_error("Sign not allowed in string format specifier")
    if p.alt:
        raise space.value_error("Alternate form (#) not allowed in string "
                                "format specifier")
    if p.no_neg_zero:
        raise space.value_error("Negative zero coercion (z) not allowed in "
                                "format specifier")
    if p.align == '=':
        raise space.value_error("'=' alignment not allowed in string format "
                                "specifier")
    s = w_str.utf8
    n = w_str.length()
    if 0 <= p.precision < n:
        end = w_str.byte_pos(p.precision)
        assert end >= 0
        s = s[:end]
        n = p.precision
    return _pad(p, '', '', s, n)


# ---------------------------------------------------------------- format()

def format_spec(space, w_value, spec):
    """format(w_value, spec): a user class's __format__ if it has one,
    else the builtin types' formatting; other objects take only an empty
    spec (object.__format__), giving str(w_value)."""
    from objspace.strobject import W_StrObject
    from objspace.functionobject import W_BuiltinFunction
    w_type = space.type(w_value)
    if w_type.is_user_type:
        w_format = w_type.lookup('__format__')
        # (a builtin type's own __format__ is format_builtin below)
        if w_format is not None and not isinstance(w_format,
                                                   W_BuiltinFunction):
            w_res = space.call_bound(w_format, w_value, [space.newtext(spec)])
            if not isinstance(w_res, W_StrObject):
                raise space.type_error("__format__ must return a str, not %s"
                                       % space.type_name(w_res))
            return w_res.utf8
    return format_builtin(space, w_value, spec)


def format_builtin(space, w_value, spec):
    """format() by the interpreter-level class of w_value."""
    from objspace.strobject import W_StrObject
    from objspace.floatobject import W_FloatObject
    from objspace.boolobject import W_BoolObject
    if isinstance(w_value, W_StrObject):
        if not spec:
            return w_value.utf8
        return format_str(space, w_value, parse_spec(space, spec, '<'))
    if isinstance(w_value, W_FloatObject):
        if not spec:
            return space.str_w(w_value)
        return format_float(space, w_value.floatval,
                            parse_spec(space, spec, '>'))
    num = _bigint_of(space, w_value)
    if num is not None:
        if not spec:
            if isinstance(w_value, W_BoolObject):
                return space.str_w(w_value)
            return num.str()
        return format_int(space, w_value, num, parse_spec(space, spec, '>'))
    if spec:
        raise space.type_error("unsupported format string passed to "
                               "%s.__format__" % space.type_name(w_value))
    return space.str_w(w_value)


@unwrap_spec('__format__', 'obj', 'text')
def object_format(space, w_self, spec):
    """object.__format__: str(self) for an empty spec, else TypeError."""
    if spec:
        raise space.type_error("unsupported format string passed to "
                               "%s.__format__" % space.type_name(w_self))
    return space.str(w_self)


def convert_field(space, w_value, conversion):
    """The !r / !s / !a conversion of a replacement field."""
    from objspace.strobject import ascii_of
    if conversion == 'r':
        return space.repr(w_value)
    if conversion == 's':
        return space.str(w_value)
    if conversion == 'a':
        return space.newtext(ascii_of(space, w_value))
    raise space.value_error("unknown conversion specifier %s" % conversion)


# ---------------------------------------------------------------- str.format

class _FormatState(object):
    """Arguments and numbering state of one str.format call."""

    def __init__(self, args_w, npos, kwnames, w_mapping):
        self.args_w = args_w
        self.npos = npos          # positional arguments after self
        self.kwnames = kwnames
        self.w_mapping = w_mapping
        self.auto = 0             # 0 unknown, 1 automatic, 2 manual
        self.next_index = 0


def format_method(space, fmt, args_w, kwnames, w_mapping):
    """str.format: args_w[0] is the format string's str object itself,
    then the positional arguments, then the values of kwnames; or
    str.format_map, with w_mapping (args_w == [self])."""
    nkw = len(kwnames) if kwnames is not None else 0
    state = _FormatState(args_w, len(args_w) - nkw - 1, kwnames, w_mapping)
    return _format_string(space, fmt, state, 2)


def _field_end(space, fmt, i):
    """Index of the '}' closing the field whose text starts at i (nested
    braces in the spec counted)."""
    level = 1
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            level += 1
        elif c == '}':
            level -= 1
            if level == 0:
                return i
        i += 1
    raise space.value_error("unmatched '{' in format")


def _format_string(space, fmt, state, recursion):
    stack_check()
    if recursion < 0:
        raise space.value_error("Max string recursion exceeded")
    builder = StringBuilder(len(fmt))
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                builder.append('{')
                i += 2
                continue
            j = _field_end(space, fmt, i + 1)
            assert j >= 0
            builder.append(_format_field(space, fmt[i + 1:j], state,
                                         recursion))
            i = j + 1
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                builder.append('}')
                i += 2
                continue
            raise space.value_error("single '}' encountered in format string")
        else:
            j = i + 1
            while j < n and fmt[j] != '{' and fmt[j] != '}':
                j += 1
            builder.append_slice(fmt, i, j)
            i = j
    return builder.build()


def _format_field(space, field, state, recursion):
    """The text of one replacement field: name[!conv][:spec]."""
    n = len(field)
    k = 0
    bracket = False
    while k < n:
        c = field[k]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and (c == ':' or c == '!'):
            break
        k += 1
    name = field[:k]
    conversion = '\0'
    spec = ''
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise space.value_error("end of format while looking for "
                                    "conversion specifier")
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise space.value_error("expected ':' after conversion specifier")
    if k < n:
        assert k >= 0
        spec = field[k + 1:]
    w_value = _field_value(space, name, state)
    if conversion != '\0':
        w_value = convert_field(space, w_value, conversion)
    if spec.find('{') >= 0:
        spec = _format_string(space, spec, state, recursion - 1)
    return format_spec(space, w_value, spec)


def _field_value(space, name, state):
    """The object a field name designates: an argument, then .attr and
    [key] accessors."""
    n = len(name)
    k = 0
    while k < n and name[k] != '.' and name[k] != '[':
        k += 1
    first = name[:k]
    if first == '':
        if state.auto == 2:
            raise space.value_error("can't switch from manual field "
                                    "specification to automatic field "
                                    "numbering")
        state.auto = 1
        w_value = _positional(space, state, state.next_index)
        state.next_index += 1
    elif _is_decimal(first):
        if state.auto == 1:
            raise space.value_error("can't switch from automatic field "
                                    "numbering to manual field "
                                    "specification")
        state.auto = 2
        index, _ = _digits(space, first, 0, len(first))
        w_value = _positional(space, state, index)
    else:
        w_value = _keyword(space, state, first)
    while k < n:
        c = name[k]
        if c == '.':
            j = k + 1
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            assert j >= 0
            attr = name[k + 1:j]
            if not attr:
                raise space.value_error("Empty attribute in format string")
            w_value = space.getattr(w_value, attr)
            k = j
        elif c == '[':
            j = name.find(']', k)
            if j < 0:
                raise space.value_error("Missing ']' in format string")
            assert j >= 0
            key = name[k + 1:j]
            if not key:
                raise space.value_error("Empty attribute in format string")
            if _is_decimal(key):
                index, _ = _digits(space, key, 0, len(key))
                w_key = space.newint(index)
            else:
                w_key = space.newtext(key)
            w_value = space.getitem(w_value, w_key)
            k = j + 1
        else:
            raise space.value_error("Only '.' or '[' may follow ']' in "
                                    "format field specifier")
    return w_value


def _is_decimal(s):
    if not s:
        return False
    for c in s:
        if not ('0' <= c <= '9'):
            return False
    return True


def _positional(space, state, index):
    if index >= state.npos:
        if state.w_mapping is not None:
            raise space.value_error("Format string contains positional "
                                    "fields")
        raise space.index_error("tuple index out of range")
    return state.args_w[1 + index]


def _keyword(space, state, name):
    if state.w_mapping is not None:
        return space.getitem(state.w_mapping, space.newtext(name))
    kwnames = state.kwnames
    if kwnames is not None:
        for k in range(len(kwnames)):
            if kwnames[k] == name:
                return state.args_w[1 + state.npos + k]
    raise space.key_error(space.newtext(name))


# ---------------------------------------------------------------- %

def _is_mapping(space, w_values):
    """CPython's test for `str % mapping`: not a tuple or str, and has
    __getitem__."""
    from objspace.dictobject import W_DictObject
    from objspace.listobject import W_ListObject
    from objspace.instanceobject import W_InstanceObject
    if isinstance(w_values, W_DictObject) or isinstance(w_values, W_ListObject):
        return True
    if isinstance(w_values, W_InstanceObject):
        return space.type(w_values).lookup('__getitem__') is not None
    return False


def _percent_int(space, w_value, conv, allow_float):
    """The rbigint for %d/%x/%o: ints, __index__ (__int__ for %d), floats
    truncated for %d; TypeError otherwise."""
    from objspace.floatobject import W_FloatObject
    from objspace.instanceobject import W_InstanceObject, call_special
    num = _bigint_of(space, w_value)
    if num is not None:
        return num
    if isinstance(w_value, W_FloatObject):
        if allow_float:
            return _float_to_bigint(space, w_value.floatval)
        raise space.type_error("%%%s format: an integer is required, not "
                               "float" % conv)
    if isinstance(w_value, W_InstanceObject):
        w_res = call_special(space, w_value, '__index__', [])
        if w_res is None and allow_float:
            w_res = call_special(space, w_value, '__int__', [])
        if w_res is not None:
            num = _bigint_of(space, w_res)
            if num is not None:
                return num
    if allow_float:
        raise space.type_error("%%%s format: a real number is required, not "
                               "%s" % (conv, space.type_name(w_value)))
    raise space.type_error("%%%s format: an integer is required, not %s"
                           % (conv, space.type_name(w_value)))


class _PercentArgs(object):
    def __init__(self, values_w):
        self.values_w = values_w
        self.k = 0

    def next(self, space):
        if self.k >= len(self.values_w):
            raise space.type_error("format string needs more arguments")
        w_value = self.values_w[self.k]
        self.k += 1
        return w_value


def percent_format(space, fmt, w_values):
    """fmt % w_values (printf-style): a tuple of values, one value, or a
    mapping for %(key)s."""
    from objspace.tupleobject import W_TupleObject
    from objspace.strobject import W_StrObject
    from objspace.intobject import W_IntObject
    w_dict = None
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
    else:
        values_w = [w_values]
        if _is_mapping(space, w_values):
            w_dict = w_values
    args = _PercentArgs(values_w)
    builder = StringBuilder(len(fmt))
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            builder.append_slice(fmt, i, n)
            break
        builder.append_slice(fmt, i, j)
        i = j + 1
        if i >= n:
            raise space.value_error("incomplete format")
        if fmt[i] == '%':
            builder.append('%')
            i += 1
            continue
        w_value = None
        if fmt[i] == '(':
            if w_dict is None:
                raise space.type_error("format needs a dict")
            depth = 1
            k = i + 1
            while k < n and depth > 0:
                if fmt[k] == '(':
                    depth += 1
                elif fmt[k] == ')':
                    depth -= 1
                k += 1
            if depth > 0:
                raise space.value_error("incomplete format key")
            key_end = k - 1
            assert key_end >= 0
            w_value = space.getitem(w_dict,
                                    space.newtext(fmt[i + 1:key_end]))
            i = k
        left = False
        sign = '\0'
        alt = False
        zero = False
        while i < n:
            c = fmt[i]
            if c == '-':
                left = True
            elif c == '+':
                sign = '+'
            elif c == ' ':
                if sign == '\0':
                    sign = ' '
            elif c == '#':
                alt = True
            elif c == '0':
                zero = True
            else:
                break
            i += 1
        width = -1
        if i < n and fmt[i] == '*':
            width = _star_arg(space, args.next(space))
            if width < 0:
                left = True
                width = -width
            i += 1
        else:
            width, i = _digits(space, fmt, i, n)
        precision = -1
        if i < n and fmt[i] == '.':
            i += 1
            if i < n and fmt[i] == '*':
                precision = _star_arg(space, args.next(space))
                if precision < 0:
                    precision = 0
                i += 1
            else:
                precision, i = _digits(space, fmt, i, n)
                if precision < 0:
                    precision = 0
        while i < n and (fmt[i] == 'h' or fmt[i] == 'l' or fmt[i] == 'L'):
            i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        conv = fmt[i]
        conv_end = utf8.next_codepoint_pos(fmt, i)
        if conv == '%':
            builder.append('%')
            i += 1
            continue
        if conv not in 'sradiuoxXeEfFgGc':
            assert conv_end >= 0
            raise space.value_error(
                "unsupported format character '%s' (0x%x) at index %d"
                % (fmt[i:conv_end], utf8.codepoint_at(fmt, i),
                   utf8.codepoint_count_range(fmt, 0, i)))
        i += 1
        if w_value is None:
            w_value = args.next(space)
        numeric = False
        sign_str = ''
        prefix = ''
        if conv == 's' or conv == 'r' or conv == 'a':
            if conv == 's':
                s = space.str_w(w_value)
            elif conv == 'r':
                s = space.repr_w(w_value)
            else:
                from objspace.strobject import ascii_of
                s = ascii_of(space, w_value)
            if precision >= 0 and precision < len(s):
                end = utf8.advance(s, 0, min(precision,
                                             utf8.codepoint_count(s)))
                assert end >= 0
                s = s[:end]
        elif conv == 'c':
            if isinstance(w_value, W_StrObject):
                if w_value.length() != 1:
                    raise space.type_error("%c needs int or char")
                s = w_value.utf8
            else:
                num = _bigint_of(space, w_value)
                if num is None:
                    raise space.type_error("%c needs int or char")
                try:
                    cp = num.toint()
                except OverflowError:
                    cp = -1
                if cp < 0 or cp > 0x10FFFF:
                    raise space.overflow_error("%c arg not in range(0x110000)")
                s = utf8.encode_codepoint(cp)
        elif conv in 'diuoxX':
            numeric = True
            if conv in 'diu' and type(w_value) is W_IntObject:
                # the common case, without an rbigint
                v = w_value.intval
                s = str(v)
                negative = v < 0
                if negative:
                    s = s[1:]
            else:
                num = _percent_int(space, w_value, conv, conv in 'diu')
                base = conv
                if conv in 'diu':
                    base = 'd'
                s = _int_digits(num, base)
                negative = num.sign < 0
                if alt and base != 'd':
                    prefix = '0' + conv
            if precision > len(s):
                s = '0' * (precision - len(s)) + s
            sign_str = _sign_of(negative, sign)
        else:
            numeric = True
            from objspace.floatobject import W_FloatObject
            if not (isinstance(w_value, W_FloatObject)
                    or _bigint_of(space, w_value) is not None):
                from objspace.instanceobject import W_InstanceObject
                if not isinstance(w_value, W_InstanceObject):
                    raise space.type_error("must be real number, not %s"
                                           % space.type_name(w_value))
            x = space.float_w(w_value)
            if precision < 0:
                precision = 6
            negative, s = _float_text(x, conv, precision, alt, False)
            sign_str = _sign_of(negative, sign)
        pad = 0
        if width > 0:
            pad = width - (utf8.codepoint_count(s) + len(sign_str) +
                           len(prefix))
        if pad <= 0:
            builder.append(sign_str)
            builder.append(prefix)
            builder.append(s)
        elif left:
            builder.append(sign_str)
            builder.append(prefix)
            builder.append(s)
            builder.append_multiple_char(' ', pad)
        elif zero and numeric:
            builder.append(sign_str)
            builder.append(prefix)
            builder.append_multiple_char('0', pad)
            builder.append(s)
        else:
            builder.append_multiple_char(' ', pad)
            builder.append(sign_str)
            builder.append(prefix)
            builder.append(s)
    if args.k < len(values_w) and w_dict is None:
        raise space.type_error("format string didn't convert all arguments")
    return builder.build()


def _star_arg(space, w_value):
    from objspace.intobject import W_IntObject
    if not isinstance(w_value, W_IntObject):
        raise space.type_error("* wants int")
    return w_value.intval
