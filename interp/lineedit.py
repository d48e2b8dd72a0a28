"""The REPL's line editor: MicroPython's readline (shared/readline/readline.c)
in RPython, on a terminal in raw mode.

Keys, as MicroPython reads them: printable characters insert; Left/Right,
Ctrl-B/F move; Home/End, Ctrl-A/E; Backspace (four spaces at once in
leading indentation), Delete and Ctrl-D delete; Ctrl-K/Ctrl-U kill to the
end/start; Ctrl-W and Alt-Backspace kill a word back, Alt-D a word forward;
Alt-B/F and Ctrl-Left/Right move by words; Up/Down and Ctrl-P/N walk the
history (50 lines, kept in ~/.micropython.history); Tab completes.
Ctrl-A..Ctrl-E on an empty line, Ctrl-C always and Enter end the line:
readline() returns the key (0 for Enter).  The screen is redrawn as
MicroPython does it ('\\b' or ESC[nD to move back, ESC[K to erase), so a
terminal shows the same bytes for the same keys.

A continuation line is edited after the statement's previous lines
(`prefix`), which decide its automatic indentation: the previous line's
depth, one more after a ':' (MicroPython's readline_auto_indent).

The terminal is an object with read_byte() and write(text), so tests can
feed keys to an editor and read what it drew (tests/cli/test_lineedit.py).
"""
import os

CHAR_CTRL_A = 1
CHAR_CTRL_B = 2
CHAR_CTRL_C = 3
CHAR_CTRL_D = 4
CHAR_CTRL_E = 5
CHAR_CTRL_F = 6
CHAR_CTRL_K = 11
CHAR_CTRL_N = 14
CHAR_CTRL_P = 16
CHAR_CTRL_U = 21
CHAR_CTRL_W = 23
ESC = 27

# escape-sequence states
ESEQ_NONE = 0
ESEQ_ESC = 1
ESEQ_ESC_BRACKET = 2
ESEQ_ESC_BRACKET_DIGIT = 3
ESEQ_ESC_O = 4

HISTORY_SIZE = 50

# words Tab completes at the start of a name (after the names in scope)
KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async',
            'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
            'else', 'except', 'finally', 'for', 'from', 'global', 'if',
            'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
            'raise', 'return', 'try', 'while', 'with', 'yield']
# keywords that a completion ends with a space, as MicroPython's "import "
SPACED_KEYWORDS = ['and', 'as', 'assert', 'async', 'await', 'class', 'def',
                   'del', 'elif', 'except', 'for', 'from', 'global', 'if',
                   'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
                   'raise', 'return', 'while', 'with', 'yield']


class Terminal(object):
    """The real terminal: keys from fd 0, output to fd 1."""

    def __init__(self, fd_in=0, fd_out=1):
        self.fd_in = fd_in
        self.fd_out = fd_out

    def read_byte(self):
        """One input byte as an int, or -1 at end of input."""
        while True:
            try:
                c = os.read(self.fd_in, 1)
            except OSError as e:
                if e.errno == 4:     # EINTR
                    continue
                return -1
            if not c:
                return -1
            return ord(c[0])

    def write(self, text):
        while text:
            try:
                n = os.write(self.fd_out, text)
            except OSError as e:
                if e.errno == 4:
                    continue
                return
            if n <= 0:
                return
            text = text[n:]


class Completer(object):
    """What Tab completion asks: the names an object offers."""

    def names(self, words):
        """The attribute names of the object reached by the dotted chain
        `words` (['a', 'b'] for `a.b.`), or the names in scope for [];
        None when the chain can't be followed."""
        return None

    def module_names(self):
        """The modules `import <Tab>` offers."""
        return []


def is_ident_char(c):
    return c.isalnum() or c == '_' or ord(c) >= 0x80


def is_word_char(c):
    """MicroPython's word moves stop at anything not alphanumeric."""
    return c.isalnum() or ord(c) >= 0x80


def count_code_points(s, start, end):
    n = 0
    for i in range(start, end):
        if (ord(s[i]) & 0xC0) != 0x80:
            n += 1
    return n


class History(object):
    """The lines entered, most recent first (MicroPython's readline_hist)."""

    def __init__(self):
        self.lines = []

    def push(self, line):
        """Remember a line that isn't empty nor the same as the last."""
        if not line:
            return
        if self.lines and self.lines[0] == line:
            return
        self.lines.insert(0, line)
        if len(self.lines) > HISTORY_SIZE:
            del self.lines[HISTORY_SIZE:]

    def load(self, path):
        """Lines from a history file, oldest first; missing file: none."""
        try:
            fd = os.open(path, os.O_RDONLY, 0)
        except OSError:
            return
        chunks = []
        try:
            while True:
                data = os.read(fd, 4096)
                if not data:
                    break
                chunks.append(data)
        except OSError:
            pass
        os.close(fd)
        for line in ''.join(chunks).split('\n'):
            self.push(line)

    def save(self, path):
        """Write the history, oldest first, one line each."""
        parts = []
        i = len(self.lines) - 1
        while i >= 0:
            parts.append(self.lines[i] + '\n')
            i -= 1
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
        except OSError:
            return
        data = ''.join(parts)
        try:
            while data:
                n = os.write(fd, data)
                if n <= 0:
                    break
                data = data[n:]
        except OSError:
            pass
        os.close(fd)


def history_path():
    home = os.environ.get('HOME')
    if home is None or not home:
        return None
    return home + '/.micropython.history'


class LineEditor(object):
    """MicroPython's readline: edit one line, then return the key that
    ended it (0 for Enter, or a control key); the line is in self.line."""

    def __init__(self, term, history, completer, auto_indent=True):
        self.term = term
        self.history = history
        self.completer = completer
        self.auto_indent_enabled = auto_indent
        self.buf = ''          # the previous lines of the statement + this
        self.orig_line_len = 0
        self.cursor_pos = 0
        self.escape_seq = ESEQ_NONE
        self.escape_seq_buf = '\0'
        self.hist_cur = -1
        self.prompt = ''
        self.line = ''

    # ------------------------------------------------------------ output
    def write(self, text):
        self.term.write(text)

    def move_cursor_back(self, cols):
        if cols <= 0:
            return
        if cols <= 4:
            self.write('\b' * cols)
        else:
            self.write('\x1b[%dD' % cols)

    def erase_line_from_cursor(self):
        self.write('\x1b[K')

    # ------------------------------------------------------------ reading
    def readline(self, prompt, prefix=''):
        """Show prompt, edit a line after the statement's earlier lines
        `prefix` (each ending in '\\n'); return the ending key (0 for
        Enter) and leave the line's text (without prefix) in self.line.
        At end of input, returns Ctrl-D."""
        self.start(prompt, prefix)
        while True:
            c = self.term.read_byte()
            if c < 0:
                self.line = self.current_line()
                return CHAR_CTRL_D
            r = self.process_char(c)
            if r >= 0:
                self.line = self.current_line()
                return r

    def start(self, prompt, prefix):
        self.buf = prefix
        self.orig_line_len = len(prefix)
        self.cursor_pos = self.orig_line_len
        self.escape_seq = ESEQ_NONE
        self.escape_seq_buf = '\0'
        self.hist_cur = -1
        self.prompt = prompt
        self.write(prompt)
        if self.auto_indent_enabled:
            self.auto_indent()

    def current_line(self):
        start = self.orig_line_len
        assert start >= 0
        return self.buf[start:]

    def auto_indent(self):
        """Indent as the previous line, plus one level after a ':'; but
        not after two lines of only spaces (MicroPython's rule)."""
        line = self.buf
        n_len = len(line)
        if n_len > 1 and line[n_len - 1] == '\n':
            i = n_len - 1
            while i > 0:
                if line[i - 1] == '\n':
                    break
                i -= 1
            j = i
            while j < n_len:
                if line[j] != ' ':
                    break
                j += 1
            # i: start of the previous line; j: its first non-space
            if i > 0 and j + 1 == n_len:
                # the previous line is all spaces (and not the first)
                k = i - 1
                while k > 0:
                    if line[k - 1] == '\n':
                        return    # the last two lines are all spaces
                    elif line[k - 1] != ' ':
                        break
                    k -= 1
            n = (j - i) // 4
            if line[n_len - 2] == ':':
                n += 1
            while n > 0:
                self.buf += '    '
                self.write('    ')
                self.cursor_pos += 4
                n -= 1

    # ------------------------------------------------------------ words
    def count_word(self, forward):
        """Bytes to the next (or previous) word boundary."""
        pos = self.cursor_pos
        in_word = False
        n = len(self.buf)
        while True:
            if not forward and pos == self.orig_line_len:
                break
            elif forward and pos == n:
                break
            if forward:
                c = self.buf[pos]
            else:
                c = self.buf[pos - 1]
            if is_word_char(c):
                in_word = True
            elif in_word:
                break
            if forward:
                pos += 1
            else:
                pos -= 1
        if forward:
            return pos - self.cursor_pos
        return self.cursor_pos - pos

    def prev_char_len(self):
        """Bytes of the code point before the cursor."""
        pos = self.cursor_pos
        n = 0
        while pos > self.orig_line_len:
            pos -= 1
            n += 1
            if (ord(self.buf[pos]) & 0xC0) != 0x80:
                break
        return n

    def next_char_len(self):
        pos = self.cursor_pos
        n = 0
        while pos < len(self.buf):
            pos += 1
            n += 1
            if pos >= len(self.buf) or (ord(self.buf[pos]) & 0xC0) != 0x80:
                break
        return n

    def cut(self, start, n):
        """Delete n bytes at start."""
        assert start >= 0 and n >= 0
        self.buf = self.buf[:start] + self.buf[start + n:]

    # ------------------------------------------------------------ keys
    def process_char(self, c):
        """Handle one input byte; return the key that ends the line, or -1
        to go on (MicroPython's readline_process_char)."""
        last_line_len = len(self.buf)
        step_back = 0          # bytes the cursor moves back
        back_cols = 0          # ... and the screen columns they take
        redraw_from_cursor = False
        step_forward = 0       # bytes the cursor moves forward
        action = ''
        if self.escape_seq == ESEQ_NONE:
            if (CHAR_CTRL_A <= c <= CHAR_CTRL_E
                    and len(self.buf) == self.orig_line_len):
                return c       # a control key on an empty line
            elif c == CHAR_CTRL_A:
                action = 'home'
            elif c == CHAR_CTRL_B:
                action = 'left'
            elif c == CHAR_CTRL_C:
                return c
            elif c == CHAR_CTRL_D:
                action = 'delete'
            elif c == CHAR_CTRL_E:
                action = 'end'
            elif c == CHAR_CTRL_F:
                action = 'right'
            elif c == CHAR_CTRL_K:
                self.cut(self.cursor_pos, last_line_len - self.cursor_pos)
                redraw_from_cursor = True
            elif c == CHAR_CTRL_N:
                action = 'down'
            elif c == CHAR_CTRL_P:
                action = 'up'
            elif c == CHAR_CTRL_U:
                step_back = self.cursor_pos - self.orig_line_len
                back_cols = self.cols_back(step_back)
                self.cut(self.orig_line_len, step_back)
                redraw_from_cursor = True
            elif c == CHAR_CTRL_W:
                action = 'kill-word-back'
            elif c == 13 or c == 10:
                self.write('\r\n')
                self.history.push(self.current_line())
                return 0
            elif c == ESC:
                self.escape_seq = ESEQ_ESC
            elif c == 8 or c == 127:
                if self.cursor_pos > self.orig_line_len:
                    # in leading spaces, Backspace removes an indent level
                    nspace = 0
                    for i in range(self.orig_line_len, self.cursor_pos):
                        if self.buf[i] != ' ':
                            nspace = 0
                            break
                        nspace += 1
                    if nspace < 4:
                        nspace = self.prev_char_len()
                    else:
                        nspace = 4
                    back_cols = self.cols_back(nspace)
                    self.cut(self.cursor_pos - nspace, nspace)
                    step_back = nspace
                    redraw_from_cursor = True
            elif c == 9:
                step_forward = self.tab()
                if step_forward != 0:
                    redraw_from_cursor = True
                if step_forward < 0:
                    step_forward = 0
            elif 32 <= c <= 126 or c >= 128:
                pos = self.cursor_pos
                assert pos >= 0
                self.buf = self.buf[:pos] + chr(c) + self.buf[pos:]
                redraw_from_cursor = True
                step_forward = 1
                if c >= 128 and not self.utf8_complete(pos + 1):
                    # draw a multi-byte character once it is whole
                    self.cursor_pos += 1
                    return -1
                if c >= 128:
                    # the whole character was inserted before the cursor
                    start = self.char_start(pos)
                    step_forward = pos + 1 - start
                    self.cursor_pos = start
        elif self.escape_seq == ESEQ_ESC:
            self.escape_seq = ESEQ_NONE
            if c == ord('['):
                self.escape_seq = ESEQ_ESC_BRACKET
            elif c == ord('O'):
                self.escape_seq = ESEQ_ESC_O
            elif c == ord('b'):
                action = 'word-back'
            elif c == ord('f'):
                action = 'word-forward'
            elif c == ord('d'):
                self.cut(self.cursor_pos, self.count_word(True))
                redraw_from_cursor = True
            elif c == 127 or c == 8:
                action = 'kill-word-back'
        elif self.escape_seq == ESEQ_ESC_BRACKET:
            if ord('0') <= c <= ord('9'):
                self.escape_seq = ESEQ_ESC_BRACKET_DIGIT
                self.escape_seq_buf = chr(c)
            else:
                self.escape_seq = ESEQ_NONE
                if c == ord('A'):
                    action = 'up'
                elif c == ord('B'):
                    action = 'down'
                elif c == ord('C'):
                    action = 'right'
                elif c == ord('D'):
                    action = 'left'
                elif c == ord('H'):
                    action = 'home'
                elif c == ord('F'):
                    action = 'end'
        elif self.escape_seq == ESEQ_ESC_BRACKET_DIGIT:
            self.escape_seq = ESEQ_NONE
            d = self.escape_seq_buf
            if c == ord('~'):
                if d == '1' or d == '7':
                    action = 'home'
                elif d == '4' or d == '8':
                    action = 'end'
                elif d == '3':
                    action = 'delete'
            elif c == ord(';') and d == '1':
                # ESC [ 1 ; 5 C: Ctrl-Right (the '1;' is skipped)
                self.escape_seq = ESEQ_ESC_BRACKET
            elif d == '5' and c == ord('C'):
                action = 'word-forward'
            elif d == '5' and c == ord('D'):
                action = 'word-back'
        elif self.escape_seq == ESEQ_ESC_O:
            self.escape_seq = ESEQ_NONE
            if c == ord('H'):
                action = 'home'
            elif c == ord('F'):
                action = 'end'
        else:
            self.escape_seq = ESEQ_NONE

        if action == 'home':
            step_back = self.cursor_pos - self.orig_line_len
            back_cols = self.cols_back(step_back)
        elif action == 'end':
            step_forward = len(self.buf) - self.cursor_pos
        elif action == 'left':
            step_back = self.prev_char_len()
            back_cols = self.cols_back(step_back)
        elif action == 'right':
            step_forward = self.next_char_len()
        elif action == 'delete':
            if self.cursor_pos < len(self.buf):
                self.cut(self.cursor_pos, self.next_char_len())
                redraw_from_cursor = True
        elif action == 'word-back':
            step_back = self.count_word(False)
            back_cols = self.cols_back(step_back)
        elif action == 'word-forward':
            step_forward = self.count_word(True)
        elif action == 'kill-word-back':
            step_back = self.count_word(False)
            back_cols = self.cols_back(step_back)
            self.cut(self.cursor_pos - step_back, step_back)
            redraw_from_cursor = True
        elif action == 'up':
            if self.hist_cur + 1 < len(self.history.lines):
                self.hist_cur += 1
                step_back = self.cursor_pos - self.orig_line_len
                back_cols = self.cols_back(step_back)
                self.set_line(self.history.lines[self.hist_cur])
                redraw_from_cursor = True
                step_forward = len(self.buf) - self.orig_line_len
        elif action == 'down':
            if self.hist_cur >= 0:
                self.hist_cur -= 1
                step_back = self.cursor_pos - self.orig_line_len
                back_cols = self.cols_back(step_back)
                if self.hist_cur >= 0:
                    self.set_line(self.history.lines[self.hist_cur])
                else:
                    self.set_line('')
                redraw_from_cursor = True
                step_forward = len(self.buf) - self.orig_line_len

        self.redraw(last_line_len, step_back, back_cols, redraw_from_cursor,
                    step_forward)
        return -1

    def set_line(self, text):
        start = self.orig_line_len
        assert start >= 0
        self.buf = self.buf[:start] + text

    def utf8_complete(self, end):
        """True if the UTF-8 character ending at byte `end` is whole."""
        start = self.char_start(end - 1)
        lead = ord(self.buf[start])
        if lead < 0xC0:
            return True
        if lead < 0xE0:
            need = 2
        elif lead < 0xF0:
            need = 3
        else:
            need = 4
        return end - start >= need

    def char_start(self, pos):
        while pos > self.orig_line_len and (ord(self.buf[pos]) & 0xC0) == 0x80:
            pos -= 1
        return pos

    def cols_back(self, nbytes):
        """Screen columns of the nbytes before the cursor (one per code
        point), measured before they are cut or replaced."""
        start = self.cursor_pos - nbytes
        if start < 0:
            start = 0
        return count_code_points(self.buf, start, self.cursor_pos)

    def redraw(self, last_line_len, step_back, back_cols, redraw_from_cursor,
               step_forward):
        """Update the screen as MicroPython does after a key."""
        if step_back > 0:
            self.move_cursor_back(back_cols)
            self.cursor_pos -= step_back
        if redraw_from_cursor:
            n = len(self.buf)
            if n < last_line_len:
                self.erase_line_from_cursor()
            pos = self.cursor_pos
            assert pos >= 0
            self.write(self.buf[pos:])
            self.move_cursor_back(count_code_points(
                self.buf, pos + step_forward, n))
            self.cursor_pos += step_forward
        elif step_forward > 0:
            pos = self.cursor_pos
            end = pos + step_forward
            assert pos >= 0 and end >= pos
            self.write(self.buf[pos:end])
            self.cursor_pos += step_forward

    # ------------------------------------------------------------ Tab
    def tab(self):
        """Complete the name before the cursor (MicroPython's
        mp_repl_autocomplete): insert a unique completion or the common
        prefix of several and return the bytes inserted; with nothing
        to add, list the candidates and redraw the line, returning -1;
        0 when there is nothing to complete."""
        start = self.orig_line_len
        end = self.cursor_pos
        assert start >= 0 and end >= start
        text = self.buf[start:end]
        completion, matches = complete(text, self.completer)
        if completion:
            pos = self.cursor_pos
            assert pos >= 0
            self.buf = self.buf[:pos] + completion + self.buf[pos:]
            return len(completion)
        if len(matches) > 1:
            self.write('\n' + format_completions(matches))
            self.write(self.prompt)
            self.write(text)
            return -1
        return 0


def complete(text, completer):
    """What Tab after `text` completes: (text to insert, []) or ('',
    the candidates when there are several)."""
    # the dotted chain of names ending at the cursor
    i = len(text)
    while i > 0:
        c = text[i - 1]
        if not (is_ident_char(c) or c == '.'):
            break
        i -= 1
    assert i >= 0
    chain = text[i:]
    parts = chain.split('.')
    partial = parts[len(parts) - 1]
    words = [parts[k] for k in range(len(parts) - 1)]
    for w in words:
        if not w:
            return '', []
    scope_names = []
    if text.startswith('import ') and not words:
        names = completer.module_names()
    else:
        names = completer.names(words)
        if names is None:
            return '', []
        if not words:
            scope_names = names
            names = names + KEYWORDS
    matches = []
    for name in names:
        if not partial and name.startswith('_'):
            continue
        if name.startswith(partial) and name not in matches:
            matches.append(name)
    if not matches:
        return '', []
    sort_strings(matches)
    common = matches[0]
    for m in matches:
        n = 0
        while n < len(common) and n < len(m) and common[n] == m[n]:
            n += 1
        common = common[:n]
    plen = len(partial)
    if len(matches) == 1 or len(common) > plen:
        assert plen >= 0
        insert = common[plen:]
        if (len(matches) == 1 and not words and common in SPACED_KEYWORDS
                and common not in scope_names):
            insert += ' '
        return insert, []
    return '', matches


def sort_strings(items):
    """Sort a list of strings in place (insertion sort: lists of names
    are short)."""
    for i in range(1, len(items)):
        x = items[i]
        j = i - 1
        while j >= 0 and items[j] > x:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = x


def format_completions(matches):
    """The candidates in 16-column slots, up to 64 columns a line (as
    MicroPython's print_completions prints them)."""
    WORD_SLOT_LEN = 16
    MAX_LINE_LEN = 4 * WORD_SLOT_LEN
    parts = []
    line_len = MAX_LINE_LEN       # a newline before the first word
    first = True
    for name in matches:
        gap = ((line_len + WORD_SLOT_LEN - 1) // WORD_SLOT_LEN
               * WORD_SLOT_LEN - line_len)
        if gap < 2:
            gap += WORD_SLOT_LEN
        if line_len + gap + len(name) <= MAX_LINE_LEN:
            parts.append(' ' * gap + name)
            line_len += gap + len(name)
        else:
            if first:
                parts.append(name)
            else:
                parts.append('\n' + name)
            line_len = len(name)
        first = False
    parts.append('\n')
    return ''.join(parts)
