"""Keystroke scenarios for the REPL, typed into micropy and into
MicroPython's unix port through a pty (tests/cli/test_repl_pty.py).

Each scenario is (name, keys): a list of byte strings (one write each, the
terminal's output settles in between) and floats (pauses).  What
MicroPython showed for them is recorded in repl_transcripts.py by
record_transcripts.py.
"""
UP = b'\x1b[A'
DOWN = b'\x1b[B'
RIGHT = b'\x1b[C'
LEFT = b'\x1b[D'
HOME = b'\x1b[H'
END = b'\x1b[F'
DELETE = b'\x1b[3~'
BS = b'\x7f'
CTRL_A = b'\x01'
CTRL_B = b'\x02'
CTRL_C = b'\x03'
CTRL_D = b'\x04'
CTRL_E = b'\x05'
CTRL_F = b'\x06'
CTRL_K = b'\x0b'
CTRL_N = b'\x0e'
CTRL_P = b'\x10'
CTRL_U = b'\x15'
CTRL_W = b'\x17'
ALT_B = b'\x1bb'
ALT_F = b'\x1bf'
ALT_D = b'\x1bd'
CTRL_LEFT = b'\x1b[1;5D'
CTRL_RIGHT = b'\x1b[1;5C'
TAB = b'\t'
ENTER = b'\r'

SCENARIOS = [
    ('expressions', [b'1+2', ENTER, b'x = 5', ENTER, b'x * 2', ENTER,
                     b'None', ENTER, b"'a' + 'b'", ENTER, b'_', ENTER,
                     CTRL_D]),
    ('autoindent', [b'for i in range(2):', ENTER, b'print(i)', ENTER,
                    BS, ENTER, b'if 1:', ENTER, b'if 2:', ENTER, b'3', ENTER,
                    BS, b'4', ENTER, BS, ENTER, CTRL_D]),
    ('blank_lines_end_block', [b'if 1:', ENTER, b'print(7)', ENTER, ENTER,
                               ENTER, ENTER, CTRL_D]),
    ('moves', [b'1+3', LEFT, LEFT, b'0', ENTER,
               b'2*3', CTRL_A, b'1', CTRL_E, b'0', ENTER,
               b'45', HOME, b'-', END, b'6', ENTER,
               b'7', CTRL_B, b'1', CTRL_F, b'2', ENTER, CTRL_D]),
    ('deletes', [b'123456', LEFT, LEFT, BS, ENTER,
                 b'98765', HOME, DELETE, ENTER,
                 b'1234', LEFT, LEFT, CTRL_D, ENTER,
                 b'123+456', LEFT, LEFT, LEFT, CTRL_K, ENTER,
                 b'777+1', LEFT, LEFT, CTRL_U, ENTER, CTRL_D]),
    ('words', [b'abc = 1', ENTER, b'abc + abc + abc', ALT_B, ALT_B, CTRL_W,
               ENTER, b'abc - abc', CTRL_LEFT, CTRL_LEFT, CTRL_RIGHT,
               b'1', ENTER, b'abc * abc', HOME, ALT_F, ALT_D, ENTER,
               b'[abc, abc]', BS, ENTER, CTRL_D, CTRL_D]),
    ('history', [b'11', ENTER, b'22', ENTER, b'33', ENTER, UP, UP, ENTER,
                 UP, UP, UP, DOWN, ENTER, CTRL_P, CTRL_P, CTRL_N, ENTER,
                 UP, DOWN, DOWN, b'44', ENTER, CTRL_D]),
    ('ctrl_c_at_prompt', [b'abc', CTRL_C, b'if 1:', ENTER, b'x', CTRL_C,
                          CTRL_C, b'1', ENTER, CTRL_D]),
    ('paste_mode', [CTRL_E, b'def f():', ENTER, b'    return 42', ENTER,
                    b'print(f())', ENTER, CTRL_D, CTRL_E, b'abc', CTRL_C,
                    b'f()', ENTER, CTRL_D]),
    ('interrupt', [b'while True: pass', ENTER, ENTER, 0.5, CTRL_C,
                   b'1+1', ENTER, CTRL_D]),
    ('catch_interrupt', [CTRL_E, b'try:', ENTER, b'    while True: pass',
                         ENTER, b'except KeyboardInterrupt:', ENTER,
                         b'    print("caught")', ENTER, CTRL_D, 0.5, CTRL_C,
                         CTRL_D]),
    ('exceptions', [b'1/0', ENTER, b'def f():', ENTER,
                    b"raise ValueError('bad')", ENTER, BS, ENTER, b'f()',
                    ENTER, b'[][1]', ENTER, b'print(', ENTER, b')', ENTER,
                    CTRL_D]),
    ('continuation', [b'x = [1,', ENTER, b'2]', ENTER, b'x', ENTER,
                      b'"""a', ENTER, b'b"""', ENTER, b'1 + \\', ENTER, b'2',
                      ENTER, CTRL_D]),
    ('completion_attr', [b'import sys', ENTER, b'sys.std', TAB, b'o', TAB,
                         b'.wr', TAB, b"('hi\\n')", ENTER, CTRL_D]),
    ('completion_instance', [b'class A:', ENTER, b'xval = 1', ENTER,
                             b'yval = 2', ENTER, BS, ENTER, b'a = A()',
                             ENTER, b'a.', TAB, b'x', TAB, ENTER, CTRL_D]),
    ('prompts', [b'import sys', ENTER, b"sys.ps1 = 'A> '", ENTER,
                 b"sys.ps2 = 'B '", ENTER, b'if 1:', ENTER, b'2', ENTER, BS,
                 ENTER, CTRL_D]),
    ('sys_exit', [b'import sys', ENTER, b'sys.exit(3)', ENTER]),
]
