"""The json module: dumps, dump, loads, load.

dumps(obj, *, skipkeys, ensure_ascii, indent, separators, sort_keys,
default) and loads(s) follow CPython 3's json: str escaping with \\uXXXX
(surrogate pairs beyond the BMP; every non-ASCII character escaped unless
ensure_ascii=False), floats in repr form (Infinity, -Infinity and NaN
allowed both ways), big ints, tuples as arrays, dict keys of type str,
int, float, bool or None.  Errors: ValueError for malformed documents
(CPython's JSONDecodeError is a ValueError; the message has CPython's
"Expecting value: line 1 column 1 (char 0)" shape), ValueError for
circular structures, TypeError for values that can't be serialized.
MicroPython is more lax (it accepts some malformed documents and doesn't
escape non-ASCII text); this follows CPython.
"""
from __future__ import absolute_import

from interp.stackcheck import stack_check
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rfloat import isinf, isnan, string_to_float, INFINITY

from objspace.floatobject import make_nan
from rpython.rlib.rbigint import rbigint

from objspace.functionobject import builtin, get_keyword, check_keywords
from objspace.moduleobject import W_ModuleObject
from objspace.intobject import W_IntObject
from objspace.longobject import W_LongObject
from objspace.boolobject import W_BoolObject
from objspace.floatobject import W_FloatObject, float_repr
from objspace.strobject import W_StrObject
from objspace.bytesobject import W_BytesObject
from objspace.bytearrayobject import W_BytearrayObject
from objspace.listobject import W_ListObject
from objspace.tupleobject import W_TupleObject
from objspace.dictobject import W_DictObject
from objspace.noneobject import W_NoneObject
from objspace import utf8

HEX = '0123456789abcdef'


# ------------------------------------------------------------------ encoding

class Encoder(object):
    def __init__(self, item_sep, key_sep, indent, sort_keys, ensure_ascii,
                 skipkeys, w_default):
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.indent = indent            # None: all on one line
        self.sort_keys = sort_keys
        self.ensure_ascii = ensure_ascii
        self.skipkeys = skipkeys
        self.w_default = w_default
        self.stack_w = []               # containers being encoded


def _hex4(out, cp):
    out.append('\\u')
    out.append(HEX[(cp >> 12) & 15])
    out.append(HEX[(cp >> 8) & 15])
    out.append(HEX[(cp >> 4) & 15])
    out.append(HEX[cp & 15])


def encode_string(out, s, ensure_ascii):
    out.append('"')
    pos = 0
    n = len(s)
    while pos < n:
        c = s[pos]
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif c == '\t':
            out.append('\\t')
        elif c == '\b':
            out.append('\\b')
        elif c == '\f':
            out.append('\\f')
        elif ord(c) < 0x20:
            _hex4(out, ord(c))
        elif ord(c) < 0x7f or (ord(c) == 0x7f and not ensure_ascii):
            out.append(c)
        elif not ensure_ascii:
            nxt = utf8.next_codepoint_pos(s, pos)
            assert pos >= 0 and nxt >= 0
            out.append(s[pos:nxt])
            pos = nxt
            continue
        else:
            cp = utf8.codepoint_at(s, pos)
            if cp >= 0x10000:
                v = cp - 0x10000
                _hex4(out, 0xd800 | (v >> 10))
                _hex4(out, 0xdc00 | (v & 0x3ff))
            else:
                _hex4(out, cp)
            pos = utf8.next_codepoint_pos(s, pos)
            continue
        pos += 1
    out.append('"')


def _float_text(space, x):
    if isinf(x):
        return 'Infinity' if x > 0 else '-Infinity'
    if isnan(x):
        return 'NaN'
    return float_repr(x)


def _int_text(space, w_obj):
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    assert isinstance(w_obj, W_LongObject)
    return w_obj.num.str()


def _newline(enc, out, depth):
    if enc.indent is not None:
        out.append('\n')
        for i in range(depth):
            out.append(enc.indent)


def _enter(space, enc, w_obj):
    for w_x in enc.stack_w:
        if w_x is w_obj:
            raise space.value_error("Circular reference detected")
    enc.stack_w.append(w_obj)


def _key_text(space, enc, w_key):
    """The str a dict key becomes, or None to skip it."""
    if isinstance(w_key, W_StrObject):
        return w_key.utf8
    if isinstance(w_key, W_BoolObject):
        return 'true' if w_key.intval else 'false'
    if isinstance(w_key, W_IntObject) or isinstance(w_key, W_LongObject):
        return _int_text(space, w_key)
    if isinstance(w_key, W_FloatObject):
        return _float_text(space, w_key.floatval)
    if isinstance(w_key, W_NoneObject):
        return 'null'
    if enc.skipkeys:
        return None
    raise space.type_error("keys must be str, int, float, bool or None, "
                           "not %s" % space.type_name(w_key))


def _sorted_items(space, w_dict):
    keys_w = []
    values_w = []
    for w_k, w_v in w_dict.storage.iteritems():
        keys_w.append(w_k)
        values_w.append(w_v)
    order = [i for i in range(len(keys_w))]
    # insertion sort through the space's `<` (stable)
    for i in range(1, len(order)):
        j = i
        cur = order[i]
        while j > 0 and space.lt_w(keys_w[cur], keys_w[order[j - 1]]):
            order[j] = order[j - 1]
            j -= 1
        order[j] = cur
    return [keys_w[i] for i in order], [values_w[i] for i in order]


def encode(space, enc, out, w_obj, depth):
    stack_check()
    if isinstance(w_obj, W_StrObject):
        encode_string(out, w_obj.utf8, enc.ensure_ascii)
    elif isinstance(w_obj, W_NoneObject):
        out.append('null')
    elif isinstance(w_obj, W_BoolObject):
        out.append('true' if w_obj.intval else 'false')
    elif isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        out.append(_int_text(space, w_obj))
    elif isinstance(w_obj, W_FloatObject):
        out.append(_float_text(space, w_obj.floatval))
    elif isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
        if isinstance(w_obj, W_ListObject):
            items_w = w_obj.items_w
        else:
            assert isinstance(w_obj, W_TupleObject)
            items_w = [w_x for w_x in w_obj.items_w]
        if not items_w:
            out.append('[]')
            return
        _enter(space, enc, w_obj)
        out.append('[')
        i = 0
        while i < len(items_w):     # the list may change under us
            if i > 0:
                out.append(enc.item_sep)
            _newline(enc, out, depth + 1)
            encode(space, enc, out, items_w[i], depth + 1)
            i += 1
        _newline(enc, out, depth)
        out.append(']')
        enc.stack_w.pop()
    elif isinstance(w_obj, W_DictObject):
        if len(w_obj.storage) == 0:
            out.append('{}')
            return
        _enter(space, enc, w_obj)
        if enc.sort_keys:
            keys_w, values_w = _sorted_items(space, w_obj)
        else:
            keys_w = []
            values_w = []
            for w_k, w_v in w_obj.storage.iteritems():
                keys_w.append(w_k)
                values_w.append(w_v)
        out.append('{')
        first = True
        for i in range(len(keys_w)):
            key = _key_text(space, enc, keys_w[i])
            if key is None:
                continue
            if not first:
                out.append(enc.item_sep)
            first = False
            _newline(enc, out, depth + 1)
            encode_string(out, key, enc.ensure_ascii)
            out.append(enc.key_sep)
            encode(space, enc, out, values_w[i], depth + 1)
        _newline(enc, out, depth)
        out.append('}')
        enc.stack_w.pop()
    else:
        if enc.w_default is None:
            raise space.type_error("Object of type %s is not JSON "
                                   "serializable" % space.type_name(w_obj))
        _enter(space, enc, w_obj)
        w_new = space.call_function(enc.w_default, [w_obj])
        encode(space, enc, out, w_new, depth)
        enc.stack_w.pop()


DUMPS_KEYWORDS = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan',
                  'indent', 'separators', 'sort_keys', 'default', 'cls']


def _opt_bool(space, args_w, kwnames, name, default):
    w_value = get_keyword(args_w, kwnames, name)
    if w_value is None:
        return default
    return space.is_true(w_value)


def do_dumps(space, w_obj, args_w, kwnames):
    check_keywords(space, kwnames, DUMPS_KEYWORDS)
    indent = None
    w_indent = get_keyword(args_w, kwnames, 'indent')
    if w_indent is not None and not space.is_none(w_indent):
        if isinstance(w_indent, W_StrObject):
            indent = w_indent.utf8
        else:
            indent = ' ' * max(0, space.int_w(w_indent))
    item_sep = ', '
    key_sep = ': '
    if indent is not None:
        item_sep = ','
    w_seps = get_keyword(args_w, kwnames, 'separators')
    if w_seps is not None and not space.is_none(w_seps):
        seps_w = space.unpackiterable(w_seps)
        if len(seps_w) != 2:
            raise space.value_error("separators must be a pair")
        item_sep = space.text_w(seps_w[0])
        key_sep = space.text_w(seps_w[1])
    w_default = get_keyword(args_w, kwnames, 'default')
    if w_default is not None and space.is_none(w_default):
        w_default = None
    enc = Encoder(item_sep, key_sep, indent,
                  _opt_bool(space, args_w, kwnames, 'sort_keys', False),
                  _opt_bool(space, args_w, kwnames, 'ensure_ascii', True),
                  _opt_bool(space, args_w, kwnames, 'skipkeys', False),
                  w_default)
    out = StringBuilder()
    encode(space, enc, out, w_obj, 0)
    return out.build()


def _npos(args_w, kwnames):
    if kwnames is None:
        return len(args_w)
    return len(args_w) - len(kwnames)


@builtin('dumps', 1, -1, keywords=True)
def json_dumps(space, args_w, kwnames):
    if _npos(args_w, kwnames) != 1:
        raise space.type_error("dumps() takes 1 positional argument")
    return space.newtext(do_dumps(space, args_w[0], args_w, kwnames))


@builtin('dump', 2, -1, keywords=True)
def json_dump(space, args_w, kwnames):
    if _npos(args_w, kwnames) != 2:
        raise space.type_error("dump() takes 2 positional arguments")
    text = do_dumps(space, args_w[0], args_w, kwnames)
    w_write = space.getattr(args_w[1], 'write')
    space.call_function(w_write, [space.newtext(text)])
    return space.w_None


# ------------------------------------------------------------------ decoding

class Decoder(object):
    def __init__(self, s):
        self.s = s
        self.pos = 0


def decode_error(space, dec, msg, pos):
    s = dec.s
    line = 1
    col_start = 0
    i = 0
    while i < pos:
        if s[i] == '\n':
            line += 1
            col_start = i + 1
        i += 1
    char = utf8.codepoint_count_range(s, 0, pos)
    col = utf8.codepoint_count_range(s, col_start, pos) + 1
    return space.value_error("%s: line %d column %d (char %d)"
                             % (msg, line, col, char))


def _skip_ws(dec):
    s = dec.s
    n = len(s)
    while dec.pos < n and (s[dec.pos] == ' ' or s[dec.pos] == '\t' or
                           s[dec.pos] == '\n' or s[dec.pos] == '\r'):
        dec.pos += 1


def _startswith_at(s, pos, word):
    if pos + len(word) > len(s):
        return False
    for i in range(len(word)):
        if s[pos + i] != word[i]:
            return False
    return True


def _is_digit(c):
    return '0' <= c <= '9'


def decode_value(space, dec):
    stack_check()
    s = dec.s
    n = len(s)
    pos = dec.pos
    if pos >= n:
        raise decode_error(space, dec, "Expecting value", pos)
    c = s[pos]
    if c == '"':
        return space.newtext(decode_string(space, dec))
    if c == '{':
        return decode_object(space, dec)
    if c == '[':
        return decode_array(space, dec)
    if c == 'n' and _startswith_at(s, pos, 'null'):
        dec.pos = pos + 4
        return space.w_None
    if c == 't' and _startswith_at(s, pos, 'true'):
        dec.pos = pos + 4
        return space.w_True
    if c == 'f' and _startswith_at(s, pos, 'false'):
        dec.pos = pos + 5
        return space.w_False
    if c == 'N' and _startswith_at(s, pos, 'NaN'):
        dec.pos = pos + 3
        return space.newfloat(make_nan(c != 'N'))
    if c == 'I' and _startswith_at(s, pos, 'Infinity'):
        dec.pos = pos + 8
        return space.newfloat(INFINITY)
    if c == '-' and _startswith_at(s, pos, '-Infinity'):
        dec.pos = pos + 9
        return space.newfloat(-INFINITY)
    if c == '-' or _is_digit(c):
        return decode_number(space, dec)
    raise decode_error(space, dec, "Expecting value", pos)


def decode_number(space, dec):
    s = dec.s
    n = len(s)
    start = dec.pos
    pos = start
    if s[pos] == '-':
        pos += 1
    if pos >= n or not _is_digit(s[pos]):
        raise decode_error(space, dec, "Expecting value", start)
    if s[pos] == '0':
        pos += 1
    else:
        while pos < n and _is_digit(s[pos]):
            pos += 1
    is_float = False
    if pos + 1 < n and s[pos] == '.' and _is_digit(s[pos + 1]):
        is_float = True
        pos += 1
        while pos < n and _is_digit(s[pos]):
            pos += 1
    if pos < n and (s[pos] == 'e' or s[pos] == 'E'):
        p = pos + 1
        if p < n and (s[p] == '+' or s[p] == '-'):
            p += 1
        if p < n and _is_digit(s[p]):
            while p < n and _is_digit(s[p]):
                p += 1
            is_float = True
            pos = p
    dec.pos = pos
    assert start >= 0 and pos >= 0
    text = s[start:pos]
    if is_float:
        return space.newfloat(string_to_float(text))
    if text[0] == '-':
        return space.newlong(rbigint.fromstr(text[1:], 10).neg())
    return space.newlong(rbigint.fromstr(text, 10))


def _hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


def _read_hex4(space, dec, pos):
    """The value of the 4 hex digits at pos (just after a \\u)."""
    s = dec.s
    if pos + 4 > len(s):
        raise decode_error(space, dec, "Invalid \\uXXXX escape", pos - 1)
    v = 0
    for i in range(4):
        h = _hexval(s[pos + i])
        if h < 0:
            raise decode_error(space, dec, "Invalid \\uXXXX escape", pos - 1)
        v = v * 16 + h
    return v


def decode_string(space, dec):
    s = dec.s
    n = len(s)
    begin = dec.pos
    pos = begin + 1
    out = StringBuilder()
    while True:
        if pos >= n:
            raise decode_error(space, dec, "Unterminated string starting at",
                               begin)
        c = s[pos]
        if c == '"':
            pos += 1
            break
        if c == '\\':
            pos += 1
            if pos >= n:
                raise decode_error(space, dec, "Unterminated string "
                                   "starting at", begin)
            e = s[pos]
            if e == '"' or e == '\\' or e == '/':
                out.append(e)
            elif e == 'n':
                out.append('\n')
            elif e == 't':
                out.append('\t')
            elif e == 'r':
                out.append('\r')
            elif e == 'b':
                out.append('\b')
            elif e == 'f':
                out.append('\f')
            elif e == 'u':
                cp = _read_hex4(space, dec, pos + 1)
                pos += 4
                if (0xd800 <= cp <= 0xdbff and pos + 2 < n and
                        s[pos + 1] == '\\' and s[pos + 2] == 'u'):
                    lo = _read_hex4(space, dec, pos + 3)
                    if 0xdc00 <= lo <= 0xdfff:
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00)
                        pos += 6
                out.append(utf8.encode_codepoint(cp))
            else:
                raise decode_error(space, dec, "Invalid \\escape", pos - 1)
            pos += 1
            continue
        if ord(c) < 0x20:
            raise decode_error(space, dec, "Invalid control character at",
                               pos)
        out.append(c)
        pos += 1
    dec.pos = pos
    return out.build()


def decode_array(space, dec):
    s = dec.s
    dec.pos += 1
    items_w = []
    _skip_ws(dec)
    if dec.pos < len(s) and s[dec.pos] == ']':
        dec.pos += 1
        return space.newlist(items_w)
    while True:
        _skip_ws(dec)
        items_w.append(decode_value(space, dec))
        _skip_ws(dec)
        if dec.pos < len(s) and s[dec.pos] == ']':
            dec.pos += 1
            return space.newlist(items_w)
        if dec.pos < len(s) and s[dec.pos] == ',':
            dec.pos += 1
            _skip_ws(dec)
            if dec.pos < len(s) and s[dec.pos] == ']':
                raise decode_error(space, dec, "Illegal trailing comma "
                                   "before end of array", dec.pos - 1)
            continue
        raise decode_error(space, dec, "Expecting ',' delimiter", dec.pos)


def decode_object(space, dec):
    s = dec.s
    dec.pos += 1
    w_dict = space.newdict()
    _skip_ws(dec)
    if dec.pos < len(s) and s[dec.pos] == '}':
        dec.pos += 1
        return w_dict
    while True:
        _skip_ws(dec)
        if dec.pos >= len(s) or s[dec.pos] != '"':
            raise decode_error(space, dec, "Expecting property name "
                               "enclosed in double quotes", dec.pos)
        w_key = space.newtext(decode_string(space, dec))
        _skip_ws(dec)
        if dec.pos >= len(s) or s[dec.pos] != ':':
            raise decode_error(space, dec, "Expecting ':' delimiter",
                               dec.pos)
        dec.pos += 1
        _skip_ws(dec)
        w_value = decode_value(space, dec)
        w_dict.setitem(w_key, w_value)
        _skip_ws(dec)
        if dec.pos < len(s) and s[dec.pos] == '}':
            dec.pos += 1
            return w_dict
        if dec.pos < len(s) and s[dec.pos] == ',':
            dec.pos += 1
            _skip_ws(dec)
            if dec.pos < len(s) and s[dec.pos] == '}':
                raise decode_error(space, dec, "Illegal trailing comma "
                                   "before end of object", dec.pos - 1)
            continue
        raise decode_error(space, dec, "Expecting ',' delimiter", dec.pos)


def do_loads(space, w_s):
    if isinstance(w_s, W_StrObject):
        s = w_s.utf8
    elif isinstance(w_s, W_BytesObject) or isinstance(w_s,
                                                       W_BytearrayObject):
        from objspace.bytesobject import bytes_w
        s = bytes_w(space, w_s)
        if s.startswith('\xef\xbb\xbf'):
            s = s[3:]
        if utf8.check_utf8(s) >= 0:
            raise space.value_error("invalid utf-8 in JSON document")
    else:
        raise space.type_error("the JSON object must be str, bytes or "
                               "bytearray, not %s" % space.type_name(w_s))
    dec = Decoder(s)
    _skip_ws(dec)
    w_result = decode_value(space, dec)
    _skip_ws(dec)
    if dec.pos != len(s):
        raise decode_error(space, dec, "Extra data", dec.pos)
    return w_result


@builtin('loads', 1, 1)
def json_loads(space, args_w, kwnames):
    return do_loads(space, args_w[0])


@builtin('load', 1, 1)
def json_load(space, args_w, kwnames):
    w_read = space.getattr(args_w[0], 'read')
    return do_loads(space, space.call_function(w_read, []))


def make_module(space):
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('json'))
    for func in [json_dumps, json_dump, json_loads, json_load]:
        set(func.w_builtin.name, func.w_builtin)
    return W_ModuleObject('json', w_dict)
