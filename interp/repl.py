"""The interactive REPL, as MicroPython's (shared/runtime/pyexec.c,
pyexec_friendly_repl) behaves on the unix port.

A statement is read with the line editor (interp/lineedit.py) on a
terminal in raw mode, or as plain lines when stdin is not a terminal
(`-i` with piped input).  A first line that opens a compound statement,
leaves a bracket or a triple quote open, or ends in a backslash is
continued with sys.ps2 until an empty line (MicroPython's
mp_repl_continue_with_input).  The statement is compiled in 'single' mode,
so an expression's value is printed with repr (PRINT_EXPR) unless it is
None.  An exception prints its traceback (on stdout, as MicroPython's REPL
does) and the REPL goes on; SystemExit ends it with its status.

Keys at the prompt: Ctrl-C abandons the statement, Ctrl-D on an empty
line exits, Ctrl-E enters paste mode ("=== " prompts, no auto-indent,
Ctrl-D runs the block as a file, Ctrl-C cancels).  While code runs the
terminal is back in its own mode, so Ctrl-C is SIGINT, which raises
KeyboardInterrupt in the running code (interp/signals.py).
"""
from __future__ import absolute_import

import os
import termios as host_termios

from interp.error import OperationError
from interp import lineedit
from interp.lineedit import (CHAR_CTRL_A, CHAR_CTRL_B, CHAR_CTRL_C,
                             CHAR_CTRL_D, CHAR_CTRL_E)
from interp import signals
from objspace.strobject import W_StrObject
from objspace.typeobject import W_TypeObject
from objspace.moduleobject import W_ModuleObject

BANNER_HINT = 'Use Ctrl-D to exit, Ctrl-E for paste mode'

# MicroPython's mp_repl_continue_with_input: these first words continue
COMPOUND_KEYWORDS = ['if', 'while', 'for', 'try', 'with', 'def', 'class',
                     'async']


def starts_with_word(text, word):
    if not text.startswith(word):
        return False
    n = len(word)
    return n == len(text) or not lineedit.is_ident_char(text[n])


def continue_with_input(text):
    """True if the statement read so far needs another line."""
    if not text:
        return False
    compound = text.startswith('@')
    for word in COMPOUND_KEYWORDS:
        if starts_with_word(text, word):
            compound = True
    Q_NONE = 0
    Q_1_SINGLE = 1
    Q_1_DOUBLE = 2
    Q_3_SINGLE = 3
    Q_3_DOUBLE = 4
    n_paren = 0
    n_brack = 0
    n_brace = 0
    in_quote = Q_NONE
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "'":
            if ((in_quote == Q_NONE or in_quote == Q_3_SINGLE)
                    and i + 2 < n and text[i + 1] == "'"
                    and text[i + 2] == "'"):
                i += 2
                in_quote = Q_3_SINGLE - in_quote
            elif in_quote == Q_NONE or in_quote == Q_1_SINGLE:
                in_quote = Q_1_SINGLE - in_quote
        elif c == '"':
            if ((in_quote == Q_NONE or in_quote == Q_3_DOUBLE)
                    and i + 2 < n and text[i + 1] == '"'
                    and text[i + 2] == '"'):
                i += 2
                in_quote = Q_3_DOUBLE - in_quote
            elif in_quote == Q_NONE or in_quote == Q_1_DOUBLE:
                in_quote = Q_1_DOUBLE - in_quote
        elif c == '\\' and i + 1 < n and text[i + 1] in '\'"\\':
            if in_quote != Q_NONE:
                i += 1
        elif in_quote == Q_NONE:
            if c == '(':
                n_paren += 1
            elif c == ')':
                n_paren -= 1
            elif c == '[':
                n_brack += 1
            elif c == ']':
                n_brack -= 1
            elif c == '{':
                n_brace += 1
            elif c == '}':
                n_brace -= 1
        i += 1
    if in_quote == Q_3_SINGLE or in_quote == Q_3_DOUBLE:
        return True
    if (n_paren > 0 or n_brack > 0 or n_brace > 0) and in_quote == Q_NONE:
        return True
    last = text[n - 1]
    if last == '\\':
        return True
    if compound and last != '\n':
        return True
    return False


# ---------------------------------------------------------------- completion
class SpaceCompleter(lineedit.Completer):
    """Tab completion from the program's namespace: the globals of
    __main__ and the builtins, then attributes along `a.b.c`."""

    def __init__(self, space, w_globals):
        self.space = space
        self.w_globals = w_globals

    def names(self, words):
        space = self.space
        if not words:
            names = dict_names(self.w_globals)
            for name in dict_names(space.w_builtins_dict):
                names.append(name)
            return names
        w_key = space.newtext(words[0])
        w_obj = self.w_globals.getitem(w_key)
        if w_obj is None:
            w_obj = space.w_builtins_dict.getitem(w_key)
        if w_obj is None:
            return None
        for k in range(1, len(words)):
            try:
                w_obj = space.findattr(w_obj, words[k])
            except OperationError:
                return None
            if w_obj is None:
                return None
        return attribute_names(space, w_obj)

    def module_names(self):
        return [name for name in self.space.builtin_modules]


def dict_names(w_dict):
    names = []
    for w_key in w_dict.storage:
        if isinstance(w_key, W_StrObject):
            names.append(w_key.utf8)
    return names


def attribute_names(space, w_obj):
    """The names dir() would list: the instance's dict, then its class's
    (or, for a class, its own) along the MRO."""
    from objspace.modules.sys import W_AttrTuple
    names = []
    w_dict = w_obj.getdict(space)
    if w_dict is not None:
        names = dict_names(w_dict)
    if isinstance(w_obj, W_AttrTuple):
        for name in w_obj.names:
            names.append(name)
    if isinstance(w_obj, W_TypeObject):
        for w_t in w_obj.mro_w:
            for name in w_t.dict_w:
                names.append(name)
    if not isinstance(w_obj, W_ModuleObject):
        for w_t in space.type(w_obj).mro_w:
            for name in w_t.dict_w:
                names.append(name)
    return names


# ---------------------------------------------------------------- terminal
class TerminalMode(object):
    """Raw mode on fd 0 for the line editor, as MicroPython's
    mp_hal_stdio_mode_raw sets it (no echo, no line buffering, no
    signals; output processing kept), and back to the saved mode."""

    def __init__(self, fd):
        self.fd = fd
        self.saved = False
        self.iflag = 0
        self.oflag = 0
        self.cflag = 0
        self.lflag = 0
        self.ispeed = 0
        self.ospeed = 0
        self.cc = []

    def save(self):
        from rpython.rlib import rtermios
        try:
            (self.iflag, self.oflag, self.cflag, self.lflag, self.ispeed,
             self.ospeed, cc) = rtermios.tcgetattr(self.fd)
        except OSError:
            return False
        self.cc = [c for c in cc]
        self.saved = True
        return True

    def raw(self):
        from rpython.rlib import rtermios
        if not self.saved:
            return
        iflag = self.iflag & ~(host_termios.BRKINT | host_termios.ICRNL |
                               host_termios.INPCK | host_termios.ISTRIP |
                               host_termios.IXON)
        cflag = (self.cflag & ~(host_termios.CSIZE | host_termios.PARENB)) \
            | host_termios.CS8
        cc = [c for c in self.cc]
        cc[host_termios.VMIN] = '\x01'
        cc[host_termios.VTIME] = '\x00'
        try:
            rtermios.tcsetattr(self.fd, host_termios.TCSANOW,
                               (iflag, self.oflag, cflag, 0, self.ispeed,
                                self.ospeed, cc))
        except OSError:
            pass

    def restore(self):
        from rpython.rlib import rtermios
        if not self.saved:
            return
        try:
            rtermios.tcsetattr(self.fd, host_termios.TCSANOW,
                               (self.iflag, self.oflag, self.cflag,
                                self.lflag, self.ispeed, self.ospeed,
                                [c for c in self.cc]))
        except OSError:
            pass


class PlainReader(object):
    """Lines from a stdin that is not a terminal: the prompt and the
    line are echoed, nothing is edited."""

    def __init__(self, term):
        self.term = term
        self.line = ''

    def readline(self, prompt, prefix):
        self.term.write(prompt)
        chars = []
        while True:
            c = self.term.read_byte()
            if c < 0:
                if not chars:
                    self.line = ''
                    return CHAR_CTRL_D
                break
            if c == 10:
                break
            chars.append(chr(c))
        line = ''.join(chars)
        if line.endswith('\r'):
            end = len(line) - 1
            assert end >= 0
            line = line[:end]
        self.line = line
        self.term.write(line + '\n')
        return 0


# ---------------------------------------------------------------- the REPL
class Repl(object):
    """One REPL session: `run()` returns the exit status."""

    def __init__(self, space, w_globals, term, tty):
        self.space = space
        self.w_globals = w_globals
        self.term = term
        self.tty = tty
        self.newline = '\r\n' if tty else '\n'
        self.history = lineedit.History()
        self.editor = lineedit.LineEditor(term, self.history,
                                          SpaceCompleter(space, w_globals))
        self.plain = PlainReader(term)
        self.mode = TerminalMode(0)

    def prompt(self, name):
        w_prompt = self.space.findattr(self.space.sys_module, name)
        if w_prompt is None:
            return ''
        try:
            return self.space.str_w(w_prompt)
        except OperationError:
            return ''

    def readline(self, prompt, prefix):
        """One line: (key that ended it, its text)."""
        if self.tty:
            key = self.editor.readline(prompt, prefix)
            return key, self.editor.line
        key = self.plain.readline(prompt, prefix)
        return key, self.plain.line

    def banner(self):
        from objspace.modules.sys import BANNER
        self.term.write(BANNER + self.newline + BANNER_HINT + self.newline)

    def run(self):
        path = None
        if self.tty:
            self.mode.save()
            path = lineedit.history_path()
            if path is not None:
                self.history.load(path)
        try:
            return self.loop()
        finally:
            self.mode.restore()
            if path is not None:
                self.history.save(path)

    def loop(self):
        self.banner()
        while True:
            self.space.flush_stdout()
            self.mode.raw()
            source, mode = self.read_statement()
            self.mode.restore()
            if mode == 'exit':
                return 0
            if mode == 'banner':
                self.banner()
                continue
            if not source:
                continue
            status = self.execute(source, mode)
            if status >= 0:
                return status

    def read_statement(self):
        """(source, 'single' | 'exec') of the next statement; ('', '')
        when there is nothing to run; mode 'exit' at Ctrl-D."""
        key, line = self.readline(self.prompt('ps1'), '')
        if key == CHAR_CTRL_C:
            self.term.write(self.newline)
            return '', ''
        elif key == CHAR_CTRL_D:
            self.term.write(self.newline)
            return '', 'exit'
        elif key == CHAR_CTRL_B:
            self.term.write(self.newline)
            return '', 'banner'
        elif key == CHAR_CTRL_E:
            return self.paste_mode(), 'exec'
        elif key == CHAR_CTRL_A:
            self.term.write(self.newline)
            return '', ''
        if not line:
            return '', ''
        text = line
        while continue_with_input(text):
            text += '\n'
            key, line = self.readline(self.prompt('ps2'), text)
            if key == CHAR_CTRL_C:
                self.term.write(self.newline)
                return '', ''
            elif key == CHAR_CTRL_D:
                # ends the compound statement
                break
            text += line
        return text, 'single'

    def paste_mode(self):
        """MicroPython's paste mode: characters as they come, echoed,
        until Ctrl-D (run them) or Ctrl-C (drop them)."""
        nl = self.newline
        self.term.write(nl + 'paste mode; Ctrl-C to cancel, Ctrl-D to finish'
                        + nl + '=== ')
        chars = []
        while True:
            c = self.term.read_byte()
            if c == CHAR_CTRL_C:
                self.term.write(nl)
                return ''
            elif c == CHAR_CTRL_D or c < 0:
                self.term.write(nl)
                break
            chars.append(chr(c))
            if c == 13 or (c == 10 and not self.tty):
                self.term.write(nl + '=== ')
            elif c != 10:
                self.term.write(chr(c))
        return ''.join(chars)

    def execute(self, source, mode):
        """Run one statement; -1 to go on, or the exit status after
        SystemExit."""
        from interp import main
        space = self.space
        source = normalize_newlines(source)
        signals.clear()
        try:
            code = main.compile_source(space, source, '<stdin>', mode)
            main.run_code_in(space, code, self.w_globals)
        except OperationError as e:
            space.flush_stdout()
            if space.isinstance_w(e.w_value, space.w_SystemExit):
                return main.handle_uncaught(space, e, '<stdin>')
            space.write_stdout(main.format_traceback(space, e, '<stdin>'))
        except MemoryError:
            space.write_stdout(main.format_traceback(
                space, space.memory_error(), '<stdin>'))
        space.flush_stdout()
        return -1


def normalize_newlines(source):
    """'\\r\\n' and '\\r' (what a terminal sends for Enter) as '\\n'."""
    if '\r' not in source:
        return source
    parts = []
    n = len(source)
    i = 0
    while i < n:
        c = source[i]
        if c == '\r':
            parts.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            parts.append(c)
        i += 1
    return ''.join(parts)


def run_repl(space, w_globals, tty):
    """The REPL on fds 0 and 1; returns the exit status."""
    term = lineedit.Terminal(0, 1)
    return Repl(space, w_globals, term, tty).run()
