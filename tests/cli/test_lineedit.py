"""The line editor's logic, untranslated: keys fed to a LineEditor on a
fake terminal; the buffer, the cursor and the bytes it drew are checked.
Where a scenario of repl_transcripts.py covers the same keys, the bytes
are MicroPython's (its readline.c redraws the same way)."""
from interp import lineedit
from interp.lineedit import LineEditor, History, Completer, complete, \
    format_completions
from interp.repl import continue_with_input, normalize_newlines


class FakeTerminal(lineedit.Terminal):
    def __init__(self, keys):
        self.keys = keys
        self.pos = 0
        self.out = []

    def read_byte(self):
        if self.pos >= len(self.keys):
            return -1
        c = ord(self.keys[self.pos])
        self.pos += 1
        return c

    def write(self, text):
        self.out.append(text)


class FakeCompleter(Completer):
    def __init__(self, scope, attrs=None):
        self.scope = scope
        self.attrs = attrs or {}

    def names(self, words):
        if not words:
            return list(self.scope)
        return self.attrs.get('.'.join(words))

    def module_names(self):
        return ['sys', 'micropython']


def edit(keys, prompt='>>> ', prefix='', history=None, completer=None):
    term = FakeTerminal(keys)
    ed = LineEditor(term, history or History(), completer or FakeCompleter([]))
    key = ed.readline(prompt, prefix)
    return key, ed, ''.join(term.out)


def test_plain_line():
    key, ed, out = edit('1+2\r')
    assert key == 0
    assert ed.line == '1+2'
    assert out == '>>> 1+2\r\n'


def test_left_insert_as_micropython():
    # MicroPython shows: ">>> 1+3\b\b0+3\b\b\r\n"
    key, ed, out = edit('1+3\x1b[D\x1b[D0\r')
    assert ed.line == '10+3'
    assert out == '>>> 1+3\b\b0+3\b\b\r\n'


def test_ctrl_a_ctrl_e_as_micropython():
    key, ed, out = edit('2*3\x011\x050\r')
    assert ed.line == '12*30'
    assert out == '>>> 2*3\b\b\b12*3\b\b\b2*30\r\n'


def test_home_end_ctrl_b_f():
    key, ed, out = edit('45\x1b[H-\x1b[F6\r')
    assert ed.line == '-456'
    assert out == '>>> 45\b\b-45\b\b456\r\n'
    key, ed, out = edit('7\x021\x062\r')
    assert ed.line == '172'
    key, ed, out = edit('ab\x1bOH!\x1bOF?\x1b[1~<\x1b[4~>\r')
    assert ed.line == '<!ab?>'


def test_backspace_delete_kill():
    key, ed, out = edit('123456\x1b[D\x1b[D\x7f\r')
    assert ed.line == '12356'
    assert out == '>>> 123456\b\b\b\x1b[K56\b\b\r\n'
    key, ed, out = edit('98765\x1b[H\x1b[3~\r')
    assert ed.line == '8765'
    assert out == '>>> 98765\x1b[5D\x1b[K8765\b\b\b\b\r\n'
    key, ed, out = edit('1234\x1b[D\x1b[D\x04\r')      # Ctrl-D deletes
    assert ed.line == '124'
    key, ed, out = edit('123+456\x1b[D\x1b[D\x1b[D\x0b\r')
    assert ed.line == '123+'
    key, ed, out = edit('777+1\x1b[D\x1b[D\x15\r')
    assert ed.line == '+1'
    assert out == '>>> 777+1\b\b\b\b\b\x1b[K+1\b\b\r\n'


def test_words_as_micropython():
    key, ed, out = edit('abc + abc + abc\x1bb\x1bb\x17\r')
    assert ed.line == 'abc + abc'
    assert out == ('>>> abc + abc + abc\b\b\b\x1b[6D\x1b[6D\x1b[K'
                   'abc + abc\x1b[9D\r\n')
    key, ed, out = edit('abc - abc\x1b[1;5D\x1b[1;5D\x1b[1;5C1\r')
    assert ed.line == 'abc1 - abc'
    key, ed, out = edit('abc * abc\x1b[H\x1bf\x1bd\r')
    assert ed.line == 'abc'
    key, ed, out = edit('one two\x1b\x7f\r')           # Alt-Backspace
    assert ed.line == 'one '


def test_control_keys_on_empty_line_end_it():
    for c in '\x01\x02\x03\x04\x05':
        key, ed, out = edit(c)
        assert key == ord(c)
        assert out == '>>> '
    key, ed, out = edit('abc\x03')
    assert key == 3 and ed.line == 'abc'
    key, ed, out = edit('')
    assert key == 4         # end of input is Ctrl-D


def test_history():
    h = History()
    for line in ['11', '22', '33']:
        edit(line + '\r', history=h)
    assert h.lines == ['33', '22', '11']
    key, ed, out = edit('\x1b[A\x1b[A\r', history=h)
    assert ed.line == '22'
    assert out == '>>> 33\b\b22\r\n'
    assert h.lines[0] == '22'
    key, ed, out = edit('\x10\x10\x0e\r', history=h)    # Ctrl-P P N
    assert ed.line == '22'
    key, ed, out = edit('\x1b[A\x1b[B\x1b[B44\r', history=h)
    assert ed.line == '44'
    assert out == '>>> 22\b\b\x1b[K44\r\n'
    edit('44\r', history=h)                   # a repeat isn't kept twice
    assert h.lines[:2] == ['44', '22']
    edit('\r', history=h)                     # nor an empty line
    assert h.lines[0] == '44'


def test_history_size_and_file(tmpdir):
    h = History()
    for i in range(60):
        h.push('l%d' % i)
    assert len(h.lines) == lineedit.HISTORY_SIZE
    path = str(tmpdir.join('hist'))
    h.save(path)
    text = open(path).read()
    assert text.startswith('l10\n') and text.endswith('l59\n')
    h2 = History()
    h2.load(path)
    assert h2.lines == h.lines
    h3 = History()
    h3.load(str(tmpdir.join('missing')))
    assert h3.lines == []


def test_auto_indent():
    key, ed, out = edit('print(i)\r', prompt='... ',
                        prefix='for i in range(2):\n')
    assert ed.line == '    print(i)'
    assert out == '...     print(i)\r\n'
    # the same depth on the next line, Backspace removes a level
    key, ed, out = edit('\x7f\r', prompt='... ',
                        prefix='for i in range(2):\n    print(i)\n')
    assert ed.line == ''
    assert out == '...     \b\b\b\b\x1b[K\r\n'
    key, ed, out = edit('3\r', prompt='... ', prefix='if 1:\n    if 2:\n')
    assert ed.line == '        3'
    # after two lines of only spaces: no indent
    key, ed, out = edit('\r', prompt='... ',
                        prefix='if 1:\n    x\n    \n    \n')
    assert ed.line == ''
    # Backspace in text (not indentation) removes one character
    key, ed, out = edit('ab\x7f\r', prompt='... ', prefix='if 1:\n')
    assert ed.line == '    a'


def test_utf8_characters():
    key, ed, out = edit('\xc3\xa9t\xc3\xa9\x1b[D\x1b[DX\r')
    assert ed.line == '\xc3\xa9Xt\xc3\xa9'
    assert out == '>>> \xc3\xa9t\xc3\xa9\b\bXt\xc3\xa9\b\b\r\n'
    key, ed, out = edit('a\xe2\x82\xac\x7f\r')
    assert ed.line == 'a'


def test_tab_completion():
    comp = FakeCompleter(['xylophone', 'print', 'sys'],
                         {'sys': ['stdin', 'stdout', 'stderr', 'path',
                                  '__name__'],
                          'sys.stdout': ['write', 'flush']})
    key, ed, out = edit('xy\t\r', completer=comp)
    assert ed.line == 'xylophone'
    key, ed, out = edit('sys.std\t', completer=comp)
    assert ed.line == 'sys.std'
    # the candidates as MicroPython lists them, then the line again
    assert out == ('>>> sys.std\nstderr          stdin           stdout\n'
                   '>>> sys.std')
    key, ed, out = edit('sys.stdo\t.wr\t\r', completer=comp)
    assert ed.line == 'sys.stdout.write'
    key, ed, out = edit('impo\t\r', completer=comp)
    assert ed.line == 'import '
    key, ed, out = edit('import mi\t\r', completer=comp)
    assert ed.line == 'import micropython'
    key, ed, out = edit('zz\t\r', completer=comp)       # nothing to add
    assert ed.line == 'zz'
    key, ed, out = edit('nope.x\t\r', completer=comp)
    assert ed.line == 'nope.x'
    # in the middle of a line: the rest is redrawn after the insertion
    key, ed, out = edit('(xy)\x1b[D\t\r', completer=comp)
    assert ed.line == '(xylophone)'


def test_complete_and_format():
    comp = FakeCompleter(['abc', 'abd', '_private'])
    assert complete('ab', comp) == ('', ['abc', 'abd'])
    assert complete('a', comp) == ('', ['abc', 'abd', 'and', 'as', 'assert',
                                        'async', 'await'])
    assert complete('wh', comp) == ('ile ', [])     # a keyword
    assert complete('_p', comp) == ('rivate', [])
    comp = FakeCompleter(['abcd1', 'abcd2'])
    assert complete('x = abc', comp) == ('d', [])
    insert, matches = complete('', comp)
    assert '_private' not in matches and 'abcd1' in matches
    assert format_completions(['argv', 'atexit', 'byteorder', 'exc_info',
                               'executable']) == (
        'argv            atexit          byteorder       exc_info\n'
        'executable\n')


def test_continue_with_input():
    assert not continue_with_input('')
    assert not continue_with_input('x = 1')
    assert continue_with_input('if x:')
    assert continue_with_input('while True: pass')
    assert not continue_with_input('while True: pass\n')
    assert continue_with_input('for i in x:\n    y')
    assert not continue_with_input('for i in x:\n    y\n')
    assert not continue_with_input('iffy = 1')
    assert continue_with_input('@decorator')
    assert continue_with_input('x = [1,')
    assert continue_with_input('f(')
    assert not continue_with_input('x = "(["')
    assert continue_with_input('"""abc')
    assert not continue_with_input('"""abc"""')
    assert continue_with_input("'''a\n")
    assert continue_with_input('1 + \\')
    assert not continue_with_input("'it\\'s'")


def test_normalize_newlines():
    assert normalize_newlines('a\rb\r\nc\n') == 'a\nb\nc\n'
    assert normalize_newlines('abc') == 'abc'
