"""String formatting: `%` (printf-style), str.format and format().

Source of the behaviour: CPython 3's "printf-style String Formatting" and
"Format Specification Mini-Language".  This first version covers the common
conversions (s r d i x X o f e g c %) with flags, width and precision, and
replacement fields {} {0} {name} with a format spec; the rest of the
mini-language comes with the object space work.
"""
from rpython.rlib.rfloat import formatd
from rpython.rlib.rstring import StringBuilder

from objspace import utf8


def _pad(s, width, align, fill):
    n = utf8.codepoint_count(s)
    if width <= n:
        return s
    pad = width - n
    if align == '<':
        return s + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + s + fill * (pad - left)
    if align == '=':
        if s and (s[0] == '-' or s[0] == '+' or s[0] == ' '):
            return s[0] + fill * pad + s[1:]
        return fill * pad + s
    return fill * pad + s


def _format_int(space, w_value, conv, sign):
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.floatobject import W_FloatObject
    if isinstance(w_value, W_FloatObject):
        w_value = space.newlong(_float_to_bigint(space, w_value.floatval))
    from objspace.intobject import _as_bigint
    num = _as_bigint(space, w_value)
    if num is None:
        raise space.type_error("can't convert %s to int" % space.type_name(w_value))
    negative = num.sign < 0
    num = num.abs()
    if conv == 'x':
        digits = num.format('0123456789abcdef')
    elif conv == 'X':
        digits = num.format('0123456789ABCDEF')
    elif conv == 'o':
        digits = num.format('01234567')
    elif conv == 'b':
        digits = num.format('01')
    else:
        digits = num.str()
    if negative:
        return '-' + digits
    if sign == '+':
        return '+' + digits
    if sign == ' ':
        return ' ' + digits
    return digits


def _float_to_bigint(space, x):
    from rpython.rlib.rbigint import rbigint
    try:
        return rbigint.fromfloat(x)
    except OverflowError:
        raise space.overflow_error("can't convert float to int")
    except ValueError:
        raise space.value_error("can't convert float to int")


def _format_float(space, w_value, conv, precision, sign):
    x = space.float_w(w_value)
    if precision < 0:
        precision = 6
    if conv == 'F':
        conv = 'f'
    from rpython.rlib.rfloat import isinf, isnan
    if isinf(x):
        s = 'inf' if x > 0 else '-inf'
    elif isnan(x):
        s = 'nan'
    else:
        s = formatd(x, conv[0], precision)
    if sign and not s.startswith('-'):
        s = sign + s
    return s


def format_spec(space, w_value, spec):
    """format(w_value, spec) for the builtin types: [[fill]align][sign][0]
    [width][,][.precision][type]."""
    from objspace.strobject import W_StrObject
    from objspace.floatobject import W_FloatObject
    fill = ' '
    align = ''
    sign = ''
    width = 0
    precision = -1
    conv = ''
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>^=':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>^=':
        align = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < n and spec[i] == '0':
        if not align:
            fill = '0'
            align = '='
        i += 1
    while i < n and spec[i].isdigit():
        width = width * 10 + (ord(spec[i]) - 48)
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        precision = 0
        while i < n and spec[i].isdigit():
            precision = precision * 10 + (ord(spec[i]) - 48)
            i += 1
    if i < n:
        conv = spec[i]
        i += 1
    if i != n:
        raise space.value_error("invalid format specifier")
    if isinstance(w_value, W_StrObject) and conv in ('', 's'):
        s = w_value.utf8
        if precision >= 0:
            s = s[:utf8.byte_index(s, min(precision, w_value.length()))]
        return _pad(s, width, align or '<', fill)
    if conv in ('e', 'E', 'f', 'F', 'g', 'G', '%'):
        if conv == '%':
            x = space.float_w(w_value) * 100.0
            s = _format_float(space, space.newfloat(x), 'f', precision, sign) + '%'
        else:
            s = _format_float(space, w_value, conv, precision, sign)
        return _pad(s, width, align or '>', fill)
    if conv in ('d', 'x', 'X', 'o', 'b', 'n'):
        return _pad(_format_int(space, w_value, conv, sign), width, align or '>', fill)
    if conv == 'c':
        return _pad(utf8.encode_codepoint(space.int_w(w_value)), width, align or '<', fill)
    if conv == '':
        if isinstance(w_value, W_FloatObject) and precision >= 0:
            s = _format_float(space, w_value, 'g', precision, sign)
        else:
            from objspace.intobject import W_IntObject
            from objspace.longobject import W_LongObject
            if isinstance(w_value, W_IntObject) or isinstance(w_value, W_LongObject):
                s = _format_int(space, w_value, 'd', sign)
            else:
                s = space.str_w(w_value)
                if sign and isinstance(w_value, W_FloatObject) and not s.startswith('-'):
                    s = sign + s
        if isinstance(w_value, W_StrObject):
            return _pad(s, width, align or '<', fill)
        return _pad(s, width, align or '>', fill)
    raise space.value_error("unknown format code '%s' for object of type '%s'"
                            % (conv, space.type_name(w_value)))


def format_method(space, fmt, args_w, kwnames):
    """str.format: args_w[0] is the format string's str object itself."""
    nkw = len(kwnames) if kwnames is not None else 0
    npos = len(args_w) - nkw
    builder = StringBuilder()
    auto_index = 1
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                builder.append('{')
                i += 2
                continue
            j = fmt.find('}', i)
            if j < 0:
                raise space.value_error("unmatched '{' in format")
            assert j >= 0
            field = fmt[i + 1:j]
            i = j + 1
            conversion = ''
            spec = ''
            colon = field.find(':')
            if colon >= 0:
                spec = field[colon + 1:]
                field = field[:colon]
            bang = field.find('!')
            if bang >= 0:
                conversion = field[bang + 1:]
                field = field[:bang]
            if field == '':
                if auto_index >= npos:
                    raise space.index_error("tuple index out of range")
                w_value = args_w[auto_index]
                auto_index += 1
            elif field.isdigit():
                k = int(field) + 1
                if k >= npos:
                    raise space.index_error("tuple index out of range")
                w_value = args_w[k]
            else:
                w_value = None
                for k in range(nkw):
                    if kwnames[k] == field:
                        w_value = args_w[npos + k]
                if w_value is None:
                    raise space.key_error(space.newtext(field))
            if conversion == 'r':
                w_value = space.repr(w_value)
            elif conversion == 's':
                w_value = space.str(w_value)
            builder.append(format_spec(space, w_value, spec))
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                builder.append('}')
                continue
            raise space.value_error("single '}' encountered in format string")
        else:
            builder.append(c)
            i += 1
    return builder.build()


def percent_format(space, fmt, w_values):
    """fmt % w_values (printf-style)."""
    from objspace.tupleobject import W_TupleObject
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items_w
    else:
        values_w = [w_values]
    builder = StringBuilder()
    k = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            builder.append(c)
            continue
        if i >= n:
            raise space.value_error("incomplete format")
        flags = ''
        while i < n and fmt[i] in '-+ #0':
            flags += fmt[i]
            i += 1
        width = 0
        if i < n and fmt[i] == '*':
            if k >= len(values_w):
                raise space.type_error("format string needs more arguments")
            width = space.int_w(values_w[k])
            k += 1
            i += 1
        while i < n and fmt[i].isdigit():
            width = width * 10 + (ord(fmt[i]) - 48)
            i += 1
        precision = -1
        if i < n and fmt[i] == '.':
            i += 1
            precision = 0
            if i < n and fmt[i] == '*':
                precision = space.int_w(values_w[k])
                k += 1
                i += 1
            while i < n and fmt[i].isdigit():
                precision = precision * 10 + (ord(fmt[i]) - 48)
                i += 1
        if i >= n:
            raise space.value_error("incomplete format")
        conv = fmt[i]
        i += 1
        if conv == '%':
            builder.append('%')
            continue
        if k >= len(values_w):
            raise space.type_error("format string needs more arguments")
        w_value = values_w[k]
        k += 1
        sign = ''
        if '+' in flags:
            sign = '+'
        elif ' ' in flags:
            sign = ' '
        if conv == 's':
            s = space.str_w(w_value)
            if precision >= 0:
                s = s[:utf8.byte_index(s, min(precision, utf8.codepoint_count(s)))]
        elif conv == 'r':
            s = space.repr_w(w_value)
        elif conv in ('d', 'i', 'u'):
            s = _format_int(space, w_value, 'd', sign)
        elif conv in ('x', 'X', 'o'):
            s = _format_int(space, w_value, conv, sign)
            if '#' in flags:
                s = '0' + conv + s
        elif conv in ('e', 'E', 'f', 'F', 'g', 'G'):
            s = _format_float(space, w_value, conv, precision, sign)
        elif conv == 'c':
            from objspace.strobject import W_StrObject
            if isinstance(w_value, W_StrObject):
                s = w_value.utf8
            else:
                s = utf8.encode_codepoint(space.int_w(w_value))
        else:
            raise space.value_error("unsupported format character '%s'" % conv)
        if '-' in flags:
            s = _pad(s, width, '<', ' ')
        elif '0' in flags and conv not in ('s', 'r', 'c'):
            s = _pad(s, width, '=', '0')
        else:
            s = _pad(s, width, '>', ' ')
        builder.append(s)
    if k < len(values_w):
        raise space.type_error("format string didn't convert all arguments")
    return builder.build()
