"""Interpreter-level exceptions.

OperationError carries a Python exception (an application-level exception
instance) through RPython code; CompileError is what the tokenizer, parser,
symbol table and compiler raise for bad source, turned into a SyntaxError or
IndentationError instance where the error reaches Python code.
"""


class OperationError(Exception):
    """A Python exception in flight: w_value is the exception instance.

    The traceback is a linked list of (code, line) entries, most recent
    first, grown as the exception leaves each frame.
    """
    _immutable_fields_ = ['w_value']

    def __init__(self, w_value):
        self.w_value = w_value
        self.traceback = None

    def match(self, space, w_type):
        """True if the exception is an instance of w_type (a type or a tuple)."""
        return space.exception_match(self.w_value, w_type)

    def record_frame(self, code, lineno):
        self.traceback = TracebackEntry(code, lineno, self.traceback)

    def __str__(self):
        return '<OperationError>'


class TracebackEntry(object):
    _immutable_fields_ = ['code', 'lineno', 'next']

    def __init__(self, code, lineno, next):
        self.code = code
        self.lineno = lineno
        self.next = next


class CompileError(Exception):
    """Bad source: kind is 'SyntaxError' or 'IndentationError'.

    lineno is 1-based, col 0-based (bytes); filename and text (the offending
    line) are filled in by whoever knows them, usually the caller of the
    compiler.
    """

    def __init__(self, msg, lineno, col, kind='SyntaxError'):
        self.msg = msg
        self.lineno = lineno
        self.col = col
        self.kind = kind
        self.filename = ''
        self.text = ''

    def __str__(self):
        return '%s: %s (line %d)' % (self.kind, self.msg, self.lineno)
