"""The tokenizer: Python 3 source bytes (UTF-8) to a list of Tokens.

`Tokenizer(source).tokenize()` returns every token of the source at once,
ending with ENDMARKER.  Token kinds follow CPython's tokenizer: NAME,
KEYWORD (the reserved words, True/False/None included), NUMBER, STRING, OP,
NEWLINE, INDENT, DEDENT, ENDMARKER.  A token's `value` is its source text
(a STRING keeps its prefix and quotes; the parser decodes it; an OP is the
operator itself), `lineno` is 1-based and `col` 0-based, in bytes.

Indentation works as in CPython: a tab advances to the next multiple of 8,
a form feed resets the column; the same lines measured with tabs of width 1
must agree (else 'inconsistent use of tabs and spaces in indentation').
Blank and comment-only lines produce nothing; newlines inside brackets and
after a backslash continuation are ignored.

Errors are CompileError(msg, lineno, col, kind) with CPython 3.8's wording.
"""

from interp.error import CompileError

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
KEYWORD = 8

KIND_NAMES = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE',
              'INDENT', 'DEDENT', 'KEYWORD']

KEYWORDS = {}
for _kw in ('False None True and as assert async await break class continue '
            'def del elif else except finally for from global if import in '
            'is lambda nonlocal not or pass raise return try while with '
            'yield').split():
    KEYWORDS[_kw] = True
del _kw

OPERATORS_3 = {'**=': True, '//=': True, '>>=': True, '<<=': True,
               '...': True}
OPERATORS_2 = {}
for _op in ('-> := += -= *= /= %= &= |= ^= @= ** // << >> <= >= == '
            '!=').split():
    OPERATORS_2[_op] = True
del _op
OPERATORS_1 = '+-*/%@&|^~<>()[]{},:.;='

STRING_PREFIXES = {'': True, 'r': True, 'u': True, 'b': True, 'br': True,
                   'rb': True, 'f': True, 'fr': True, 'rf': True}

MAX_INDENT = 100       # CPython's MAXINDENT
MAX_PAREN_LEVEL = 200  # CPython's MAXLEVEL
TABSIZE = 8


class Token(object):
    """One token: kind (an int above), value (source text), position."""

    def __init__(self, kind, value, lineno, col):
        self.kind = kind
        self.value = value
        self.lineno = lineno
        self.col = col

    def __repr__(self):
        return 'Token(%s, %r, %d, %d)' % (KIND_NAMES[self.kind], self.value,
                                          self.lineno, self.col)


def is_ident_start(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or ord(c) >= 128


def is_ident_char(c):
    return (('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9') or
            c == '_' or ord(c) >= 128)


def is_digit(c):
    return '0' <= c <= '9'


def is_hex_digit(c):
    return ('0' <= c <= '9') or ('a' <= c <= 'f') or ('A' <= c <= 'F')


def is_base_digit(c, base):
    if base == 16:
        return is_hex_digit(c)
    if base == 8:
        return '0' <= c <= '7'
    if base == 2:
        return c == '0' or c == '1'
    return '0' <= c <= '9'


def lower_char(c):
    if 'A' <= c <= 'Z':
        return chr(ord(c) + 32)
    return c


def lower_ascii(s):
    res = ''
    for c in s:
        res += lower_char(c)
    return res


def normalize_newlines(s):
    """Turn '\\r\\n' and lone '\\r' into '\\n' (universal newlines)."""
    if s.find('\r') < 0:
        return s
    parts = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\r':
            parts.append('\n')
            if i + 1 < n and s[i + 1] == '\n':
                i += 1
        else:
            parts.append(c)
        i += 1
    return ''.join(parts)


def check_utf8(s, lineno):
    """Raise CompileError unless s is well-formed UTF-8 (no surrogates)."""
    i = 0
    n = len(s)
    line = lineno
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            if c == 10:
                line += 1
            i += 1
            continue
        if 0xc2 <= c <= 0xdf:
            need = 1
            lo = 0x80
            hi = 0xbf
        elif 0xe0 <= c <= 0xef:
            need = 2
            lo = 0x80
            hi = 0xbf
            if c == 0xe0:
                lo = 0xa0
            elif c == 0xed:
                hi = 0x9f
        elif 0xf0 <= c <= 0xf4:
            need = 3
            lo = 0x80
            hi = 0xbf
            if c == 0xf0:
                lo = 0x90
            elif c == 0xf4:
                hi = 0x8f
        else:
            raise CompileError(
                "(unicode error) 'utf-8' codec can't decode byte 0x%s in "
                "position %d: invalid start byte" % (hex2(c), i), line, 0)
        j = 1
        while j <= need:
            if i + j >= n:
                raise CompileError(
                    "(unicode error) 'utf-8' codec can't decode byte 0x%s in "
                    "position %d: unexpected end of data" % (hex2(c), i),
                    line, 0)
            d = ord(s[i + j])
            if j == 1:
                ok = lo <= d <= hi
            else:
                ok = 0x80 <= d <= 0xbf
            if not ok:
                raise CompileError(
                    "(unicode error) 'utf-8' codec can't decode byte 0x%s in "
                    "position %d: invalid continuation byte" % (hex2(c), i),
                    line, 0)
            j += 1
        i += need + 1


def hex2(c):
    digits = '0123456789abcdef'
    return digits[(c >> 4) & 15] + digits[c & 15]


class Tokenizer(object):
    """Turns source text into tokens; see the module docstring.

    lineno and col give the position of the first byte of `source` (the
    parser tokenizes f-string expressions in place this way); in_expr makes
    the whole text behave as if inside brackets (no NEWLINE, INDENT or
    DEDENT), for those same f-string expressions.
    """

    def __init__(self, source, lineno=1, col=0, in_expr=False):
        self.src = source
        self.lineno = lineno
        self.line_start = -col      # col of a byte = its index - line_start
        self.in_expr = in_expr
        self.tokens = []

    def error(self, msg, lineno, col):
        raise CompileError(msg, lineno, col, 'SyntaxError')

    def indent_error(self, msg, lineno, col):
        raise CompileError(msg, lineno, col, 'IndentationError')

    def _newline(self, pos):
        """Called with the index just after a '\\n'."""
        self.lineno += 1
        self.line_start = pos

    def emit(self, kind, value, lineno, col):
        self.tokens.append(Token(kind, value, lineno, col))

    def _last_is_line_content(self):
        if len(self.tokens) == 0:
            return False
        k = self.tokens[-1].kind
        return k != NEWLINE and k != INDENT and k != DEDENT

    def tokenize(self):
        src = self.src
        if src.find('\x00') >= 0:
            self.error('source code cannot contain null bytes', self.lineno, 0)
        if not self.in_expr:
            if src.startswith('\xef\xbb\xbf'):
                src = src[3:]
            src = normalize_newlines(src)
            check_utf8(src, self.lineno)
        self.src = src
        n = len(src)
        indents = [0]
        altindents = [0]
        parens = []
        at_bol = not self.in_expr
        pos = 0
        while True:
            if at_bol:
                at_bol = False
                col = 0
                altcol = 0
                while pos < n:
                    c = src[pos]
                    if c == ' ':
                        col += 1
                        altcol += 1
                    elif c == '\t':
                        col = (col // TABSIZE + 1) * TABSIZE
                        altcol += 1
                    elif c == '\x0c':
                        col = 0
                        altcol = 0
                    else:
                        break
                    pos += 1
                if pos >= n:
                    break
                c = src[pos]
                if c == '#' or c == '\n':
                    # a blank or comment-only line: no tokens at all
                    while pos < n and src[pos] != '\n':
                        pos += 1
                    if pos < n:
                        pos += 1
                        self._newline(pos)
                    at_bol = True
                    continue
                lineno = self.lineno
                tcol = pos - self.line_start
                if col == indents[-1]:
                    if altcol != altindents[-1]:
                        self._tab_error(lineno, tcol)
                elif col > indents[-1]:
                    if len(indents) > MAX_INDENT:
                        self.indent_error('too many levels of indentation',
                                          lineno, tcol)
                    if altcol <= altindents[-1]:
                        self._tab_error(lineno, tcol)
                    indents.append(col)
                    altindents.append(altcol)
                    self.emit(INDENT, '', lineno, tcol)
                else:
                    while len(indents) > 1 and col < indents[-1]:
                        indents.pop()
                        altindents.pop()
                        self.emit(DEDENT, '', lineno, tcol)
                    if col != indents[-1]:
                        self.indent_error('unindent does not match any outer '
                                          'indentation level', lineno, tcol)
                    if altcol != altindents[-1]:
                        self._tab_error(lineno, tcol)
            if pos >= n:
                break
            c = src[pos]
            if c == ' ' or c == '\t' or c == '\x0c':
                pos += 1
                continue
            if c == '#':
                while pos < n and src[pos] != '\n':
                    pos += 1
                continue
            if c == '\n':
                if len(parens) == 0 and not self.in_expr:
                    if self._last_is_line_content():
                        self.emit(NEWLINE, '', self.lineno,
                                  pos - self.line_start)
                    at_bol = True
                pos += 1
                self._newline(pos)
                continue
            lineno = self.lineno
            col = pos - self.line_start
            if c == '\\':
                if pos + 1 < n and src[pos + 1] == '\n':
                    pos += 2
                    self._newline(pos)
                    if pos >= n:
                        self.error('unexpected EOF while parsing',
                                   self.lineno, 0)
                    continue
                if pos + 1 >= n:
                    self.error('unexpected EOF while parsing', lineno, col)
                self.error('unexpected character after line continuation '
                           'character', lineno, col + 1)
            if is_ident_start(c):
                start = pos
                while pos < n and is_ident_char(src[pos]):
                    pos += 1
                assert start >= 0
                word = src[start:pos]
                if pos < n and (src[pos] == '"' or src[pos] == "'"):
                    if len(word) <= 2 and lower_ascii(word) in STRING_PREFIXES:
                        pos = self.scan_string(start, pos)
                        assert pos >= 0
                        self.emit(STRING, src[start:pos], lineno, col)
                        continue
                if word in KEYWORDS:
                    self.emit(KEYWORD, word, lineno, col)
                else:
                    self.emit(NAME, word, lineno, col)
                continue
            if is_digit(c) or (c == '.' and pos + 1 < n and
                               is_digit(src[pos + 1])):
                start = pos
                pos = self.scan_number(pos)
                assert pos >= 0
                self.emit(NUMBER, src[start:pos], lineno, col)
                continue
            if c == '"' or c == "'":
                start = pos
                pos = self.scan_string(pos, pos)
                assert pos >= 0
                self.emit(STRING, src[start:pos], lineno, col)
                continue
            # operators and delimiters
            if pos + 3 <= n:
                op = src[pos:pos + 3]
                if op in OPERATORS_3:
                    self.emit(OP, op, lineno, col)
                    pos += 3
                    continue
            if pos + 2 <= n:
                op = src[pos:pos + 2]
                if op in OPERATORS_2:
                    self.emit(OP, op, lineno, col)
                    pos += 2
                    continue
            if OPERATORS_1.find(c) >= 0:
                if c == '(' or c == '[' or c == '{':
                    if len(parens) >= MAX_PAREN_LEVEL:
                        self.error('too many nested parentheses', lineno, col)
                    parens.append(c)
                elif c == ')' or c == ']' or c == '}':
                    if len(parens) > 0:
                        parens.pop()
                self.emit(OP, c, lineno, col)
                pos += 1
                continue
            self.error('invalid syntax', lineno, col)
        # end of input
        if not self.in_expr:
            if len(parens) == 0 and self._last_is_line_content():
                self.emit(NEWLINE, '', self.lineno, pos - self.line_start)
            if len(parens) == 0:
                while len(indents) > 1:
                    indents.pop()
                    self.emit(DEDENT, '', self.lineno, 0)
        self.emit(ENDMARKER, '', self.lineno, pos - self.line_start)
        return self.tokens

    def _tab_error(self, lineno, col):
        self.indent_error('inconsistent use of tabs and spaces in indentation',
                          lineno, col)

    def scan_string(self, start, qpos):
        """Scan a string literal whose prefix starts at `start` and whose
        opening quote is at `qpos`; return the index just past it."""
        src = self.src
        n = len(src)
        lineno = self.lineno
        col = start - self.line_start
        q = src[qpos]
        triple = qpos + 2 < n and src[qpos + 1] == q and src[qpos + 2] == q
        if triple:
            pos = qpos + 3
        else:
            pos = qpos + 1
        while True:
            if pos >= n:
                if triple:
                    self.error('EOF while scanning triple-quoted string '
                               'literal', lineno, col)
                self.error('EOL while scanning string literal', lineno, col)
            c = src[pos]
            if c == '\\':
                if pos + 1 < n and src[pos + 1] == '\n':
                    pos += 2
                    self._newline(pos)
                    continue
                pos += 2
                continue
            if c == '\n':
                if not triple:
                    self.error('EOL while scanning string literal', lineno,
                               col)
                pos += 1
                self._newline(pos)
                continue
            if c == q:
                if not triple:
                    return pos + 1
                if pos + 2 < n and src[pos + 1] == q and src[pos + 2] == q:
                    return pos + 3
            pos += 1

    def scan_number(self, pos):
        """Scan a number literal starting at pos; return the index past it."""
        src = self.src
        n = len(src)
        start = pos
        lineno = self.lineno
        col = pos - self.line_start
        c = src[pos]
        if c == '0' and pos + 1 < n and (src[pos + 1] in 'xXoObB'):
            kind = lower_char(src[pos + 1])
            if kind == 'x':
                base = 16
                name = 'hexadecimal'
            elif kind == 'o':
                base = 8
                name = 'octal'
            else:
                base = 2
                name = 'binary'
            pos += 2
            ndigits = 0
            while pos < n:
                c = src[pos]
                if c == '_':
                    if pos + 1 < n and is_base_digit(src[pos + 1], base):
                        pos += 1
                        continue
                    self.error('invalid %s literal' % name, lineno, col)
                if is_base_digit(c, base):
                    pos += 1
                    ndigits += 1
                    continue
                break
            if pos < n and is_digit(src[pos]):
                self.error("invalid digit '%s' in %s literal"
                           % (src[pos], name), lineno, pos - self.line_start)
            if ndigits == 0:
                self.error('invalid %s literal' % name, lineno, col)
            return pos
        is_float = False
        if c != '.':
            pos = self._scan_digits(pos, lineno, col)
        if pos < n and src[pos] == '.':
            pos += 1
            is_float = True
            if pos < n and is_digit(src[pos]):
                pos = self._scan_digits(pos, lineno, col)
        if pos < n and (src[pos] == 'e' or src[pos] == 'E'):
            p = pos + 1
            if p < n and (src[p] == '+' or src[p] == '-'):
                p += 1
                if not (p < n and is_digit(src[p])):
                    self.error('invalid decimal literal', lineno, col)
            if p < n and is_digit(src[p]):
                pos = self._scan_digits(p, lineno, col)
                is_float = True
        if pos < n and (src[pos] == 'j' or src[pos] == 'J'):
            return pos + 1
        if not is_float and src[start] == '0':
            i = start
            while i < pos:
                if '1' <= src[i] <= '9':
                    self.error('leading zeros in decimal integer literals are '
                               'not permitted; use an 0o prefix for octal '
                               'integers', lineno, col)
                i += 1
        return pos

    def _scan_digits(self, pos, lineno, col):
        """Decimal digits with single '_' between them, from a digit at pos."""
        src = self.src
        n = len(src)
        while pos < n:
            c = src[pos]
            if is_digit(c):
                pos += 1
            elif c == '_':
                if pos + 1 < n and is_digit(src[pos + 1]):
                    pos += 1
                else:
                    self.error('invalid decimal literal', lineno, col)
            else:
                break
        return pos


def tokenize(source):
    """The tokens of a whole source text (a byte string)."""
    return Tokenizer(source).tokenize()
