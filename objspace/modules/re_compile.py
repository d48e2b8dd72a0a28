"""The re module's pattern compiler: pattern text -> the codes of rlib's rsre.

RPython 0.2.1 ships rsre (the matching engine) but no run-time compiler, so
this is ours.  Two stages, after CPython's Lib/re/_parser.py and
_compiler.py (3.11), emitting the opcode numbering of rsre_core (CPython
2.7's sre numbering, plus RANGE_IGNORE):

    parse(cps, flags) -> Parsed   the pattern (a list of code points) as a
                                  tree of Node objects, group names and
                                  counts, the final flags
    compile_pattern(...) -> Compiled   the list of ints rsre_core runs

Errors raise ReError(kind, msg, pos) with CPython's messages and positions
(code-point offsets in the pattern); the re module turns them into re.error
(or OverflowError/ValueError/IndexError where CPython raises those).
parse_template() parses sub()'s replacement strings.

Not supported: \\N{name} escapes (they would pull Unicode's name tables into
the binary), bytes patterns (no bytes type yet), the LOCALE flag.
Atomic groups (?>...) and possessive repeats (*+ ++ ?+ {m,n}+) are
emulated as a lookahead capturing into a hidden group plus a backreference
to it.
"""
from interp.stackcheck import stack_check
from rpython.rlib.rsre import rsre_char, rsre_core
from objspace import unicodedb

from objspace import utf8
from objspace.strobject import str_repr

rsre_char.set_unicode_db(unicodedb)

# ---- flags (the values of CPython's re.RegexFlag)
FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256
TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE
GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE

MAXREPEAT = rsre_char.MAXREPEAT
MAXGROUPS = 1073741823            # CPython's _sre.MAXGROUPS on 64-bit
MAXCODE = 0xFFFFFFFF              # the largest code word (CODESIZE 4)
MAXWIDTH = 1 << 60                # "unbounded" in width computations

# ---- errors
KIND_ERROR = 0          # re.error
KIND_OVERFLOW = 1       # OverflowError
KIND_VALUE = 2          # ValueError
KIND_INDEX = 3          # IndexError


class ReError(Exception):
    """A bad pattern or template: kind (KIND_*), msg, pos (-1: none)."""

    def __init__(self, kind, msg, pos):
        self.kind = kind
        self.msg = msg
        self.pos = pos


def error(msg, pos):
    return ReError(KIND_ERROR, msg, pos)


# ---- the pattern tree
AT_BEGINNING = rsre_core.AT_BEGINNING
AT_BEGINNING_STRING = rsre_core.AT_BEGINNING_STRING
AT_BOUNDARY = rsre_core.AT_BOUNDARY
AT_NON_BOUNDARY = rsre_core.AT_NON_BOUNDARY
AT_END = rsre_core.AT_END
AT_END_STRING = rsre_core.AT_END_STRING

# categories (rsre numbering); the UNI_ variants are CAT_* + CAT_UNICODE
CAT_DIGIT = 0
CAT_NOT_DIGIT = 1
CAT_SPACE = 2
CAT_NOT_SPACE = 3
CAT_WORD = 4
CAT_NOT_WORD = 5
CAT_UNICODE = 10

# set items
SET_LITERAL = 0
SET_RANGE = 1
SET_CATEGORY = 2

# repeat kinds
GREEDY = 0
LAZY = 1
POSSESSIVE = 2


class Node(object):
    """One element of a parsed pattern (a sequence is a list of Nodes)."""


class Literal(Node):
    def __init__(self, char):
        self.char = char


class NotLiteral(Node):
    def __init__(self, char):
        self.char = char


class AnyChar(Node):
    pass


class SetItem(object):
    """A member of a character set: a literal (lo), a range lo..hi, or a
    category (lo = CAT_*)."""

    def __init__(self, kind, lo, hi):
        self.kind = kind
        self.lo = lo
        self.hi = hi

    def same(self, other):
        return (self.kind == other.kind and self.lo == other.lo
                and self.hi == other.hi)


class CharSet(Node):
    def __init__(self, items, negate):
        self.items = items          # list of SetItem
        self.negate = negate


class At(Node):
    def __init__(self, code):
        self.code = code            # AT_*, adjusted for flags when emitted


class Group(Node):
    """A parenthesised subpattern: capturing when group > 0; add_flags and
    del_flags are (?flags-flags:...)."""

    def __init__(self, group, add_flags, del_flags, seq):
        self.group = group
        self.add_flags = add_flags
        self.del_flags = del_flags
        self.seq = seq


class Branch(Node):
    def __init__(self, alternatives):
        self.alternatives = alternatives    # list of sequences


class Repeat(Node):
    def __init__(self, min, max, kind, seq):
        self.min = min
        self.max = max
        self.kind = kind            # GREEDY, LAZY or POSSESSIVE
        self.seq = seq


class GroupRef(Node):
    def __init__(self, group):
        self.group = group


class GroupRefExists(Node):
    def __init__(self, group, yes, no):
        self.group = group
        self.yes = yes
        self.no = no                # a sequence or None


class Assert(Node):
    def __init__(self, behind, negate, seq):
        self.behind = behind        # True for lookbehind
        self.negate = negate
        self.seq = seq


class Atomic(Node):
    def __init__(self, seq):
        self.seq = seq


NOTHING = Group(0, 0, 0, [])    # what a comment (?#...) parses to


# ---- the tokenizer: one token is a code point, or ESC | code point for a
# backslash escape, or NONE at the end (CPython's Tokenizer, with ints)
ESC = 1 << 21
NONE = -1


def _tok_len(tok):
    if tok == NONE:
        return 0
    if tok & ESC:
        return 2
    return 1


def _is_digit(c):
    return ord('0') <= c <= ord('9')


def _is_octdigit(c):
    return ord('0') <= c <= ord('7')


def _hex_value(c):
    if ord('0') <= c <= ord('9'):
        return c - ord('0')
    if ord('a') <= c <= ord('f'):
        return c - ord('a') + 10
    if ord('A') <= c <= ord('F'):
        return c - ord('A') + 10
    return -1


def _is_ascii_letter(c):
    return ord('a') <= c <= ord('z') or ord('A') <= c <= ord('Z')


def _is_whitespace(c):
    return c == 32 or 9 <= c <= 13


def cps_to_utf8(cps):
    return ''.join([utf8.encode_codepoint(c) for c in cps])


def _tok_text(tok):
    """The token as written, for messages."""
    if tok == NONE:
        return ''
    if tok & ESC:
        return '\\' + utf8.encode_codepoint(tok & ~ESC)
    return utf8.encode_codepoint(tok)


class Source(object):
    def __init__(self, cps):
        self.cps = cps
        self.index = 0
        self.next = NONE
        self.advance()

    def advance(self):
        index = self.index
        n = len(self.cps)
        if index >= n:
            self.next = NONE
            return
        c = self.cps[index]
        if c == ord('\\'):
            index += 1
            if index >= n:
                raise error("bad escape (end of pattern)", n - 1)
            c = self.cps[index] | ESC
        self.index = index + 1
        self.next = c

    def match(self, tok):
        if self.next == tok:
            self.advance()
            return True
        return False

    def get(self):
        this = self.next
        self.advance()
        return this

    def tell(self):
        return self.index - _tok_len(self.next)

    def seek(self, index):
        self.index = index
        self.advance()

    def error(self, msg, offset=0):
        return error(msg, self.tell() - offset)

    def getuntil(self, terminator, name):
        """The code points up to `terminator` (consumed)."""
        result = []
        while True:
            c = self.next
            self.advance()
            if c == NONE:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name"
                                 % utf8.encode_codepoint(terminator),
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            if c & ESC:
                result.append(ord('\\'))
                result.append(c & ~ESC)
            else:
                result.append(c)
        return result

    def checkgroupname(self, name, offset):
        if not is_identifier(name):
            raise self.error("bad character in group name %s"
                             % str_repr(cps_to_utf8(name)),
                             len(name) + offset)


def is_identifier(cps):
    if not cps:
        return False
    for i in range(len(cps)):
        c = cps[i]
        if c == ord('_'):
            continue
        if c < 128:
            if _is_ascii_letter(c) or (i > 0 and _is_digit(c)):
                continue
            return False
        if i == 0:
            if not unicodedb.isxidstart(c):
                return False
        elif not unicodedb.isxidcontinue(c):
            return False
    return True


def _parse_decimal(cps):
    """The value of a string of ASCII digits, or -1 (not all digits, or
    more than MAXGROUPS)."""
    if not cps:
        return -1
    value = 0
    for c in cps:
        if not _is_digit(c):
            return -1
        value = value * 10 + (c - ord('0'))
        if value > MAXGROUPS:
            return MAXGROUPS
    return value


# ---- parser state
class State(object):
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}         # name (UTF-8) -> group number
        self.groupnames = []        # (name, number) in definition order
        self.groupnumbers = []
        self.width_lo = [0]         # per group, once closed
        self.width_hi = [0]
        self.closed = [True]
        self.lookbehindgroups = -1  # -1: not inside a lookbehind
        self.grouprefpos = {}       # forward refs in (?(n)...): n -> pos
        self.ngroups = 1            # groups + 1 (group 0)

    def opengroup(self, name, source, namelen):
        gid = self.ngroups
        self.ngroups += 1
        self.width_lo.append(0)
        self.width_hi.append(0)
        self.closed.append(False)
        if self.ngroups > MAXGROUPS:
            raise source.error("too many groups", namelen + 1)
        if name is not None:
            ogid = self.groupdict.get(name, -1)
            if ogid >= 0:
                raise source.error(
                    "redefinition of group name %s as group %d; was group %d"
                    % (str_repr(name), gid, ogid), namelen + 1)
            self.groupdict[name] = gid
            self.groupnames.append(name)
            self.groupnumbers.append(gid)
        return gid

    def closegroup(self, gid, seq):
        lo, hi = self.getwidth(seq)
        self.width_lo[gid] = lo
        self.width_hi[gid] = hi
        self.closed[gid] = True

    def checkgroup(self, gid):
        return gid < self.ngroups and self.closed[gid]

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups >= 0:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')

    def getwidth(self, seq):
        """(min, max) width of a sequence, MAXWIDTH for unbounded."""
        stack_check()
        lo = 0
        hi = 0
        for node in seq:
            if isinstance(node, Branch):
                i = MAXWIDTH
                j = 0
                for alt in node.alternatives:
                    l, h = self.getwidth(alt)
                    i = min(i, l)
                    j = max(j, h)
                lo = _wadd(lo, i)
                hi = _wadd(hi, j)
            elif isinstance(node, Group):
                i, j = self.getwidth(node.seq)
                lo = _wadd(lo, i)
                hi = _wadd(hi, j)
            elif isinstance(node, Atomic):
                i, j = self.getwidth(node.seq)
                lo = _wadd(lo, i)
                hi = _wadd(hi, j)
            elif isinstance(node, Repeat):
                i, j = self.getwidth(node.seq)
                lo = _wadd(lo, _wmul(i, node.min))
                if node.max == MAXREPEAT and j:
                    hi = MAXWIDTH
                else:
                    hi = _wadd(hi, _wmul(j, node.max))
            elif (isinstance(node, Literal) or isinstance(node, NotLiteral)
                  or isinstance(node, AnyChar) or isinstance(node, CharSet)):
                lo = _wadd(lo, 1)
                hi = _wadd(hi, 1)
            elif isinstance(node, GroupRef):
                lo = _wadd(lo, self.width_lo[node.group])
                hi = _wadd(hi, self.width_hi[node.group])
            elif isinstance(node, GroupRefExists):
                i, j = self.getwidth(node.yes)
                if node.no is not None:
                    l, h = self.getwidth(node.no)
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = _wadd(lo, i)
                hi = _wadd(hi, j)
        return lo, hi


def _wadd(a, b):
    return min(a + b, MAXWIDTH)


def _wmul(a, b):
    if a == 0 or b == 0:
        return 0
    if a > MAXWIDTH // b:
        return MAXWIDTH
    return min(a * b, MAXWIDTH)


# ---- escapes
def _simple_escape(c):
    """The code point of \\a \\b \\f \\n \\r \\t \\v \\\\, or -1."""
    if c == ord('a'):
        return 7
    if c == ord('b'):
        return 8
    if c == ord('f'):
        return 12
    if c == ord('n'):
        return 10
    if c == ord('r'):
        return 13
    if c == ord('t'):
        return 9
    if c == ord('v'):
        return 11
    if c == ord('\\'):
        return ord('\\')
    return -1


def _category_escape(c):
    """The category of \\d \\D \\s \\S \\w \\W, or -1."""
    if c == ord('d'):
        return CAT_DIGIT
    if c == ord('D'):
        return CAT_NOT_DIGIT
    if c == ord('s'):
        return CAT_SPACE
    if c == ord('S'):
        return CAT_NOT_SPACE
    if c == ord('w'):
        return CAT_WORD
    if c == ord('W'):
        return CAT_NOT_WORD
    return -1


def _hex_escape(source, escape_text, ndigits):
    """\\xhh, \\uhhhh, \\Uhhhhhhhh: the code point."""
    value = 0
    count = 0
    text = escape_text
    while count < ndigits:
        tok = source.next
        if tok == NONE or tok & ESC or _hex_value(tok) < 0:
            break
        source.advance()
        value = value * 16 + _hex_value(tok)
        text += chr(tok)
        count += 1
    if count != ndigits:
        raise source.error("incomplete escape %s" % text, len(text))
    if value > 0x10FFFF:
        raise source.error("bad escape %s" % text, len(text))
    return value


def _common_escape(source, c, escape_text):
    """The code point of a \\x \\u \\U escape, or -1 for other escapes."""
    if c == ord('x'):
        return _hex_escape(source, escape_text, 2)
    if c == ord('u'):
        return _hex_escape(source, escape_text, 4)
    if c == ord('U'):
        return _hex_escape(source, escape_text, 8)
    return -1


def class_escape(source, tok):
    """An escape inside [...]: (SET_LITERAL, code point) or
    (SET_CATEGORY, category)."""
    c = tok & ~ESC
    escape_text = _tok_text(tok)
    lit = _simple_escape(c)
    if lit >= 0:
        return SET_LITERAL, lit
    cat = _category_escape(c)
    if cat >= 0:
        return SET_CATEGORY, cat
    lit = _common_escape(source, c, escape_text)
    if lit >= 0:
        return SET_LITERAL, lit
    if _is_octdigit(c):
        value = c - ord('0')
        text = escape_text
        for _ in range(2):
            tok = source.next
            if tok == NONE or tok & ESC or not _is_octdigit(tok):
                break
            source.advance()
            value = value * 8 + (tok - ord('0'))
            text += chr(tok)
        if value > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377'
                               % text, len(text))
        return SET_LITERAL, value
    if _is_digit(c) or _is_ascii_letter(c):
        raise source.error("bad escape %s" % escape_text, len(escape_text))
    return SET_LITERAL, c


def escape(source, tok, state):
    """An escape outside sets: a Node."""
    c = tok & ~ESC
    escape_text = _tok_text(tok)
    if c == ord('A'):
        return At(AT_BEGINNING_STRING)
    if c == ord('Z'):
        return At(AT_END_STRING)
    if c == ord('b'):
        return At(AT_BOUNDARY)
    if c == ord('B'):
        return At(AT_NON_BOUNDARY)
    cat = _category_escape(c)
    if cat >= 0:
        return CharSet([SetItem(SET_CATEGORY, cat, 0)], False)
    lit = _simple_escape(c)
    if lit >= 0:
        return Literal(lit)
    lit = _common_escape(source, c, escape_text)
    if lit >= 0:
        return Literal(lit)
    if c == ord('0'):
        value = 0
        for _ in range(2):
            tok = source.next
            if tok == NONE or tok & ESC or not _is_octdigit(tok):
                break
            source.advance()
            value = value * 8 + (tok - ord('0'))
        return Literal(value)
    if _is_digit(c):
        # an octal escape or a group reference
        text = escape_text
        nxt = source.next
        if nxt != NONE and not (nxt & ESC) and _is_digit(nxt):
            source.advance()
            text += chr(nxt)
            nxt2 = source.next
            if (_is_octdigit(c) and _is_octdigit(nxt) and nxt2 != NONE
                    and not (nxt2 & ESC) and _is_octdigit(nxt2)):
                source.advance()
                text += chr(nxt2)
                value = ((c - ord('0')) * 64 + (nxt - ord('0')) * 8
                         + (nxt2 - ord('0')))
                if value > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % text, len(text))
                return Literal(value)
        group = 0
        for i in range(1, len(text)):
            group = group * 10 + (ord(text[i]) - ord('0'))
        if group < state.ngroups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(text))
            state.checklookbehindgroup(group, source)
            return GroupRef(group)
        raise source.error("invalid group reference %d" % group,
                           len(text) - 1)
    if _is_ascii_letter(c):
        raise source.error("bad escape %s" % escape_text, len(escape_text))
    return Literal(c)


# ---- the parser
SPECIAL_CHARS = ".\\[{()*+?^$|"


def _is_special(tok):
    if tok & ESC or tok >= 128:
        return False
    return chr(tok) in SPECIAL_CHARS


def _flag_of(c):
    """The flag of an inline flag letter, or 0."""
    if c == ord('i'):
        return FLAG_IGNORECASE
    if c == ord('L'):
        return FLAG_LOCALE
    if c == ord('m'):
        return FLAG_MULTILINE
    if c == ord('s'):
        return FLAG_DOTALL
    if c == ord('x'):
        return FLAG_VERBOSE
    if c == ord('a'):
        return FLAG_ASCII
    if c == ord('t'):
        return FLAG_TEMPLATE
    if c == ord('u'):
        return FLAG_UNICODE
    return 0


def _is_alpha(tok):
    if tok == NONE or tok & ESC:
        return False
    if tok < 128:
        return _is_ascii_letter(tok)
    return unicodedb.isalpha(tok)


def parse_sub(source, state, verbose, nested):
    """An alternation a|b|c: a sequence of Nodes."""
    stack_check()
    items = []
    while True:
        items.append(parse_seq(source, state, verbose, nested + 1,
                               nested == 0 and not items))
        if not source.match(ord('|')):
            break
        if nested == 0:
            verbose = bool(state.flags & FLAG_VERBOSE)
    if len(items) == 1:
        return items[0]
    # a branch of single characters is a set
    setitems = []
    as_set = True
    for item in items:
        if len(item) != 1:
            as_set = False
            break
        node = item[0]
        if isinstance(node, Literal):
            _add_set_item(setitems, SetItem(SET_LITERAL, node.char, 0))
        elif isinstance(node, CharSet) and not node.negate:
            for it in node.items:
                _add_set_item(setitems, it)
        else:
            as_set = False
            break
    if as_set:
        return [CharSet(setitems, False)]
    return [Branch(items)]


def _add_set_item(items, item):
    for it in items:
        if it.same(item):
            return
    items.append(item)


def parse_seq(source, state, verbose, nested, first):
    """A sequence of items up to '|', ')' or the end."""
    seq = []
    while True:
        this = source.next
        if this == NONE or this == ord('|') or this == ord(')'):
            break
        source.advance()
        if verbose:
            if not (this & ESC) and _is_whitespace(this):
                continue
            if this == ord('#'):
                while True:
                    this = source.get()
                    if this == NONE or this == ord('\n'):
                        break
                continue
        if this & ESC:
            seq.append(escape(source, this, state))
        elif not _is_special(this):
            seq.append(Literal(this))
        elif this == ord('['):
            seq.append(parse_set(source))
        elif (this == ord('*') or this == ord('+') or this == ord('?')
              or this == ord('{')):
            parse_repeat(source, seq, this)
        elif this == ord('.'):
            seq.append(AnyChar())
        elif this == ord('('):
            node = parse_paren(source, state, verbose, nested, first, seq)
            if node is None:        # global flags, (?x) at the start
                verbose = bool(state.flags & FLAG_VERBOSE)
            elif node is not NOTHING:
                seq.append(node)
        elif this == ord('^'):
            seq.append(At(AT_BEGINNING))
        elif this == ord('$'):
            seq.append(At(AT_END))
    # unpack non-capturing groups without flags
    result = []
    for node in seq:
        if (isinstance(node, Group) and node.group == 0
                and node.add_flags == 0 and node.del_flags == 0):
            result.extend(node.seq)
        else:
            result.append(node)
    return result


def parse_set(source):
    here = source.tell() - 1
    items = []
    negate = source.match(ord('^'))
    while True:
        this = source.get()
        if this == NONE:
            raise source.error("unterminated character set",
                               source.tell() - here)
        if this == ord(']') and items:
            break
        if this & ESC:
            kind1, value1 = class_escape(source, this)
        else:
            kind1 = SET_LITERAL
            value1 = this
        if source.match(ord('-')):
            that = source.get()
            if that == NONE:
                raise source.error("unterminated character set",
                                   source.tell() - here)
            if that == ord(']'):
                _add_set_item(items, SetItem(kind1, value1, 0))
                _add_set_item(items, SetItem(SET_LITERAL, ord('-'), 0))
                break
            if that & ESC:
                kind2, value2 = class_escape(source, that)
            else:
                kind2 = SET_LITERAL
                value2 = that
            if kind1 != SET_LITERAL or kind2 != SET_LITERAL or value2 < value1:
                text = _tok_text(this) + '-' + _tok_text(that)
                raise source.error(
                    "bad character range %s" % text,
                    _tok_len(this) + 1 + _tok_len(that))
            _add_set_item(items, SetItem(SET_RANGE, value1, value2))
        else:
            _add_set_item(items, SetItem(kind1, value1, 0))
            # (a set with only "]" at the start is handled by `items`)
    if len(items) == 1 and items[0].kind == SET_LITERAL:
        if negate:
            return NotLiteral(items[0].lo)
        return Literal(items[0].lo)
    return CharSet(items, negate)


def _read_digits(source):
    digits = []
    while True:
        tok = source.next
        if tok == NONE or tok & ESC or not _is_digit(tok):
            return digits
        source.advance()
        digits.append(tok)


def _digits_value(source, digits):
    value = 0
    for d in digits:
        value = value * 10 + (d - ord('0'))
        if value >= MAXREPEAT:
            raise ReError(KIND_OVERFLOW, "the repetition number is too large",
                          -1)
    return value


def parse_repeat(source, seq, this):
    here = source.tell()
    if this == ord('?'):
        min = 0
        max = 1
    elif this == ord('*'):
        min = 0
        max = MAXREPEAT
    elif this == ord('+'):
        min = 1
        max = MAXREPEAT
    else:
        if source.next == ord('}'):
            seq.append(Literal(this))
            return
        min = 0
        max = MAXREPEAT
        lo = _read_digits(source)
        if source.match(ord(',')):
            hi = _read_digits(source)
        else:
            hi = lo
        if not source.match(ord('}')):
            seq.append(Literal(this))
            source.seek(here)
            return
        if lo:
            min = _digits_value(source, lo)
        if hi:
            max = _digits_value(source, hi)
            if max < min:
                raise source.error("min repeat greater than max repeat",
                                   source.tell() - here)
    thislen = _tok_len(this)
    if not seq:
        raise source.error("nothing to repeat",
                           source.tell() - here + thislen)
    item = seq[-1]
    if isinstance(item, At):
        raise source.error("nothing to repeat",
                           source.tell() - here + thislen)
    if isinstance(item, Repeat):
        raise source.error("multiple repeat",
                           source.tell() - here + thislen)
    if (isinstance(item, Group) and item.group == 0 and item.add_flags == 0
            and item.del_flags == 0):
        body = item.seq
    else:
        body = [item]
    if source.match(ord('?')):
        kind = LAZY
    elif source.match(ord('+')):
        kind = POSSESSIVE
    else:
        kind = GREEDY
    seq[-1] = Repeat(min, max, kind, body)


def parse_paren(source, state, verbose, nested, first, seq):
    """After '(': a Node, NOTHING for a comment, or None for global flags
    (?x)."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    namelen = 0
    add_flags = 0
    del_flags = 0
    if source.match(ord('?')):
        char = source.get()
        if char == NONE:
            raise source.error("unexpected end of pattern")
        if char == ord('P'):
            if source.match(ord('<')):
                namecps = source.getuntil(ord('>'), "group name")
                source.checkgroupname(namecps, 1)
                name = cps_to_utf8(namecps)
                namelen = len(namecps)
            elif source.match(ord('=')):
                namecps = source.getuntil(ord(')'), "group name")
                source.checkgroupname(namecps, 1)
                gid = state.groupdict.get(cps_to_utf8(namecps), -1)
                if gid < 0:
                    raise source.error("unknown group name %s"
                                       % str_repr(cps_to_utf8(namecps)),
                                       len(namecps) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group",
                                       len(namecps) + 1)
                state.checklookbehindgroup(gid, source)
                return GroupRef(gid)
            else:
                char = source.get()
                if char == NONE:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + _tok_text(char),
                                   _tok_len(char) + 2)
        elif char == ord(':'):
            capture = False
        elif char == ord('#'):
            while True:
                if source.next == NONE:
                    raise source.error("missing ), unterminated comment",
                                       source.tell() - start)
                if source.get() == ord(')'):
                    break
            return NOTHING
        elif char == ord('=') or char == ord('!') or char == ord('<'):
            behind = False
            saved_lookbehind = state.lookbehindgroups
            if char == ord('<'):
                char = source.get()
                if char == NONE:
                    raise source.error("unexpected end of pattern")
                if char != ord('=') and char != ord('!'):
                    raise source.error("unknown extension ?<" + _tok_text(char),
                                       _tok_len(char) + 2)
                behind = True
                if saved_lookbehind < 0:
                    state.lookbehindgroups = state.ngroups
            p = parse_sub(source, state, verbose, nested + 1)
            if behind and saved_lookbehind < 0:
                state.lookbehindgroups = -1
            if not source.match(ord(')')):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            return Assert(behind, char == ord('!'), p)
        elif char == ord('('):
            return parse_conditional(source, state, verbose, nested, start)
        elif char == ord('>'):
            capture = False
            atomic = True
        elif (not (char & ESC) and _flag_of(char) != 0) or char == ord('-'):
            add_flags, del_flags, is_global = parse_flags(source, state, char)
            if is_global:
                if not first or seq:
                    raise source.error('global flags not at the start '
                                       'of the expression',
                                       source.tell() - start)
                return None
            capture = False
        else:
            raise source.error("unknown extension ?" + _tok_text(char),
                               _tok_len(char) + 1)
    if capture:
        group = state.opengroup(name, source, namelen)
    else:
        group = 0
    sub_verbose = ((verbose or bool(add_flags & FLAG_VERBOSE))
                   and not (del_flags & FLAG_VERBOSE))
    p = parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(ord(')')):
        raise source.error("missing ), unterminated subpattern",
                           source.tell() - start)
    if group:
        state.closegroup(group, p)
    if atomic:
        return Atomic(p)
    return Group(group, add_flags, del_flags, p)


def parse_conditional(source, state, verbose, nested, start):
    condcps = source.getuntil(ord(')'), "group name")
    if is_identifier(condcps):
        condname = cps_to_utf8(condcps)
        condgroup = state.groupdict.get(condname, -1)
        if condgroup < 0:
            raise source.error("unknown group name %s" % str_repr(condname),
                               len(condcps) + 1)
    else:
        condgroup = _parse_decimal(condcps)
        if condgroup < 0:
            raise source.error("bad character in group name %s"
                               % str_repr(cps_to_utf8(condcps)),
                               len(condcps) + 1)
        if condgroup == 0:
            raise source.error("bad group number", len(condcps) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error("invalid group reference %d" % condgroup,
                               len(condcps) + 1)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = source.tell() - len(condcps) - 1
    state.checklookbehindgroup(condgroup, source)
    item_yes = parse_seq(source, state, verbose, nested + 1, False)
    if source.match(ord('|')):
        item_no = parse_seq(source, state, verbose, nested + 1, False)
        if source.next == ord('|'):
            raise source.error("conditional backref with more than two "
                               "branches")
    else:
        item_no = None
    if not source.match(ord(')')):
        raise source.error("missing ), unterminated subpattern",
                           source.tell() - start)
    return GroupRefExists(condgroup, item_yes, item_no)


def parse_flags(source, state, char):
    """Inline flags after '(?': (add_flags, del_flags, is_global)."""
    add_flags = 0
    del_flags = 0
    if char != ord('-'):
        while True:
            flag = _flag_of(char)
            if char == ord('L'):
                raise source.error("bad inline flags: cannot use 'L' flag "
                                   "with a str pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' "
                                   "are incompatible")
            char = source.get()
            if char == NONE:
                raise source.error("missing -, : or )")
            if char == ord(')') or char == ord('-') or char == ord(':'):
                break
            if char & ESC or _flag_of(char) == 0:
                if _is_alpha(char):
                    raise source.error("unknown flag", _tok_len(char))
                raise source.error("missing -, : or )", _tok_len(char))
    if char == ord(')'):
        state.flags |= add_flags
        return add_flags, 0, True
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == ord('-'):
        char = source.get()
        if char == NONE:
            raise source.error("missing flag")
        if char & ESC or _flag_of(char) == 0:
            if _is_alpha(char):
                raise source.error("unknown flag", _tok_len(char))
            raise source.error("missing flag", _tok_len(char))
        while True:
            flag = _flag_of(char)
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags "
                                   "'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char == NONE:
                raise source.error("missing :")
            if char == ord(':'):
                break
            if char & ESC or _flag_of(char) == 0:
                if _is_alpha(char):
                    raise source.error("unknown flag", _tok_len(char))
                raise source.error("missing :", _tok_len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags, False


def fix_flags(flags):
    """The flags of a str pattern: UNICODE unless ASCII."""
    if flags & FLAG_LOCALE:
        raise ReError(KIND_VALUE, "cannot use LOCALE flag with a str pattern",
                      -1)
    if not flags & FLAG_ASCII:
        flags |= FLAG_UNICODE
    elif flags & FLAG_UNICODE:
        raise ReError(KIND_VALUE, "ASCII and UNICODE flags are incompatible",
                      -1)
    return flags


class Parsed(object):
    def __init__(self, seq, state):
        self.seq = seq
        self.state = state


def parse(cps, flags):
    """Parse a pattern (a list of code points) with the given flags."""
    source = Source(cps)
    state = State(flags)
    seq = parse_sub(source, state, bool(flags & FLAG_VERBOSE), 0)
    state.flags = fix_flags(state.flags)
    if source.next != NONE:
        assert source.next == ord(')')
        raise source.error("unbalanced parenthesis")
    for g, pos in state.grouprefpos.items():
        if g >= state.ngroups:
            raise error("invalid group reference %d" % g, pos)
    return Parsed(seq, state)


# ---- case-insensitive matching helpers
_EQUIVALENCES = [
    [0x69, 0x131], [0x73, 0x17f], [0xb5, 0x3bc], [0x345, 0x3b9, 0x1fbe],
    [0x3b2, 0x3d0], [0x3b5, 0x3f5], [0x3b8, 0x3d1], [0x3ba, 0x3f0],
    [0x3c0, 0x3d6], [0x3c1, 0x3f1], [0x3c2, 0x3c3], [0x3c6, 0x3d5],
    [0x1e61, 0x1e9b],
]
# a lowercase code point -> the other lowercase code points with its
# uppercase (as CPython's sre_compile._ignorecase_fixes)
IGNORECASE_FIXES = {}
for _group in _EQUIVALENCES:
    for _c in _group:
        IGNORECASE_FIXES[_c] = [_k for _k in _group if _k != _c]
del _group, _c


def rsre_flags(flags):
    """The flags rsre's match context wants: only UNICODE matters."""
    if flags & FLAG_ASCII:
        return 0
    return rsre_char.SRE_FLAG_UNICODE


def getlower(c, flags):
    return rsre_char.getlower(c, rsre_flags(flags))


# ---- the code emitter
OP = rsre_core


class Compiled(object):
    """A compiled pattern: the rsre code, the final flags, the number of
    groups (group 0 included) and the group names."""

    def __init__(self, code, flags, ngroups, groupnames, groupnumbers):
        self.code = code
        self.flags = flags
        self.ngroups = ngroups
        self.groupnames = groupnames
        self.groupnumbers = groupnumbers


class Emitter(object):
    def __init__(self, state):
        self.code = []
        self.state = state
        self.nextgroup = state.ngroups      # hidden groups for atomic groups

    def emit(self, x):
        self.code.append(x)

    def begin_skip(self):
        pos = len(self.code)
        self.code.append(0)
        return pos

    def end_skip(self, pos):
        self.code[pos] = len(self.code) - pos

    def seq(self, seq, flags):
        stack_check()
        for node in seq:
            self.node(node, flags)

    def node(self, node, flags):
        if isinstance(node, Literal):
            self.literal(node.char, False, flags)
        elif isinstance(node, NotLiteral):
            self.literal(node.char, True, flags)
        elif isinstance(node, AnyChar):
            if flags & FLAG_DOTALL:
                self.emit(OP.OPCODE_ANY_ALL)
            else:
                self.emit(OP.OPCODE_ANY)
        elif isinstance(node, CharSet):
            self.charset(node, flags)
        elif isinstance(node, At):
            self.at(node.code, flags)
        elif isinstance(node, Group):
            newflags = flags
            if node.add_flags & TYPE_FLAGS:
                newflags &= ~TYPE_FLAGS
            newflags = (newflags | node.add_flags) & ~node.del_flags
            if node.group:
                self.emit(OP.OPCODE_MARK)
                self.emit((node.group - 1) * 2)
            self.seq(node.seq, newflags)
            if node.group:
                self.emit(OP.OPCODE_MARK)
                self.emit((node.group - 1) * 2 + 1)
        elif isinstance(node, Branch):
            self.emit(OP.OPCODE_BRANCH)
            tails = []
            for alt in node.alternatives:
                skip = self.begin_skip()
                self.seq(alt, flags)
                self.emit(OP.OPCODE_JUMP)
                tails.append(self.begin_skip())
                self.end_skip(skip)
            self.emit(0)
            for tail in tails:
                self.end_skip(tail)
        elif isinstance(node, Repeat):
            self.repeat(node, flags)
        elif isinstance(node, GroupRef):
            if flags & FLAG_IGNORECASE:
                self.emit(OP.OPCODE_GROUPREF_IGNORE)
            else:
                self.emit(OP.OPCODE_GROUPREF)
            self.emit(node.group - 1)
        elif isinstance(node, GroupRefExists):
            self.emit(OP.OPCODE_GROUPREF_EXISTS)
            self.emit(node.group - 1)
            skipyes = self.begin_skip()
            self.seq(node.yes, flags)
            if node.no is not None:
                self.emit(OP.OPCODE_JUMP)
                skipno = self.begin_skip()
                self.code[skipyes] = len(self.code) - skipyes + 1
                self.seq(node.no, flags)
                self.end_skip(skipno)
            else:
                self.code[skipyes] = len(self.code) - skipyes + 1
        elif isinstance(node, Assert):
            if node.negate:
                self.emit(OP.OPCODE_ASSERT_NOT)
            else:
                self.emit(OP.OPCODE_ASSERT)
            skip = self.begin_skip()
            if node.behind:
                lo, hi = self.state.getwidth(node.seq)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern", -1)
                if lo > MAXCODE:
                    raise error("looks too much behind", -1)
                self.emit(lo)
            else:
                self.emit(0)
            self.seq(node.seq, flags)
            self.emit(OP.OPCODE_SUCCESS)
            self.end_skip(skip)
        elif isinstance(node, Atomic):
            self.atomic(node.seq, flags)
        else:
            raise error("internal: unsupported node", -1)

    def atomic(self, seq, flags):
        """(?>X) as (?=(X))\\h with a hidden group h: once X has matched,
        backtracking never re-enters it."""
        gid = self.nextgroup
        self.nextgroup += 1
        self.emit(OP.OPCODE_ASSERT)
        skip = self.begin_skip()
        self.emit(0)
        self.emit(OP.OPCODE_MARK)
        self.emit((gid - 1) * 2)
        self.seq(seq, flags)
        self.emit(OP.OPCODE_MARK)
        self.emit((gid - 1) * 2 + 1)
        self.emit(OP.OPCODE_SUCCESS)
        self.end_skip(skip)
        self.emit(OP.OPCODE_GROUPREF)
        self.emit(gid - 1)

    def literal(self, char, negate, flags):
        if flags & FLAG_IGNORECASE:
            lo = getlower(char, flags)
            fixes = None
            if not (flags & FLAG_ASCII):
                fixes = IGNORECASE_FIXES.get(lo, None)
            if fixes is not None:
                self.emit(OP.OPCODE_IN_IGNORE)
                skip = self.begin_skip()
                if negate:
                    self.emit(OP.OPCODE_NEGATE)
                self.emit(OP.OPCODE_LITERAL)
                self.emit(lo)
                for k in fixes:
                    self.emit(OP.OPCODE_LITERAL)
                    self.emit(k)
                self.emit(OP.OPCODE_FAILURE)
                self.end_skip(skip)
            elif negate:
                self.emit(OP.OPCODE_NOT_LITERAL_IGNORE)
                self.emit(lo)
            else:
                self.emit(OP.OPCODE_LITERAL_IGNORE)
                self.emit(lo)
        else:
            if negate:
                self.emit(OP.OPCODE_NOT_LITERAL)
            else:
                self.emit(OP.OPCODE_LITERAL)
            self.emit(char)

    def charset(self, node, flags):
        ignore = bool(flags & FLAG_IGNORECASE)
        if ignore:
            self.emit(OP.OPCODE_IN_IGNORE)
        else:
            self.emit(OP.OPCODE_IN)
        skip = self.begin_skip()
        self.charset_body(node.items, node.negate, flags, ignore)
        self.end_skip(skip)

    def charset_body(self, items, negate, flags, ignore):
        if negate:
            self.emit(OP.OPCODE_NEGATE)
        unicode = not (flags & FLAG_ASCII)
        bitmap = None
        if not ignore and len(items) > 2:
            bitmap = _small_bitmap(items)
        if bitmap is not None:
            self.emit(OP.OPCODE_CHARSET)
            for word in bitmap:
                self.emit(word)
        else:
            for item in items:
                if item.kind == SET_LITERAL:
                    c = item.lo
                    if ignore:
                        c = getlower(c, flags)
                    self.emit(OP.OPCODE_LITERAL)
                    self.emit(c)
                    if ignore and unicode:
                        fixes = IGNORECASE_FIXES.get(c, None)
                        if fixes is not None:
                            for k in fixes:
                                self.emit(OP.OPCODE_LITERAL)
                                self.emit(k)
                elif item.kind == SET_RANGE:
                    if ignore:
                        self.emit(OP.OPCODE_RANGE_IGNORE)
                    else:
                        self.emit(OP.OPCODE_RANGE)
                    self.emit(item.lo)
                    self.emit(item.hi)
        for item in items:
            if item.kind == SET_CATEGORY:
                self.emit(OP.OPCODE_CATEGORY)
                if unicode:
                    self.emit(item.lo + CAT_UNICODE)
                else:
                    self.emit(item.lo)
        self.emit(OP.OPCODE_FAILURE)

    def at(self, code, flags):
        if flags & FLAG_MULTILINE:
            if code == AT_BEGINNING:
                code = rsre_core.AT_BEGINNING_LINE
            elif code == AT_END:
                code = rsre_core.AT_END_LINE
        if not (flags & FLAG_ASCII):
            if code == AT_BOUNDARY:
                code = rsre_core.AT_UNI_BOUNDARY
            elif code == AT_NON_BOUNDARY:
                code = rsre_core.AT_UNI_NON_BOUNDARY
        self.emit(OP.OPCODE_AT)
        self.emit(code)

    def repeat(self, node, flags):
        if node.kind == POSSESSIVE:
            self.atomic([Repeat(node.min, node.max, GREEDY, node.seq)], flags)
            return
        if _simple(node.seq):
            if node.kind == GREEDY:
                self.emit(OP.OPCODE_REPEAT_ONE)
            else:
                self.emit(OP.OPCODE_MIN_REPEAT_ONE)
            skip = self.begin_skip()
            self.emit(node.min)
            self.emit(node.max)
            self.seq(node.seq, flags)
            self.emit(OP.OPCODE_SUCCESS)
            self.end_skip(skip)
        else:
            self.emit(OP.OPCODE_REPEAT)
            skip = self.begin_skip()
            self.emit(node.min)
            self.emit(node.max)
            self.seq(node.seq, flags)
            self.end_skip(skip)
            if node.kind == GREEDY:
                self.emit(OP.OPCODE_MAX_UNTIL)
            else:
                self.emit(OP.OPCODE_MIN_UNTIL)

    def info(self, seq, flags):
        """The INFO block: the minimum width, and a literal prefix or a
        first-character set that lets search() skip ahead."""
        lo, hi = self.state.getwidth(seq)
        if lo == 0:
            return
        prefix = []
        if not (flags & FLAG_IGNORECASE):
            for node in seq:
                if not isinstance(node, Literal):
                    break
                prefix.append(node.char)
        first_set = None
        if not prefix and not (flags & FLAG_IGNORECASE) and seq:
            first = seq[0]
            if isinstance(first, CharSet):
                first_set = first
            elif (isinstance(first, Repeat) and first.min > 0
                  and first.kind != POSSESSIVE and len(first.seq) == 1):
                item = first.seq[0]
                if isinstance(item, CharSet):
                    first_set = item
                elif isinstance(item, Literal):
                    first_set = CharSet([SetItem(SET_LITERAL, item.char, 0)],
                                        False)
        self.emit(OP.OPCODE_INFO)
        skip = self.begin_skip()
        mask = 0
        if prefix:
            mask = rsre_char.SRE_INFO_PREFIX
            if len(prefix) == len(seq):
                mask |= rsre_char.SRE_INFO_LITERAL
        elif first_set is not None:
            mask = rsre_char.SRE_INFO_CHARSET
        self.emit(mask)
        self.emit(min(lo, MAXCODE))
        if hi < MAXCODE:
            self.emit(hi)
        else:
            self.emit(0)
        if prefix:
            self.emit(len(prefix))
            self.emit(len(prefix))      # prefix_skip: all of it is literals
            for c in prefix:
                self.emit(c)
            # the overlap table of the prefix (Knuth-Morris-Pratt)
            table = [0] * (len(prefix) + 1)
            table[0] = -1
            for i in range(len(prefix)):
                table[i + 1] = table[i] + 1
                while table[i + 1] > 0 and prefix[i] != prefix[table[i + 1] - 1]:
                    table[i + 1] = table[table[i + 1] - 1] + 1
            for i in range(1, len(table)):
                self.emit(table[i])
        elif first_set is not None:
            self.charset_body(first_set.items, first_set.negate, flags, False)
        self.end_skip(skip)


def _simple(seq):
    """True for a single one-character item (REPEAT_ONE can repeat it)."""
    if len(seq) != 1:
        return False
    node = seq[0]
    return (isinstance(node, Literal) or isinstance(node, NotLiteral)
            or isinstance(node, AnyChar) or isinstance(node, CharSet))


def _small_bitmap(items):
    """The 8-word CHARSET bitmap of a set of literals and ranges below 256,
    or None."""
    for item in items:
        if item.kind == SET_LITERAL:
            if item.lo >= 256:
                return None
        elif item.kind == SET_RANGE:
            if item.hi >= 256:
                return None
    if rsre_char.CODESIZE != 4:
        return None
    words = [0] * 8
    for item in items:
        if item.kind == SET_LITERAL:
            words[item.lo >> 5] |= 1 << (item.lo & 31)
        elif item.kind == SET_RANGE:
            for c in range(item.lo, item.hi + 1):
                words[c >> 5] |= 1 << (c & 31)
    for word in words:
        if word == 65535:       # untranslated rsre rejects this value
            return None
    return words


def compile_pattern(cps, flags):
    """Parse and compile a pattern: a Compiled, or ReError."""
    parsed = parse(cps, flags)
    state = parsed.state
    emitter = Emitter(state)
    flags = state.flags
    emitter.info(parsed.seq, flags)
    emitter.seq(parsed.seq, flags)
    emitter.emit(OP.OPCODE_SUCCESS)
    code = [c for c in emitter.code]
    return Compiled(code, flags, state.ngroups, state.groupnames,
                    state.groupnumbers)


# ---- replacement templates (sub, subn, expand)
class Template(object):
    """A parsed replacement: literal pieces (UTF-8) and group numbers; a
    piece is a group where groups[i] >= 0, else literals[i]."""

    def __init__(self, literals, groups):
        self.literals = literals
        self.groups = groups


def parse_template(cps, ngroups, groupdict):
    """Parse sub()'s replacement (code points): \\1, \\g<name>, \\g<1>,
    \\n and other escapes.  ngroups counts group 0."""
    source = Source(cps)
    literals = []
    groups = []
    pending = []            # code points of the current literal piece
    while True:
        this = source.get()
        if this == NONE:
            break
        if not (this & ESC):
            pending.append(this)
            continue
        c = this & ~ESC
        if c == ord('g'):
            if not source.match(ord('<')):
                raise source.error("missing <")
            namecps = source.getuntil(ord('>'), "group name")
            if is_identifier(namecps):
                name = cps_to_utf8(namecps)
                index = groupdict.get(name, -1)
                if index < 0:
                    raise ReError(KIND_INDEX, "unknown group name %s"
                                  % str_repr(name), -1)
            else:
                index = _parse_decimal(namecps)
                if index < 0:
                    raise source.error("bad character in group name %s"
                                       % str_repr(cps_to_utf8(namecps)),
                                       len(namecps) + 1)
                if index >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % index,
                                       len(namecps) + 1)
            if index >= ngroups:
                raise source.error("invalid group reference %d" % index,
                                   len(namecps) + 1)
            _flush(pending, literals, groups)
            literals.append('')
            groups.append(index)
        elif c == ord('0'):
            value = 0
            for _ in range(2):
                tok = source.next
                if tok == NONE or tok & ESC or not _is_octdigit(tok):
                    break
                source.advance()
                value = value * 8 + (tok - ord('0'))
            pending.append(value & 0xff)
        elif _is_digit(c):
            text_len = 1
            value = c - ord('0')
            isoctal = False
            nxt = source.next
            if nxt != NONE and not (nxt & ESC) and _is_digit(nxt):
                source.advance()
                text_len = 2
                value = value * 10 + (nxt - ord('0'))
                nxt2 = source.next
                if (_is_octdigit(c) and _is_octdigit(nxt) and nxt2 != NONE
                        and not (nxt2 & ESC) and _is_octdigit(nxt2)):
                    source.advance()
                    isoctal = True
                    octal = ((c - ord('0')) * 64 + (nxt - ord('0')) * 8
                             + (nxt2 - ord('0')))
                    if octal > 0o377:
                        raise source.error(
                            'octal escape value \\%s outside of range 0-0o377'
                            % (chr(c) + chr(nxt) + chr(nxt2)), 4)
                    pending.append(octal)
            if not isoctal:
                if value >= ngroups:
                    raise source.error("invalid group reference %d" % value,
                                       text_len)
                _flush(pending, literals, groups)
                literals.append('')
                groups.append(value)
        else:
            lit = _simple_escape(c)
            if lit >= 0:
                pending.append(lit)
            elif _is_ascii_letter(c):
                raise source.error("bad escape %s" % _tok_text(this), 2)
            else:
                pending.append(ord('\\'))
                pending.append(c)
    _flush(pending, literals, groups)
    return Template(literals, groups)


def _flush(pending, literals, groups):
    if pending:
        literals.append(cps_to_utf8(pending))
        groups.append(-1)
        del pending[:]
