"""The re module (also importable as ure): CPython 3's regular expressions.

Patterns are compiled by our own compiler (re_compile.py) into the codes of
rlib's rsre engine, which matches over the subject string decoded into an
RPython unicode string, so positions (span, start, end, pos, endpos) are
code-point indices as Python's.  Behaviour, messages and reprs follow
CPython 3.11 (MicroPython's re is a small subset; its `<match num=...>` repr
is not followed); empty matches in sub/split/findall/finditer follow
CPython 3.7+ (an empty match may follow a non-empty one).

Not supported: bytes patterns and subjects (no bytes type yet), the LOCALE
flag, \\N{name} escapes, Pattern.scanner.
"""
from __future__ import absolute_import
from rpython.rlib import jit
from rpython.rlib.rarithmetic import maxint
from rpython.rlib.rsre import rsre_core, rsre_jit
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder

from interp.error import OperationError
from objspace import utf8
from objspace.baseobject import W_Root, TypeDef
from objspace.exceptions import W_BaseException, exception_new
from objspace.gateway import unwrap_spec, opt
from objspace.functionobject import W_BuiltinFunction
from objspace.moduleobject import W_ModuleObject
from objspace.strobject import W_StrObject, str_repr
from objspace.tupleobject import W_TupleObject
from objspace.intobject import W_IntObject
from objspace.modules import re_compile
from objspace.modules.re_compile import ReError

# The regex engine stays out of the JIT: its entry points here are
# dont_look_inside, and rsre's own jit drivers are switched off.
rsre_jit.RSreJitDriver.active = False

CACHE_SIZE = 100


class ReState(object):
    """Module-wide state: the re.error class (made with the module) and the
    cache of compiled patterns ("<flags>:<pattern>" -> W_Pattern)."""

    def __init__(self):
        self.w_error = None
        self.cache = {}


STATE = ReState()


# ---- subjects: the string being matched, decoded for rsre
def decode_utf8(s):
    """The RPython unicode string of valid UTF-8 s."""
    builder = UnicodeBuilder(len(s))
    pos = 0
    n = len(s)
    while pos < n:
        c = ord(s[pos])
        if c < 0x80:
            builder.append(unichr(c))
            pos += 1
        else:
            builder.append(unichr(utf8.codepoint_at(s, pos)))
            pos = utf8.next_codepoint_pos(s, pos)
    return builder.build()


class Subject(object):
    """A str being matched: its UTF-8, the decoded code points (what rsre
    matches), and slicing by code-point index."""

    def __init__(self, w_str):
        self.w_str = w_str
        self.utf8 = w_str.utf8
        self.ustr = decode_utf8(w_str.utf8)
        self.length = len(self.ustr)
        self.ascii = self.length == len(self.utf8)

    def slice(self, start, end):
        """The UTF-8 of code points start..end."""
        if end <= start:
            return ''
        assert start >= 0
        if self.ascii:
            return self.utf8[start:end]
        builder = StringBuilder(end - start)
        for i in range(start, end):
            builder.append(utf8.encode_codepoint(ord(self.ustr[i])))
        return builder.build()

    def w_slice(self, start, end):
        if start <= 0 and end >= self.length:
            return self.w_str
        return W_StrObject(self.slice(start, end), max(end - start, 0))


def get_subject(space, w_string):
    if not isinstance(w_string, W_StrObject):
        raise space.type_error("expected string or bytes-like object, got "
                               "'%s'" % space.type_name(w_string))
    return Subject(w_string)


def clip_range(pos, endpos, length):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


# ---- running rsre
@jit.dont_look_inside
def rsre_match(w_pattern, subject, pos, endpos, fullmatch):
    """A match anchored at pos (pos <= endpos, both clipped): the rsre
    context, or None."""
    ctx = rsre_core.UnicodeMatchContext(w_pattern.code, subject.ustr, pos,
                                        endpos, w_pattern.rsre_flags)
    ctx.fullmatch_only = fullmatch
    if rsre_core.match_context(ctx):
        return ctx
    return None


@jit.dont_look_inside
def rsre_search(w_pattern, subject, pos, endpos, must_advance):
    """The first match at or after pos: the rsre context, or None.  With
    must_advance (the previous match of a findall/sub/split loop was empty
    and ended at pos) an empty match at pos is skipped, as CPython 3.7+."""
    if pos > endpos:
        return None
    if must_advance:
        ctx = rsre_core.UnicodeMatchContext(w_pattern.code, subject.ustr, pos,
                                            endpos, w_pattern.rsre_flags)
        result = rsre_core.sre_match(ctx, 0, pos, None)
        while result is not None and ctx.match_end == pos:
            result = result.move_to_next_result(ctx)
        if result is not None:
            ctx.match_start = pos
            return ctx
        pos += 1
        if pos > endpos:
            return None
    ctx = rsre_core.UnicodeMatchContext(w_pattern.code, subject.ustr, pos,
                                        endpos, w_pattern.rsre_flags)
    if rsre_core.search_context(ctx):
        return ctx
    return None


def ctx_marks(ctx, ngroups):
    """[start0, end0, start1, end1, ...] for groups 0..ngroups-1 (-1 for
    groups that did not take part), and lastindex (-1 for none)."""
    marks = [-1] * (2 * ngroups)
    marks[0] = ctx.match_start
    marks[1] = ctx.match_end
    lastindex = -1
    mark = ctx.match_marks
    while mark is not None:
        index = mark.gid + 2
        if index < 2 * ngroups:
            if marks[index] == -1:
                marks[index] = mark.position
            if lastindex < 0 and mark.gid & 1:
                lastindex = mark.gid // 2 + 1
        mark = mark.prev
    for g in range(1, ngroups):
        start = marks[2 * g]
        end = marks[2 * g + 1]
        if start < 0 or end < 0 or start > end:
            marks[2 * g] = -1
            marks[2 * g + 1] = -1
    return marks, lastindex


# ---- errors
def re_error(space, e, pattern_cps, w_pattern_text):
    """The OperationError for a ReError raised while compiling
    pattern_cps (a pattern or a template)."""
    if e.kind == re_compile.KIND_OVERFLOW:
        return space.overflow_error(e.msg)
    if e.kind == re_compile.KIND_VALUE:
        return space.value_error(e.msg)
    if e.kind == re_compile.KIND_INDEX:
        return space.index_error(e.msg)
    msg = e.msg
    pos = e.pos
    w_none = space.w_None
    w_pos = w_lineno = w_colno = w_none
    w_pattern = w_none
    if pos >= 0 and pattern_cps is not None:
        w_pattern = w_pattern_text
        msg = '%s at position %d' % (msg, pos)
        w_pos = space.newint(pos)
        lineno = 1
        last_nl = -1
        for i in range(min(pos, len(pattern_cps))):
            if pattern_cps[i] == 10:
                lineno += 1
                last_nl = i
        colno = pos - last_nl
        w_lineno = space.newint(lineno)
        w_colno = space.newint(colno)
        for c in pattern_cps:
            if c == 10:
                msg = '%s (line %d, column %d)' % (msg, lineno, colno)
                break
    w_exc = W_BaseException(STATE.w_error, [space.newtext(msg)])
    w_dict = w_exc.getdict(space)
    w_dict.setitem(space.newtext('msg'), space.newtext(e.msg))
    w_dict.setitem(space.newtext('pattern'), w_pattern)
    w_dict.setitem(space.newtext('pos'), w_pos)
    w_dict.setitem(space.newtext('lineno'), w_lineno)
    w_dict.setitem(space.newtext('colno'), w_colno)
    return OperationError(w_exc)


def codepoints(s):
    """The code points of valid UTF-8 s, as a list of ints."""
    cps = []
    pos = 0
    while pos < len(s):
        cps.append(utf8.codepoint_at(s, pos))
        pos = utf8.next_codepoint_pos(s, pos)
    return cps


# ---- Pattern
class W_Pattern(W_Root):
    """A compiled pattern (re.Pattern)."""
    _immutable_fields_ = ['w_text', 'code[*]', 'flags', 'rsre_flags',
                          'ngroups', 'groupnames[*]', 'groupnumbers[*]']

    def __init__(self, w_text, compiled):
        self.w_text = w_text
        self.code = compiled.code
        self.flags = compiled.flags
        self.rsre_flags = re_compile.rsre_flags(compiled.flags)
        self.ngroups = compiled.ngroups
        self.groupnames = [name for name in compiled.groupnames]
        self.groupnumbers = [n for n in compiled.groupnumbers]

    def group_number(self, name):
        for i in range(len(self.groupnames)):
            if self.groupnames[i] == name:
                return self.groupnumbers[i]
        return -1

    def group_name(self, number):
        for i in range(len(self.groupnumbers)):
            if self.groupnumbers[i] == number:
                return self.groupnames[i]
        return None

    def groupindex_w(self, space):
        w_dict = space.newdict()
        for i in range(len(self.groupnames)):
            w_dict.setitem(space.newtext(self.groupnames[i]),
                           space.newint(self.groupnumbers[i]))
        return w_dict

    def getattr_builtin(self, space, name):
        if name == 'pattern':
            return self.w_text
        if name == 'flags':
            return space.newint(self.flags)
        if name == 'groups':
            return space.newint(self.ngroups - 1)
        if name == 'groupindex':
            return self.groupindex_w(space)
        return None

    def repr_w(self, space):
        text = truncate(str_repr(self.w_text.utf8), 200)
        flags = self.flags
        if (flags & (re_compile.FLAG_LOCALE | re_compile.FLAG_UNICODE |
                     re_compile.FLAG_ASCII)) == re_compile.FLAG_UNICODE:
            flags &= ~re_compile.FLAG_UNICODE
        if flags == 0:
            return 're.compile(%s)' % text
        names = []
        for bit, name in FLAG_NAMES:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def descr_eq(self, space, w_other):
        if not isinstance(w_other, W_Pattern):
            return None
        return space.newbool(self.flags == w_other.flags and
                             self.w_text.utf8 == w_other.w_text.utf8)

    def hash_w(self, space):
        return space.hash_w(self.w_text) ^ self.flags


FLAG_NAMES = [
    (re_compile.FLAG_TEMPLATE, 'TEMPLATE'),
    (re_compile.FLAG_IGNORECASE, 'IGNORECASE'),
    (re_compile.FLAG_LOCALE, 'LOCALE'),
    (re_compile.FLAG_MULTILINE, 'MULTILINE'),
    (re_compile.FLAG_DOTALL, 'DOTALL'),
    (re_compile.FLAG_UNICODE, 'UNICODE'),
    (re_compile.FLAG_VERBOSE, 'VERBOSE'),
    (re_compile.FLAG_DEBUG, 'DEBUG'),
    (re_compile.FLAG_ASCII, 'ASCII'),
]


def truncate(s, n):
    """The first n code points of UTF-8 s (CPython's %.<n>R)."""
    if len(s) <= n:
        return s
    end = utf8.byte_index(s, min(n, utf8.codepoint_count(s)))
    assert end >= 0
    return s[:end]


def compile_text(space, w_text, flags):
    """A W_Pattern for the str w_text, from the cache when possible."""
    key = '%d:%s' % (flags, w_text.utf8)
    w_pattern = STATE.cache.get(key, None)
    if w_pattern is not None:
        return w_pattern
    cps = codepoints(w_text.utf8)
    try:
        compiled = re_compile.compile_pattern(cps, flags)
    except ReError as e:
        raise re_error(space, e, cps, w_text)
    w_pattern = W_Pattern(w_text, compiled)
    if len(STATE.cache) >= CACHE_SIZE:
        STATE.cache.clear()
    STATE.cache[key] = w_pattern
    return w_pattern


def get_pattern(space, w_pattern, flags):
    if isinstance(w_pattern, W_Pattern):
        if flags != 0:
            raise space.value_error("cannot process flags argument with a "
                                    "compiled pattern")
        return w_pattern
    if isinstance(w_pattern, W_StrObject):
        return compile_text(space, w_pattern, flags)
    raise space.type_error("first argument must be string or compiled "
                           "pattern")


# ---- Match
class W_Match(W_Root):
    """The result of a successful match (re.Match)."""
    _immutable_fields_ = ['w_pattern', 'subject', 'pos', 'endpos',
                          'marks[*]', 'lastindex']

    def __init__(self, w_pattern, subject, pos, endpos, marks, lastindex):
        self.w_pattern = w_pattern
        self.subject = subject
        self.pos = pos
        self.endpos = endpos
        self.marks = marks
        self.lastindex = lastindex

    def group_index(self, space, w_group):
        """The group number named by w_group (an int or a group name)."""
        if isinstance(w_group, W_IntObject):
            g = w_group.intval
            if 0 <= g < self.w_pattern.ngroups:
                return g
        elif isinstance(w_group, W_StrObject):
            g = self.w_pattern.group_number(w_group.utf8)
            if g >= 0:
                return g
        raise space.index_error("no such group")

    def w_group(self, g, w_default):
        start = self.marks[2 * g]
        end = self.marks[2 * g + 1]
        if start < 0:
            return w_default
        return self.subject.w_slice(start, end)

    def getattr_builtin(self, space, name):
        if name == 're':
            return self.w_pattern
        if name == 'string':
            return self.subject.w_str
        if name == 'pos':
            return space.newint(self.pos)
        if name == 'endpos':
            return space.newint(self.endpos)
        if name == 'lastindex':
            if self.lastindex < 0:
                return space.w_None
            return space.newint(self.lastindex)
        if name == 'lastgroup':
            if self.lastindex < 0:
                return space.w_None
            gname = self.w_pattern.group_name(self.lastindex)
            if gname is None:
                return space.w_None
            return space.newtext(gname)
        if name == 'regs':
            return space.newtuple([
                self.w_span(space, g) for g in range(self.w_pattern.ngroups)])
        return None

    def w_span(self, space, g):
        return space.newtuple([space.newint(self.marks[2 * g]),
                               space.newint(self.marks[2 * g + 1])])

    def descr_getitem(self, space, w_index):
        return self.w_group(self.group_index(space, w_index), space.w_None)

    def repr_w(self, space):
        w_text = self.w_group(0, space.w_None)
        assert isinstance(w_text, W_StrObject)
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self.marks[0], self.marks[1], truncate(str_repr(w_text.utf8), 50))


def make_match(w_pattern, subject, ctx, pos, endpos):
    marks, lastindex = ctx_marks(ctx, w_pattern.ngroups)
    return W_Match(w_pattern, subject, pos, endpos, marks, lastindex)


# ---- the operations, shared by the module functions and the methods
def do_match(space, w_pattern, w_string, pos, endpos, fullmatch, search):
    subject = get_subject(space, w_string)
    pos, endpos = clip_range(pos, endpos, subject.length)
    if search:
        ctx = rsre_search(w_pattern, subject, pos, endpos, False)
    else:
        if endpos < pos:
            return space.w_None
        ctx = rsre_match(w_pattern, subject, pos, endpos, fullmatch)
    if ctx is None:
        return space.w_None
    return make_match(w_pattern, subject, ctx, pos, endpos)


def do_findall(space, w_pattern, w_string, pos, endpos):
    subject = get_subject(space, w_string)
    pos, endpos = clip_range(pos, endpos, subject.length)
    items_w = []
    must_advance = False
    ngroups = w_pattern.ngroups
    w_empty = space.newtext('')
    while True:
        ctx = rsre_search(w_pattern, subject, pos, endpos, must_advance)
        if ctx is None:
            break
        start = ctx.match_start
        end = ctx.match_end
        if ngroups == 1:
            items_w.append(subject.w_slice(start, end))
        else:
            marks, _ = ctx_marks(ctx, ngroups)
            if ngroups == 2:
                items_w.append(group_or(subject, marks, 1, w_empty))
            else:
                items_w.append(space.newtuple([
                    group_or(subject, marks, g, w_empty)
                    for g in range(1, ngroups)]))
        must_advance = start == end
        pos = end
    return space.newlist(items_w)


def group_or(subject, marks, g, w_default):
    start = marks[2 * g]
    if start < 0:
        return w_default
    return subject.w_slice(start, marks[2 * g + 1])


def do_split(space, w_pattern, w_string, maxsplit):
    subject = get_subject(space, w_string)
    items_w = []
    last = 0
    n = 0
    pos = 0
    must_advance = False
    ngroups = w_pattern.ngroups
    while maxsplit == 0 or n < maxsplit:
        ctx = rsre_search(w_pattern, subject, pos, subject.length,
                          must_advance)
        if ctx is None:
            break
        start = ctx.match_start
        end = ctx.match_end
        items_w.append(subject.w_slice(last, start))
        if ngroups > 1:
            marks, _ = ctx_marks(ctx, ngroups)
            for g in range(1, ngroups):
                items_w.append(group_or(subject, marks, g, space.w_None))
        n += 1
        last = end
        must_advance = start == end
        pos = end
    items_w.append(subject.w_slice(last, subject.length))
    return space.newlist(items_w)


def get_template(space, w_pattern, w_repl):
    cps = codepoints(w_repl.utf8)
    names = w_pattern.groupnames
    numbers = w_pattern.groupnumbers
    groupdict = {}
    for i in range(len(names)):
        groupdict[names[i]] = numbers[i]
    try:
        return re_compile.parse_template(cps, w_pattern.ngroups, groupdict)
    except ReError as e:
        raise re_error(space, e, cps, w_repl)


def expand_template(builder, template, subject, marks):
    for i in range(len(template.groups)):
        g = template.groups[i]
        if g < 0:
            builder.append(template.literals[i])
        else:
            start = marks[2 * g]
            if start >= 0:
                builder.append(subject.slice(start, marks[2 * g + 1]))


def do_sub(space, w_pattern, w_repl, w_string, count, with_count):
    subject = get_subject(space, w_string)
    literal = None
    template = None
    w_func = None
    if isinstance(w_repl, W_StrObject):
        if '\\' in w_repl.utf8:
            template = get_template(space, w_pattern, w_repl)
        else:
            literal = w_repl.utf8
    elif space.callable_w(w_repl):
        w_func = w_repl
    else:
        raise space.type_error("expected str instance, %s found"
                               % space.type_name(w_repl))
    builder = StringBuilder()
    last = 0
    n = 0
    pos = 0
    must_advance = False
    while count == 0 or n < count:
        ctx = rsre_search(w_pattern, subject, pos, subject.length,
                          must_advance)
        if ctx is None:
            break
        start = ctx.match_start
        end = ctx.match_end
        builder.append(subject.slice(last, start))
        if literal is not None:
            builder.append(literal)
        elif template is not None:
            marks, _ = ctx_marks(ctx, w_pattern.ngroups)
            expand_template(builder, template, subject, marks)
        else:
            w_match = make_match(w_pattern, subject, ctx, 0, subject.length)
            w_res = space.call_function(w_func, [w_match])
            if isinstance(w_res, W_StrObject):
                builder.append(w_res.utf8)
            elif not space.is_none(w_res):
                raise space.type_error("expected str instance, %s found"
                                       % space.type_name(w_res))
        n += 1
        last = end
        must_advance = start == end
        pos = end
    if n == 0:
        w_result = subject.w_str
    else:
        builder.append(subject.slice(last, subject.length))
        w_result = space.newtext(builder.build())
    if with_count:
        return space.newtuple([w_result, space.newint(n)])
    return w_result


class W_MatchIterator(W_Root):
    """The iterator finditer() returns."""

    def __init__(self, w_pattern, subject, pos, endpos):
        self.w_pattern = w_pattern
        self.subject = subject
        self.pos = pos
        self.start = pos
        self.endpos = endpos
        self.must_advance = False
        self.done = False

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        if self.done:
            return None
        ctx = rsre_search(self.w_pattern, self.subject, self.pos, self.endpos,
                          self.must_advance)
        if ctx is None:
            self.done = True
            return None
        self.must_advance = ctx.match_start == ctx.match_end
        self.pos = ctx.match_end
        return make_match(self.w_pattern, self.subject, ctx, self.start,
                          self.endpos)


def do_finditer(space, w_pattern, w_string, pos, endpos):
    subject = get_subject(space, w_string)
    pos, endpos = clip_range(pos, endpos, subject.length)
    return W_MatchIterator(w_pattern, subject, pos, endpos)


# ---- module functions and Pattern methods: one argument parser and one
# dispatcher (generated wrappers per function would cost binary size)
OP_MATCH = 0
OP_FULLMATCH = 1
OP_SEARCH = 2
OP_SUB = 3
OP_SUBN = 4
OP_SPLIT = 5
OP_FINDALL = 6
OP_FINDITER = 7


def parse_args(space, args_w, kwnames, names, nrequired):
    """The arguments of a call as a list in the order of `names` (None
    where not passed); TypeError as the gateway words it."""
    npos = len(args_w)
    if kwnames is not None:
        npos -= len(kwnames)
    if npos > len(names):
        raise space.type_error("function takes %d positional arguments but "
                               "%d were given" % (len(names), npos))
    result = [None] * len(names)
    for i in range(npos):
        result[i] = args_w[i]
    if kwnames is not None:
        for k in range(len(kwnames)):
            found = False
            for i in range(len(names)):
                if names[i] == kwnames[k]:
                    if result[i] is not None:
                        raise space.type_error("function got multiple values "
                                               "for argument '%s'" % names[i])
                    result[i] = args_w[npos + k]
                    found = True
            if not found:
                raise space.type_error("unexpected keyword argument '%s'"
                                       % kwnames[k])
    for i in range(nrequired):
        if result[i] is None:
            raise space.type_error("function missing %d required positional "
                                   "arguments" % (nrequired - i))
    return result


def int_arg(space, w_value, default):
    if w_value is None:
        return default
    return space.int_w(w_value)


def run_op(space, op, w_pattern, w_a, w_b, w_c):
    """The operation `op` of w_pattern; its arguments are (string, pos,
    endpos) for the matching ones, (repl, string, count) for sub/subn and
    (string, maxsplit) for split; None where not passed."""
    if op == OP_SUB or op == OP_SUBN:
        return do_sub(space, w_pattern, w_a, w_b, int_arg(space, w_c, 0),
                      op == OP_SUBN)
    if op == OP_SPLIT:
        return do_split(space, w_pattern, w_a, int_arg(space, w_b, 0))
    pos = int_arg(space, w_b, 0)
    endpos = int_arg(space, w_c, maxint)
    if op == OP_FINDALL:
        return do_findall(space, w_pattern, w_a, pos, endpos)
    if op == OP_FINDITER:
        return do_finditer(space, w_pattern, w_a, pos, endpos)
    return do_match(space, w_pattern, w_a, pos, endpos, op == OP_FULLMATCH,
                    op == OP_SEARCH)


# (name, operation, parameters of the module function after the pattern,
# parameters of the method)
OPERATIONS = [
    ('match', OP_MATCH, ['string'], ['string', 'pos', 'endpos']),
    ('fullmatch', OP_FULLMATCH, ['string'], ['string', 'pos', 'endpos']),
    ('search', OP_SEARCH, ['string'], ['string', 'pos', 'endpos']),
    ('sub', OP_SUB, ['repl', 'string', 'count'], ['repl', 'string', 'count']),
    ('subn', OP_SUBN, ['repl', 'string', 'count'], ['repl', 'string', 'count']),
    ('split', OP_SPLIT, ['string', 'maxsplit'], ['string', 'maxsplit']),
    ('findall', OP_FINDALL, ['string'], ['string', 'pos', 'endpos']),
    ('finditer', OP_FINDITER, ['string'], ['string', 'pos', 'endpos']),
]


def _make_function(name, op, params):
    """re.<name>(pattern, *params, flags=0)."""
    names = ['pattern'] + params + ['flags']
    nparams = len(params)
    nrequired = 2 if op != OP_SUB and op != OP_SUBN else 3

    def func(space, args_w, kwnames):
        a = parse_args(space, args_w, kwnames, names, nrequired)
        w_pattern = get_pattern(space, a[0], int_arg(space, a[nparams + 1], 0))
        w_b = w_c = None
        if nparams >= 2:
            w_b = a[2]
        if nparams >= 3:
            w_c = a[3]
        return run_op(space, op, w_pattern, a[1], w_b, w_c)
    func.func_name = 're_' + name
    return W_BuiltinFunction(name, func, 0, -1, True)


def _make_method(name, op, params):
    """Pattern.<name>(*params)."""
    names = ['self'] + params
    nparams = len(params)
    nrequired = 2 if op != OP_SUB and op != OP_SUBN else 3

    def method(space, args_w, kwnames):
        a = parse_args(space, args_w, kwnames, names, nrequired)
        w_self = a[0]
        if not isinstance(w_self, W_Pattern):
            raise space.type_error("descriptor '%s' requires a 'Pattern' "
                                   "object" % name)
        w_b = w_c = None
        if nparams >= 2:
            w_b = a[2]
        if nparams >= 3:
            w_c = a[3]
        return run_op(space, op, w_self, a[1], w_b, w_c)
    method.func_name = 'pattern_' + name
    return W_BuiltinFunction(name, method, 0, -1, True)


MODULE_FUNCTIONS = [_make_function(_name, _op, _params)
                    for _name, _op, _params, _ in OPERATIONS]
PATTERN_METHODS = [_make_method(_name, _op, _params)
                   for _name, _op, _, _params in OPERATIONS]


@unwrap_spec('compile', 'obj', opt('int', 0), keywords=True)
def re_compile_(space, w_pattern, flags):
    return get_pattern(space, w_pattern, flags)


SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'


@unwrap_spec('escape', 'obj')
def re_escape(space, w_pattern):
    if not isinstance(w_pattern, W_StrObject):
        raise space.type_error("expected str instance, %s found"
                               % space.type_name(w_pattern))
    s = w_pattern.utf8
    builder = StringBuilder(len(s))
    for c in s:
        if c in SPECIAL_CHARS:
            builder.append('\\')
        builder.append(c)
    return space.newtext(builder.build())


@unwrap_spec('purge')
def re_purge(space):
    STATE.cache.clear()
    return space.w_None


# ---- Match methods
@unwrap_spec('group', W_Match, 'args')
def match_group(space, w_self, args_w):
    if not args_w:
        return w_self.w_group(0, space.w_None)
    if len(args_w) == 1:
        return w_self.w_group(w_self.group_index(space, args_w[0]),
                              space.w_None)
    return space.newtuple([
        w_self.w_group(w_self.group_index(space, w_g), space.w_None)
        for w_g in args_w])


@unwrap_spec('groups', W_Match, opt('obj', None), keywords=True)
def match_groups(space, w_self, w_default):
    if w_default is None:
        w_default = space.w_None
    return space.newtuple([w_self.w_group(g, w_default)
                           for g in range(1, w_self.w_pattern.ngroups)])


@unwrap_spec('groupdict', W_Match, opt('obj', None), keywords=True)
def match_groupdict(space, w_self, w_default):
    if w_default is None:
        w_default = space.w_None
    w_dict = space.newdict()
    w_pattern = w_self.w_pattern
    for i in range(len(w_pattern.groupnames)):
        w_dict.setitem(space.newtext(w_pattern.groupnames[i]),
                       w_self.w_group(w_pattern.groupnumbers[i], w_default))
    return w_dict


def _group_arg(space, w_self, w_group):
    if w_group is None:
        return 0
    return w_self.group_index(space, w_group)


@unwrap_spec('start', W_Match, opt('obj', None))
def match_start(space, w_self, w_group):
    return space.newint(w_self.marks[2 * _group_arg(space, w_self, w_group)])


@unwrap_spec('end', W_Match, opt('obj', None))
def match_end(space, w_self, w_group):
    return space.newint(
        w_self.marks[2 * _group_arg(space, w_self, w_group) + 1])


@unwrap_spec('span', W_Match, opt('obj', None))
def match_span(space, w_self, w_group):
    return w_self.w_span(space, _group_arg(space, w_self, w_group))


@unwrap_spec('expand', W_Match, 'obj')
def match_expand(space, w_self, w_template):
    if not isinstance(w_template, W_StrObject):
        raise space.type_error("expected str instance, %s found"
                               % space.type_name(w_template))
    template = get_template(space, w_self.w_pattern, w_template)
    builder = StringBuilder()
    expand_template(builder, template, w_self.subject, w_self.marks)
    return space.newtext(builder.build())


W_Pattern.typedef = TypeDef('Pattern', methods=dict(
    [(w_func.name, w_func) for w_func in PATTERN_METHODS]))
W_Match.typedef = TypeDef('Match', methods={
    'group': match_group.w_builtin,
    '__getitem__': match_group.w_builtin,
    'groups': match_groups.w_builtin,
    'groupdict': match_groupdict.w_builtin,
    'start': match_start.w_builtin,
    'end': match_end.w_builtin,
    'span': match_span.w_builtin,
    'expand': match_expand.w_builtin,
})
W_MatchIterator.typedef = TypeDef('callable_iterator')

# the types the space builds (objspace/space.py, BUILTIN_TYPES)
TYPES = [W_Pattern, W_Match, W_MatchIterator]

FLAGS = [
    ('A', re_compile.FLAG_ASCII), ('ASCII', re_compile.FLAG_ASCII),
    ('I', re_compile.FLAG_IGNORECASE),
    ('IGNORECASE', re_compile.FLAG_IGNORECASE),
    ('L', re_compile.FLAG_LOCALE), ('LOCALE', re_compile.FLAG_LOCALE),
    ('M', re_compile.FLAG_MULTILINE), ('MULTILINE', re_compile.FLAG_MULTILINE),
    ('S', re_compile.FLAG_DOTALL), ('DOTALL', re_compile.FLAG_DOTALL),
    ('U', re_compile.FLAG_UNICODE), ('UNICODE', re_compile.FLAG_UNICODE),
    ('X', re_compile.FLAG_VERBOSE), ('VERBOSE', re_compile.FLAG_VERBOSE),
    ('T', re_compile.FLAG_TEMPLATE), ('TEMPLATE', re_compile.FLAG_TEMPLATE),
    ('DEBUG', re_compile.FLAG_DEBUG), ('NOFLAG', 0),
]


def make_module(space):
    from objspace.typeobject import W_TypeObject
    w_error = W_TypeObject('error', [space.w_Exception], {}, None,
                           exception_new)
    STATE.w_error = w_error
    w_dict = space.newdict()

    def set(name, w_value):
        w_dict.setitem(space.newtext(name), w_value)
    set('__name__', space.newtext('re'))
    set('error', w_error)
    set('Pattern', W_Pattern.typedef.w_type)
    set('Match', W_Match.typedef.w_type)
    for name, value in FLAGS:
        set(name, space.newint(value))
    for w_func in MODULE_FUNCTIONS:
        set(w_func.name, w_func)
    for func in [re_compile_, re_escape, re_purge]:
        set(func.w_builtin.name, func.w_builtin)
    return W_ModuleObject('re', w_dict)
