"""The opcode table of micropy's bytecode.

An instruction is one opcode byte; opcodes >= HAVE_ARGUMENT are followed by
a 16-bit little-endian argument.  EXTENDED_ARG prefixes carry the high bits
of larger arguments.  Jump arguments are absolute byte offsets.  The value
stack effect of each opcode is in interp/compiler.py (stack_effect).
"""

opnames = {}


def _def_op(name, num):
    globals()[name] = num
    opnames[num] = name

# ---- no argument
_def_op('NOP', 0)
_def_op('POP_TOP', 1)
_def_op('ROT_TWO', 2)
_def_op('ROT_THREE', 3)
_def_op('DUP_TOP', 4)
_def_op('DUP_TOP_TWO', 5)
_def_op('UNARY_POSITIVE', 10)
_def_op('UNARY_NEGATIVE', 11)
_def_op('UNARY_NOT', 12)
_def_op('UNARY_INVERT', 13)
_def_op('BINARY_SUBSCR', 20)
_def_op('STORE_SUBSCR', 21)
_def_op('DELETE_SUBSCR', 22)
_def_op('GET_ITER', 23)
_def_op('RETURN_VALUE', 24)
_def_op('PRINT_EXPR', 25)          # the REPL's `single` mode
_def_op('POP_EXCEPT', 26)          # leave an except handler
_def_op('RERAISE', 27)             # re-raise the exception on the stack
_def_op('PUSH_EXC_INFO', 28)       # handler entry: remember the exception
_def_op('LOAD_BUILD_CLASS', 29)
_def_op('LIST_TO_TUPLE', 30)
_def_op('YIELD_VALUE', 31)         # suspend the frame, giving TOS
_def_op('YIELD_FROM', 32)          # delegate to the iterator below TOS
_def_op('GET_YIELD_FROM_ITER', 33)
_def_op('BEFORE_WITH', 34)         # ctx -> ctx.__exit__, ctx.__enter__()
_def_op('WITH_EXCEPT_START', 35)   # [exit, prev, exc] -> [..., exit(type, exc, tb)]
_def_op('GET_AWAITABLE', 36)       # TOS -> its awaitable iterator (PEP 492)
_def_op('GET_AITER', 37)           # TOS -> TOS.__aiter__()
_def_op('GET_ANEXT', 38)           # push the awaitable of TOS.__anext__()
_def_op('BEFORE_ASYNC_WITH', 39)   # ctx -> ctx.__aexit__, ctx.__aenter__()
_def_op('ASYNC_GEN_WRAP', 40)      # mark TOS as an async generator's yield

HAVE_ARGUMENT = 64

# ---- with a 16-bit argument
_def_op('EXTENDED_ARG', 64)
_def_op('LOAD_CONST', 65)          # consts[arg]
_def_op('LOAD_FAST', 66)           # locals[arg]
_def_op('STORE_FAST', 67)
_def_op('DELETE_FAST', 68)
_def_op('LOAD_NAME', 69)           # names[arg], module/class scope
_def_op('STORE_NAME', 70)
_def_op('DELETE_NAME', 71)
_def_op('LOAD_GLOBAL', 72)
_def_op('STORE_GLOBAL', 73)
_def_op('DELETE_GLOBAL', 74)
_def_op('LOAD_DEREF', 75)          # cells[arg]
_def_op('STORE_DEREF', 76)
_def_op('LOAD_CLOSURE', 77)        # push the cell itself
_def_op('LOAD_ATTR', 78)           # names[arg]
_def_op('STORE_ATTR', 79)
_def_op('DELETE_ATTR', 80)
_def_op('LOAD_METHOD', 81)         # names[arg]; pushes 2 values
_def_op('CALL_METHOD', 82)         # arg positional arguments
_def_op('BINARY_OP', 83)           # arg: index into BINARY_OPS
_def_op('INPLACE_OP', 84)          # arg: index into BINARY_OPS
_def_op('COMPARE_OP', 85)          # arg: index into COMPARE_OPS
_def_op('BUILD_TUPLE', 86)
_def_op('BUILD_LIST', 87)
_def_op('BUILD_MAP', 88)           # arg key/value pairs
_def_op('BUILD_SET', 89)
_def_op('BUILD_SLICE', 90)         # arg 2 or 3
_def_op('UNPACK_SEQUENCE', 91)
_def_op('UNPACK_EX', 92)           # low byte: before star; high byte: after
_def_op('LIST_APPEND', 93)         # list at stack depth arg
_def_op('SET_ADD', 94)
_def_op('MAP_ADD', 95)
_def_op('LIST_EXTEND', 96)
_def_op('DICT_UPDATE', 97)
_def_op('SET_UPDATE', 98)          # set at stack depth arg
_def_op('JUMP_FORWARD', 100)       # absolute target, forward
_def_op('JUMP_ABSOLUTE', 101)      # absolute target, backward: loop header
_def_op('POP_JUMP_IF_FALSE', 102)
_def_op('POP_JUMP_IF_TRUE', 103)
_def_op('JUMP_IF_FALSE_OR_POP', 104)
_def_op('JUMP_IF_TRUE_OR_POP', 105)
_def_op('FOR_ITER', 106)           # target when exhausted
_def_op('CALL_FUNCTION', 107)      # arg positional arguments
_def_op('CALL_FUNCTION_KW', 108)   # arg arguments; tuple of names on top
_def_op('CALL_FUNCTION_EX', 109)   # arg 1: with a kwargs dict
_def_op('MAKE_FUNCTION', 110)      # arg flags: 1 defaults, 2 kwdefaults, 8 closure
_def_op('RAISE_VARARGS', 111)      # arg 0, 1 or 2
_def_op('IMPORT_NAME', 112)
_def_op('IMPORT_FROM', 113)
_def_op('IMPORT_STAR', 114)
_def_op('JUMP_IF_NOT_EXC_MATCH', 115)
_def_op('FORMAT_VALUE', 116)       # arg: conversion (0 none, 1 s, 2 r, 3 a) | 4 with spec
_def_op('BUILD_STRING', 117)
_def_op('LOAD_CLASSDEREF', 118)
_def_op('DELETE_DEREF', 119)       # unbind cells[arg] (NameError if unbound)

# BINARY_OP / INPLACE_OP argument -> space method name
BINARY_OPS = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
              'lshift', 'rshift', 'and_', 'or_', 'xor', 'matmul']
BINARY_OP_SYMBOLS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&',
                     '|', '^', '@']

# COMPARE_OP argument
COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not']
