"""The bytecode compiler: AST + symbol tables -> W_Code.

One CodeGen per scope emits instructions with symbolic labels; `assemble`
lays them out (EXTENDED_ARG where an argument needs more than 16 bits),
builds the line table, and computes the value-stack depth.  Exceptions use a
static table (no block stack at run time): `try` registers (start, end,
handler, depth) entries; return/break/continue crossing a `finally` inline
the finally body, as CPython 3.9+ does.
"""
from rpython.rlib.rfloat import formatd

from interp import ast, bytecode as bc
from interp.bytecode import HAVE_ARGUMENT
from interp.error import CompileError
from interp.code import (W_Code, CO_GENERATOR, CO_COROUTINE,
                        CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS)
from interp import symtable
from interp.symtable import (LOCAL, CELL, FREE, GLOBAL_EXPLICIT,
                             GLOBAL_IMPLICIT)


def compile_ast(space, tree, filename, mode, optimize=0):
    """Compile an ast.Module/ast.Expression into the module's W_Code.

    mode: 'exec', 'eval' or 'single' (expression statements print their
    value, for the REPL).  Raises CompileError.
    """
    table = symtable.SymbolTable(tree)
    gen = CodeGen(space, table, table.scope_of(tree), filename, None, mode,
                  optimize)
    if isinstance(tree, ast.Expression):
        gen.set_lineno(tree.body)
        tree.body.accept(gen)
        gen.emit(bc.RETURN_VALUE)
    else:
        assert isinstance(tree, ast.Module)
        gen.compile_body(tree.body)
        gen.emit_const(space.w_None)
        gen.emit(bc.RETURN_VALUE)
    return gen.assemble('<module>', 0, 0, 0, 0)


class Label(object):
    def __init__(self):
        self.position = -1     # index into instrs, once placed
        self.offset = -1       # byte offset, once assembled
        self.depth = -1        # stack depth on arrival


class Instr(object):
    def __init__(self, op, arg, target, lineno):
        self.op = op
        self.arg = arg
        self.target = target   # Label or None
        self.lineno = lineno
        self.size = 3 if op >= HAVE_ARGUMENT else 1


class ExcEntry(object):
    def __init__(self, start, end, handler, depth):
        self.start = start
        self.end = end
        self.handler = handler
        self.depth = depth


# frame-block kinds, for unwinding on return/break/continue
FB_LOOP = 0          # a while loop: nothing on the stack
FB_FOR = 1           # a for loop: its iterator on the stack
FB_FINALLY = 2       # inside `try` of try/finally: run the final body
FB_HANDLER = 3       # inside an except body: previous exception on stack
FB_HANDLER_CLEANUP = 4
FB_WITH = 5          # inside a with body: the __exit__ method on the stack
FB_ASYNC_WITH = 6    # the same for `async with` (__aexit__, awaited)


class FBlock(object):
    def __init__(self, kind, start, end, body):
        self.kind = kind
        self.start = start     # loop: continue target
        self.end = end         # loop: break target
        self.body = body       # FB_FINALLY: the final body (list of stmts)


_FIXED_EFFECTS = {
    bc.NOP: 0, bc.EXTENDED_ARG: 0, bc.UNARY_POSITIVE: 0,
    bc.UNARY_NEGATIVE: 0, bc.UNARY_NOT: 0, bc.UNARY_INVERT: 0,
    bc.GET_ITER: 0, bc.ROT_TWO: 0, bc.ROT_THREE: 0, bc.LOAD_ATTR: 0,
    bc.JUMP_FORWARD: 0, bc.JUMP_ABSOLUTE: 0, bc.LIST_TO_TUPLE: 0,
    bc.DELETE_FAST: 0, bc.DELETE_NAME: 0, bc.DELETE_GLOBAL: 0,
    bc.POP_TOP: -1, bc.STORE_FAST: -1, bc.STORE_NAME: -1,
    bc.STORE_GLOBAL: -1, bc.STORE_DEREF: -1, bc.DELETE_DEREF: 0, bc.BINARY_SUBSCR: -1,
    bc.BINARY_OP: -1, bc.INPLACE_OP: -1, bc.COMPARE_OP: -1,
    bc.RETURN_VALUE: -1, bc.PRINT_EXPR: -1, bc.POP_JUMP_IF_FALSE: -1,
    bc.POP_JUMP_IF_TRUE: -1, bc.LIST_APPEND: -1, bc.SET_ADD: -1,
    bc.LIST_EXTEND: -1, bc.DICT_UPDATE: -1, bc.SET_UPDATE: -1, bc.POP_EXCEPT: -1,
    bc.RERAISE: -1, bc.DELETE_ATTR: -1, bc.IMPORT_STAR: -1,
    bc.IMPORT_NAME: -1, bc.JUMP_IF_FALSE_OR_POP: -1,
    bc.JUMP_IF_TRUE_OR_POP: -1,
    bc.LOAD_CONST: 1, bc.LOAD_FAST: 1, bc.LOAD_NAME: 1, bc.LOAD_GLOBAL: 1,
    bc.LOAD_DEREF: 1, bc.LOAD_CLOSURE: 1, bc.DUP_TOP: 1, bc.LOAD_METHOD: 1,
    bc.PUSH_EXC_INFO: 1, bc.LOAD_BUILD_CLASS: 1, bc.LOAD_CLASSDEREF: 1,
    bc.IMPORT_FROM: 1, bc.FOR_ITER: 1,
    bc.YIELD_VALUE: 0, bc.YIELD_FROM: -1, bc.GET_YIELD_FROM_ITER: 0,
    bc.BEFORE_WITH: 1, bc.WITH_EXCEPT_START: 1,
    bc.GET_AWAITABLE: 0, bc.GET_AITER: 0, bc.GET_ANEXT: 1,
    bc.BEFORE_ASYNC_WITH: 1, bc.ASYNC_GEN_WRAP: 0,
    bc.DUP_TOP_TWO: 2, bc.STORE_ATTR: -2, bc.STORE_SUBSCR: -3,
    bc.DELETE_SUBSCR: -2, bc.MAP_ADD: -2, bc.JUMP_IF_NOT_EXC_MATCH: -2,
}


def stack_effect(op, arg):
    """Net change of the value stack depth made by one instruction (for a
    jump, the effect on the fall-through path; see jump_effect)."""
    effect = _FIXED_EFFECTS.get(op, 99)
    if effect != 99:
        return effect
    if op == bc.CALL_FUNCTION:
        return -arg
    if op == bc.CALL_METHOD:
        return -arg - 1
    if op == bc.CALL_FUNCTION_KW:
        return -arg - 1
    if op == bc.CALL_FUNCTION_EX:
        return -1 - (arg & 1)
    if op == bc.MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1))
    if op in (bc.BUILD_TUPLE, bc.BUILD_LIST, bc.BUILD_SET, bc.BUILD_STRING):
        return 1 - arg
    if op == bc.BUILD_MAP:
        return 1 - 2 * arg
    if op == bc.BUILD_SLICE:
        return 1 - arg
    if op == bc.UNPACK_SEQUENCE:
        return arg - 1
    if op == bc.UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op == bc.RAISE_VARARGS:
        return -arg
    if op == bc.FORMAT_VALUE:
        return -1 if arg & 4 else 0
    raise ValueError("stack_effect: unknown opcode")


def jump_effect(op, arg):
    """Stack depth change along the jump edge of a jump instruction."""
    if op == bc.FOR_ITER:
        return -1          # the exhausted iterator is popped
    if op in (bc.JUMP_IF_FALSE_OR_POP, bc.JUMP_IF_TRUE_OR_POP):
        return 0
    return stack_effect(op, arg)


UNCONDITIONAL = (bc.JUMP_FORWARD, bc.JUMP_ABSOLUTE, bc.RETURN_VALUE,
                 bc.RAISE_VARARGS, bc.RERAISE)


class CodeGen(ast.Visitor):

    def __init__(self, space, table, scope, filename, parent, mode, optimize):
        self.space = space
        self.table = table
        self.scope = scope
        self.filename = filename
        self.parent = parent
        self.mode = mode
        self.optimize = optimize
        self.instrs = []
        self.consts_w = []
        self.const_keys = {}
        self.names = []
        self.name_index = {}
        self.varnames = []
        self.var_index = {}
        for name in scope.params:
            self._varname(name)
        self.cellvars = scope.cellvars
        self.freevars = scope.freevars
        self.exc_entries = []
        self.fblocks = []
        self.lineno = scope.lineno
        self.depth = 0
        self.maxdepth = 0
        self.unreachable = False
        self.consts = {}     # const() names folded in this module

    # ------------------------------------------------------------ emitting
    def set_lineno(self, node):
        self.lineno = node.lineno

    def _push_depth(self, delta):
        self.depth += delta
        if self.depth > self.maxdepth:
            self.maxdepth = self.depth

    def emit(self, op, arg=0):
        if self.unreachable:
            # code after return/raise/break: keep it out of the layout
            return
        assert 0 <= arg
        self.instrs.append(Instr(op, arg, None, self.lineno))
        self._push_depth(stack_effect(op, arg))
        if op in UNCONDITIONAL:
            self.unreachable = True

    def emit_jump(self, op, label):
        if self.unreachable:
            return
        self.instrs.append(Instr(op, 0, label, self.lineno))
        self._note_label_depth(label, self.depth + jump_effect(op, 0))
        self._push_depth(stack_effect(op, 0))
        if op in UNCONDITIONAL:
            self.unreachable = True

    def _note_label_depth(self, label, depth):
        if label.depth < depth:
            label.depth = depth
        if depth > self.maxdepth:
            self.maxdepth = depth

    def place(self, label):
        """Place label at the next instruction."""
        label.position = len(self.instrs)
        if self.unreachable:
            if label.depth >= 0:
                self.depth = label.depth
                self.unreachable = False
        else:
            self._note_label_depth(label, self.depth)
            self.depth = label.depth

    def place_handler(self, label, depth):
        """Place an exception handler entered with `depth` values."""
        self._note_label_depth(label, depth)
        self.unreachable = True
        self.place(label)

    def add_exc_entry(self, start, end, handler, depth):
        self.exc_entries.append(ExcEntry(start, end, handler, depth))

    def emit_const(self, w_value):
        self.emit(bc.LOAD_CONST, self.const_index(w_value))

    def const_index(self, w_value):
        key = const_key(self.space, w_value)
        if key is not None:
            index = self.const_keys.get(key, -1)
            if index >= 0:
                return index
            self.const_keys[key] = len(self.consts_w)
        self.consts_w.append(w_value)
        return len(self.consts_w) - 1

    def name_idx(self, name):
        index = self.name_index.get(name, -1)
        if index < 0:
            index = len(self.names)
            self.names.append(name)
            self.name_index[name] = index
        return index

    def _varname(self, name):
        index = self.var_index.get(name, -1)
        if index < 0:
            index = len(self.varnames)
            self.varnames.append(name)
            self.var_index[name] = index
        return index

    def cell_index(self, name):
        for i in range(len(self.cellvars)):
            if self.cellvars[i] == name:
                return i
        for i in range(len(self.freevars)):
            if self.freevars[i] == name:
                return len(self.cellvars) + i
        raise CompileError("internal error: no cell for '%s'" % name,
                           self.lineno, 0)

    def error(self, msg, node):
        raise CompileError(msg, node.lineno, node.col)

    # ------------------------------------------------------------ assembling
    def assemble(self, name, argcount, posonlyargcount, kwonlyargcount, flags):
        instrs = self.instrs
        # byte offsets, growing an instruction by EXTENDED_ARG prefixes
        # while its argument doesn't fit (arguments only grow, so this ends)
        while True:
            offset = 0
            offsets = [0] * (len(instrs) + 1)
            for i in range(len(instrs)):
                offsets[i] = offset
                offset += instrs[i].size
            offsets[len(instrs)] = offset
            changed = False
            for i in range(len(instrs)):
                instr = instrs[i]
                if instr.target is not None:
                    instr.arg = offsets[instr.target.position]
                needed = 1
                if instr.op >= HAVE_ARGUMENT:
                    needed = 3
                    arg = instr.arg >> 16
                    while arg:
                        needed += 3
                        arg >>= 16
                if needed > instr.size:
                    instr.size = needed
                    changed = True
            if not changed:
                break
        code = []
        lines = []
        last_line = -1
        for i in range(len(instrs)):
            instr = instrs[i]
            if instr.lineno != last_line:
                lines.append(offsets[i])
                lines.append(instr.lineno)
                last_line = instr.lineno
            if instr.op >= HAVE_ARGUMENT:
                arg = instr.arg
                shift = (instr.size // 3 - 1) * 16
                while shift > 0:
                    high = (arg >> shift) & 0xFFFF
                    code.append(chr(bc.EXTENDED_ARG))
                    code.append(chr(high & 0xFF))
                    code.append(chr(high >> 8))
                    shift -= 16
                code.append(chr(instr.op))
                code.append(chr(arg & 0xFF))
                code.append(chr((arg >> 8) & 0xFF))
            else:
                code.append(chr(instr.op))
        exc_table = []
        for entry in self.exc_entries:
            exc_table.append(offsets[entry.start.position])
            exc_table.append(offsets[entry.end.position])
            exc_table.append(offsets[entry.handler.position])
            exc_table.append(entry.depth)
        names_w = [self.space.newtext(n) for n in self.names]
        if self.scope.is_coroutine:
            if self.scope.is_generator:
                flags |= CO_ASYNC_GENERATOR
            else:
                flags |= CO_COROUTINE
        elif self.scope.is_generator:
            flags |= CO_GENERATOR
        return W_Code(''.join(code), self.consts_w[:], self.names[:], names_w,
                      self.varnames[:], self.cellvars[:], self.freevars[:],
                      argcount, posonlyargcount, kwonlyargcount, flags,
                      self.maxdepth + 1, exc_table, lines, name,
                      self.scope.qualname, self.filename, self.scope.lineno)

    # ------------------------------------------------------------ names
    def name_op(self, name, ctx):
        scope = self.scope
        kind = scope.lookup(name)
        if scope.is_optimized():
            if kind == LOCAL:
                index = self._varname(name)
                ops = [bc.LOAD_FAST, bc.STORE_FAST, bc.DELETE_FAST]
            elif kind == CELL or kind == FREE:
                index = self.cell_index(name)
                ops = [bc.LOAD_DEREF, bc.STORE_DEREF, bc.DELETE_DEREF]
            else:
                index = self.name_idx(name)
                ops = [bc.LOAD_GLOBAL, bc.STORE_GLOBAL, bc.DELETE_GLOBAL]
        else:
            if kind == GLOBAL_EXPLICIT:
                index = self.name_idx(name)
                ops = [bc.LOAD_GLOBAL, bc.STORE_GLOBAL, bc.DELETE_GLOBAL]
            elif kind == FREE and scope.kind == 'class':
                index = self.cell_index(name)
                ops = [bc.LOAD_CLASSDEREF, bc.STORE_DEREF, bc.DELETE_DEREF]
            else:
                index = self.name_idx(name)
                ops = [bc.LOAD_NAME, bc.STORE_NAME, bc.DELETE_NAME]
        self.emit(ops[ctx], index)

    def const_index_none(self):
        return self.const_index(self.space.w_None)

    # ------------------------------------------------------------ statements
    def compile_body(self, body):
        for stmt in body:
            self.set_lineno(stmt)
            stmt.accept(self)

    def visit_ExprStmt(self, node):
        value = node.value
        if self.mode == 'single' and self.scope.kind == 'module':
            value.accept(self)
            self.emit(bc.PRINT_EXPR)
            return
        if is_constant(value):
            return       # docstrings and bare constants: nothing to do
        value.accept(self)
        self.emit(bc.POP_TOP)

    def visit_Pass(self, node):
        pass

    def visit_Assign(self, node):
        # `X = const(expr)` at module level (MicroPython's const)
        value = node.value
        target = node.targets[0]
        if (self.scope.kind == 'module' and len(node.targets) == 1
                and isinstance(target, ast.Name)
                and isinstance(value, ast.Call)):
            func = value.func
            if (isinstance(func, ast.Name) and func.id == 'const'
                    and len(value.args) == 1 and not value.keywords):
                w_value = self.fold_constant(value.args[0])
                if w_value is not None:
                    name = target.id
                    self.consts[name] = w_value
                    if name.startswith('_'):
                        return
                    self.emit_const(w_value)
                    self.name_op(name, ast.STORE)
                    return
        node.value.accept(self)
        for i in range(len(node.targets)):
            if i < len(node.targets) - 1:
                self.emit(bc.DUP_TOP)
            self.store_target(node.targets[i])

    def visit_AnnAssign(self, node):
        if node.value is not None:
            node.value.accept(self)
            self.store_target(node.target)

    def store_target(self, target):
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.STORE)
        elif isinstance(target, ast.Attribute):
            target.value.accept(self)
            self.emit(bc.STORE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            target.value.accept(self)
            target.slice.accept(self)
            self.emit(bc.STORE_SUBSCR)
        elif isinstance(target, ast.Tuple) or isinstance(target, ast.List):
            if isinstance(target, ast.Tuple):
                elts = target.elts
            else:
                assert isinstance(target, ast.List)
                elts = target.elts
            star = -1
            for i in range(len(elts)):
                if isinstance(elts[i], ast.Starred):
                    if star >= 0:
                        self.error("multiple starred expressions in assignment",
                                   elts[i])
                    star = i
            if star < 0:
                self.emit(bc.UNPACK_SEQUENCE, len(elts))
            else:
                after = len(elts) - star - 1
                if star > 255 or after > 255:
                    self.error("too many expressions in star-unpacking "
                               "assignment", target)
                self.emit(bc.UNPACK_EX, star | (after << 8))
            for elt in elts:
                if isinstance(elt, ast.Starred):
                    self.store_target(elt.value)
                else:
                    self.store_target(elt)
        elif isinstance(target, ast.Starred):
            self.error("starred assignment target must be in a list or tuple",
                       target)
        else:
            self.error("cannot assign to expression", target)

    def visit_AugAssign(self, node):
        op = bc.BINARY_OP_SYMBOLS.index(node.op)
        target = node.target
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.LOAD)
            node.value.accept(self)
            self.emit(bc.INPLACE_OP, op)
            self.name_op(target.id, ast.STORE)
        elif isinstance(target, ast.Attribute):
            target.value.accept(self)
            self.emit(bc.DUP_TOP)
            self.emit(bc.LOAD_ATTR, self.name_idx(target.attr))
            node.value.accept(self)
            self.emit(bc.INPLACE_OP, op)
            self.emit(bc.ROT_TWO)
            self.emit(bc.STORE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            target.value.accept(self)
            target.slice.accept(self)
            self.emit(bc.DUP_TOP_TWO)
            self.emit(bc.BINARY_SUBSCR)
            node.value.accept(self)
            self.emit(bc.INPLACE_OP, op)
            self.emit(bc.ROT_THREE)
            self.emit(bc.STORE_SUBSCR)
        else:
            self.error("illegal expression for augmented assignment", target)

    def visit_Delete(self, node):
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target):
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.DEL)
        elif isinstance(target, ast.Attribute):
            target.value.accept(self)
            self.emit(bc.DELETE_ATTR, self.name_idx(target.attr))
        elif isinstance(target, ast.Subscript):
            target.value.accept(self)
            target.slice.accept(self)
            self.emit(bc.DELETE_SUBSCR)
        elif isinstance(target, ast.Tuple):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.List):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            self.error("cannot delete expression", target)

    def visit_If(self, node):
        w_test = self.fold_constant(node.test)
        if w_test is not None:
            # `if 0:` / `if True:` / `if __debug__:` compile one branch only
            if self.space.is_true(w_test):
                self.compile_body(node.body)
            else:
                self.compile_body(node.orelse)
            return
        end = Label()
        orelse = Label() if node.orelse else end
        self.jump_if(node.test, False, orelse)
        self.compile_body(node.body)
        if node.orelse:
            self.emit_jump(bc.JUMP_FORWARD, end)
            self.place(orelse)
            self.compile_body(node.orelse)
        self.place(end)

    def visit_While(self, node):
        top = Label()
        end = Label()
        orelse = Label() if node.orelse else end
        self.place(top)
        w_test = self.fold_constant(node.test)
        if w_test is None:
            self.jump_if(node.test, False, orelse)
        elif not self.space.is_true(w_test):
            self.compile_body(node.orelse)
            return
        self.fblocks.append(FBlock(FB_LOOP, top, end, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        if node.orelse:
            self.place(orelse)
            self.compile_body(node.orelse)
        self.place(end)

    def visit_For(self, node):
        if node.is_async:
            self.compile_async_for(node)
            return
        top = Label()
        end = Label()
        orelse = Label()
        node.iter.accept(self)
        self.emit(bc.GET_ITER)
        self.place(top)
        self.emit_jump(bc.FOR_ITER, orelse)
        self.store_target(node.target)
        self.fblocks.append(FBlock(FB_FOR, top, end, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        self.place(orelse)
        self.compile_body(node.orelse)
        self.place(end)

    def emit_await(self):
        """Await the value on top: [x] -> [result] (PEP 492)."""
        self.emit(bc.GET_AWAITABLE)
        self.emit_const(self.space.w_None)
        self.emit(bc.YIELD_FROM)

    def compile_async_for(self, node):
        """`async for`: await __anext__() until StopAsyncIteration."""
        top = Label()
        end = Label()
        orelse = Label()
        handler = Label()
        reraise = Label()
        node.iter.accept(self)
        self.emit(bc.GET_AITER)
        depth = self.depth              # the async iterator stays below
        self.place(top)
        start = Label()
        stop = Label()
        self.place(start)
        self.emit(bc.GET_ANEXT)
        self.emit_const(self.space.w_None)
        self.emit(bc.YIELD_FROM)
        self.place(stop)
        self.add_exc_entry(start, stop, handler, depth)
        self.store_target(node.target)
        self.fblocks.append(FBlock(FB_FOR, top, end, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        # [aiter, exc] -> [aiter, prev_exc, exc]
        hstart = self.open_handler(handler, depth)
        self.emit(bc.DUP_TOP)
        self.emit_const(self.space.w_StopAsyncIteration)
        self.emit_jump(bc.JUMP_IF_NOT_EXC_MATCH, reraise)
        self.emit(bc.POP_TOP)
        self.emit(bc.POP_EXCEPT)
        self.emit(bc.POP_TOP)
        self.emit_jump(bc.JUMP_FORWARD, orelse)
        self.place(reraise)
        self.emit_reraise()
        self.close_handler(hstart, depth, orelse)
        self.place(orelse)
        self.compile_body(node.orelse)
        self.place(end)

    def visit_Break(self, node):
        index = self.unwind_to_loop(node, False)
        self.emit_jump(bc.JUMP_FORWARD, self.fblocks[index].end)

    def visit_Continue(self, node):
        index = self.unwind_to_loop(node, True)
        self.emit_jump(bc.JUMP_ABSOLUTE, self.fblocks[index].start)

    def unwind_to_loop(self, node, is_continue):
        """Emit the clean-up between here and the innermost loop; return
        that loop's index in fblocks."""
        i = len(self.fblocks) - 1
        while i >= 0:
            block = self.fblocks[i]
            if block.kind == FB_LOOP or block.kind == FB_FOR:
                if block.kind == FB_FOR and not is_continue:
                    self.emit(bc.POP_TOP)
                return i
            self.unwind_block(i, False)
            i -= 1
        self.error("'break' outside loop", node)
        return -1

    def unwind_block(self, i, preserve_top):
        """Emit what leaving fblocks[i] early needs; with preserve_top, a
        return value on top of the stack is kept above what is popped."""
        block = self.fblocks[i]
        if block.kind == FB_FOR:
            if preserve_top:
                self.emit(bc.ROT_TWO)
            self.emit(bc.POP_TOP)
        elif block.kind == FB_HANDLER:
            if preserve_top:
                self.emit(bc.ROT_TWO)
            self.emit(bc.POP_EXCEPT)
        elif block.kind == FB_WITH or block.kind == FB_ASYNC_WITH:
            # leaving a with body early: __exit__(None, None, None)
            if preserve_top:
                self.emit(bc.ROT_TWO)
            self.emit_exit_call(block.kind == FB_ASYNC_WITH)
        elif block.kind == FB_HANDLER_CLEANUP:
            # [prev_exc, exc (, value)]: drop exc, restore prev_exc
            if preserve_top:
                self.emit(bc.ROT_THREE)
            self.emit(bc.POP_TOP)
            self.emit(bc.POP_EXCEPT)
        elif block.kind == FB_FINALLY:
            # run the final body outside of its own protection
            saved = self.fblocks
            assert i >= 0
            self.fblocks = saved[:i]
            self.compile_body(block.body)
            self.fblocks = saved

    def visit_Return(self, node):
        if node.value is not None:
            node.value.accept(self)
        else:
            self.emit_const(self.space.w_None)
        for i in range(len(self.fblocks) - 1, -1, -1):
            self.unwind_block(i, True)
        self.emit(bc.RETURN_VALUE)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Assert(self, node):
        if self.optimize > 0:
            return
        end = Label()
        self.jump_if(node.test, True, end)
        self.name_op('AssertionError', ast.LOAD)
        if node.msg is not None:
            node.msg.accept(self)
            self.emit(bc.CALL_FUNCTION, 1)
        self.emit(bc.RAISE_VARARGS, 1)
        self.place(end)

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            node.exc.accept(self)
            n = 1
            if node.cause is not None:
                node.cause.accept(self)
                n = 2
        self.emit(bc.RAISE_VARARGS, n)

    def visit_Try(self, node):
        if node.finalbody:
            self.compile_try_finally(node)
        else:
            self.compile_try_except(node)

    def compile_try_finally(self, node):
        start = Label()
        end = Label()
        handler = Label()
        after = Label()
        depth = self.depth
        self.place(start)
        self.fblocks.append(FBlock(FB_FINALLY, None, None, node.finalbody))
        if node.handlers:
            self.compile_try_except(node)
        else:
            self.compile_body(node.body)
        self.fblocks.pop()
        self.place(end)
        self.add_exc_entry(start, end, handler, depth)
        self.compile_body(node.finalbody)
        self.emit_jump(bc.JUMP_FORWARD, after)
        # exceptional path: [exc] -> [prev_exc, exc]
        self.place_handler(handler, depth + 1)
        self.emit(bc.PUSH_EXC_INFO)
        self.protected_cleanup(node.finalbody, depth + 2)
        self.emit_reraise()
        self.place(after)

    def protected_cleanup(self, body, depth):
        """Compile body (run with [prev_exc, exc] on the stack) so that an
        exception inside it restores prev_exc before propagating."""
        start = Label()
        end = Label()
        cleanup = Label()
        after = Label()
        self.place(start)
        self.fblocks.append(FBlock(FB_HANDLER_CLEANUP, None, None, None))
        self.compile_body(body)
        self.fblocks.pop()
        self.place(end)
        self.emit_jump(bc.JUMP_FORWARD, after)
        self.add_exc_entry(start, end, cleanup, depth)
        # [prev_exc, exc, new_exc] at depth: drop exc, restore prev, reraise
        self.place_handler(cleanup, depth + 1)
        self.emit(bc.ROT_TWO)
        self.emit(bc.POP_TOP)
        self.emit_reraise()
        self.place(after)

    def compile_try_except(self, node):
        start = Label()
        end = Label()
        handler = Label()
        after = Label()
        depth = self.depth
        self.place(start)
        self.compile_body(node.body)
        self.place(end)
        self.add_exc_entry(start, end, handler, depth)
        self.compile_body(node.orelse)
        self.emit_jump(bc.JUMP_FORWARD, after)
        # [exc] -> [prev_exc, exc]
        hstart = self.open_handler(handler, depth)
        for h in node.handlers:
            self.set_lineno(h)
            next_handler = Label()
            if h.type is not None:
                self.emit(bc.DUP_TOP)
                h.type.accept(self)
                self.emit_jump(bc.JUMP_IF_NOT_EXC_MATCH, next_handler)
            if h.name is not None:
                self.name_op(h.name, ast.STORE)
            else:
                self.emit(bc.POP_TOP)
            # [prev_exc]
            self.fblocks.append(FBlock(FB_HANDLER, None, None, None))
            if h.name is not None:
                # `except E as e:` deletes e however the handler ends
                self.fblocks.append(FBlock(FB_FINALLY, None, None,
                                           [_del_name(h.name, h)]))
                self.compile_body(h.body)
                self.fblocks.pop()
                self.delete_handler_name(h.name)
            else:
                self.compile_body(h.body)
            self.fblocks.pop()
            self.emit(bc.POP_EXCEPT)
            self.emit_jump(bc.JUMP_FORWARD, after)
            self.place(next_handler)
        # no handler matched: [prev_exc, exc]
        self.emit_reraise()
        self.close_handler(hstart, depth, after)
        self.place(after)

    def delete_handler_name(self, name):
        self.emit_const(self.space.w_None)
        self.name_op(name, ast.STORE)
        self.name_op(name, ast.DEL)

    def visit_FunctionDef(self, node):
        for dec in node.decorators:
            dec.accept(self)
        self.make_function(node, node.name, node.args, node.body, None)
        for i in range(len(node.decorators)):
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.STORE)

    def make_function(self, node, name, args, body, body_expr):
        """Emit the MAKE_FUNCTION of a def/lambda body (a list of stmts, or
        one expression for a lambda)."""
        flags = 0
        if args.defaults:
            for default in args.defaults:
                default.accept(self)
            self.emit(bc.BUILD_TUPLE, len(args.defaults))
            flags |= 1
        kwdefaults = 0
        for i in range(len(args.kwonlyargs)):
            default = args.kw_defaults[i]
            if default is not None:
                self.emit_const(self.space.newtext(args.kwonlyargs[i].arg))
                default.accept(self)
                kwdefaults += 1
        if kwdefaults:
            self.emit(bc.BUILD_MAP, kwdefaults)
            flags |= 2
        scope = self.table.scope_of(node)
        gen = CodeGen(self.space, self.table, scope, self.filename, self,
                      self.mode, self.optimize)
        gen.consts = self.consts
        if body_expr is not None:
            gen.set_lineno(body_expr)
            body_expr.accept(gen)
            gen.emit(bc.RETURN_VALUE)
        else:
            gen.compile_body(body)
            gen.emit_const(self.space.w_None)
            gen.emit(bc.RETURN_VALUE)
        code_flags = 0
        if args.vararg is not None:
            code_flags |= CO_VARARGS
        if args.kwarg is not None:
            code_flags |= CO_VARKEYWORDS
        # locals layout: parameters in order, then the rest
        code = gen.assemble(name, len(args.posonlyargs) + len(args.args),
                            len(args.posonlyargs), len(args.kwonlyargs),
                            code_flags)
        self.emit_closure(code)
        if code.freevars:
            flags |= 8
        self.emit_const(code)
        self.emit(bc.MAKE_FUNCTION, flags)

    def emit_closure(self, code):
        if not code.freevars:
            return
        for name in code.freevars:
            self.emit(bc.LOAD_CLOSURE, self.cell_index(name))
        self.emit(bc.BUILD_TUPLE, len(code.freevars))

    def visit_ClassDef(self, node):
        for dec in node.decorators:
            dec.accept(self)
        self.emit(bc.LOAD_BUILD_CLASS)
        scope = self.table.scope_of(node)
        gen = CodeGen(self.space, self.table, scope, self.filename, self,
                      self.mode, self.optimize)
        gen.consts = self.consts
        gen.set_lineno(node)
        # __module__ and __qualname__, as CPython sets them
        gen.emit(bc.LOAD_NAME, gen.name_idx('__name__'))
        gen.emit(bc.STORE_NAME, gen.name_idx('__module__'))
        gen.emit_const(self.space.newtext(scope.qualname))
        gen.emit(bc.STORE_NAME, gen.name_idx('__qualname__'))
        gen.compile_body(node.body)
        # the body returns the __class__ cell, which __build_class__ fills
        if '__class__' in scope.cellvars:
            gen.emit(bc.LOAD_CLOSURE, gen.cell_index('__class__'))
        else:
            gen.emit_const(self.space.w_None)
        gen.emit(bc.RETURN_VALUE)
        code = gen.assemble(node.name, 0, 0, 0, 0)
        self.emit_closure(code)
        self.emit_const(code)
        self.emit(bc.MAKE_FUNCTION, 8 if code.freevars else 0)
        self.emit_const(self.space.newtext(node.name))
        call = ast.Call(None, node.bases, node.keywords, node.lineno, node.col)
        self.emit_call_args(call, 2)
        for i in range(len(node.decorators)):
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.STORE)

    def visit_With(self, node):
        self.compile_with(node, 0)

    def open_handler(self, handler, depth):
        """Enter an exception handler (its protected code ran at `depth`):
        [exc] -> [prev_exc, exc].  Returns the label where the handler's
        own code starts, for close_handler."""
        self.place_handler(handler, depth + 1)
        self.emit(bc.PUSH_EXC_INFO)
        hstart = Label()
        self.place(hstart)
        return hstart

    def close_handler(self, hstart, depth, after):
        """End the handler opened at hstart: fall through to `after`, and
        make an exception raised inside it restore prev_exc and propagate
        ([prev_exc, new_exc] -> reraise new_exc)."""
        hend = Label()
        cleanup = Label()
        self.place(hend)
        self.add_exc_entry(hstart, hend, cleanup, depth + 1)
        self.emit_jump(bc.JUMP_FORWARD, after)
        self.place_handler(cleanup, depth + 2)
        self.emit_reraise()

    def emit_reraise(self):
        """[prev_exc, exc] -> restore prev_exc as the handled exception and
        re-raise exc (the end of every handler that doesn't swallow)."""
        self.emit(bc.ROT_TWO)
        self.emit(bc.POP_EXCEPT)
        self.emit(bc.RERAISE)

    def emit_exit_call(self, is_async=False):
        """__exit__(None, None, None), the __exit__ method on top (for
        `async with`, __aexit__, awaited)."""
        w_none = self.space.w_None
        self.emit_const(w_none)
        self.emit_const(w_none)
        self.emit_const(w_none)
        self.emit(bc.CALL_FUNCTION, 3)
        if is_async:
            self.emit_await()
        self.emit(bc.POP_TOP)

    def compile_with(self, node, index):
        """`with a as x, b as y: body` is `with a as x: with b as y: body`."""
        item = node.items[index]
        start = Label()
        end = Label()
        handler = Label()
        suppress = Label()
        after = Label()
        is_async = node.is_async
        item.context_expr.accept(self)
        if is_async:
            self.emit(bc.BEFORE_ASYNC_WITH)
            self.emit_await()
        else:
            self.emit(bc.BEFORE_WITH)
        depth = self.depth - 1          # the __exit__ method stays below
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(bc.POP_TOP)
        self.place(start)
        self.fblocks.append(FBlock(FB_ASYNC_WITH if is_async else FB_WITH,
                                   None, None, None))
        if index + 1 < len(node.items):
            self.compile_with(node, index + 1)
        else:
            self.compile_body(node.body)
        self.fblocks.pop()
        self.place(end)
        self.add_exc_entry(start, end, handler, depth)
        self.emit_exit_call(is_async)
        self.emit_jump(bc.JUMP_FORWARD, after)
        # an exception in the body: [exit, exc] -> [exit, prev, exc]
        hstart = self.open_handler(handler, depth)
        self.emit(bc.WITH_EXCEPT_START)
        if is_async:
            self.emit_await()
        self.emit_jump(bc.POP_JUMP_IF_TRUE, suppress)
        self.emit_reraise()
        self.place(suppress)
        self.emit(bc.POP_TOP)
        self.emit(bc.POP_EXCEPT)
        self.emit(bc.POP_TOP)
        self.close_handler(hstart, depth, after)
        self.place(after)

    def visit_Import(self, node):
        for alias in node.names:
            self.emit_const(self.space.newint(0))
            self.emit_const(self.space.w_None)
            self.emit(bc.IMPORT_NAME, self.name_idx(alias.name))
            if alias.asname is not None:
                # `import a.b.c as d` binds the leaf module
                parts = alias.name.split('.')
                for i in range(1, len(parts)):
                    self.emit(bc.LOAD_ATTR, self.name_idx(parts[i]))
                self.name_op(alias.asname, ast.STORE)
            else:
                self.name_op(alias.name.split('.')[0], ast.STORE)

    def visit_ImportFrom(self, node):
        self.emit_const(self.space.newint(node.level))
        names_w = [self.space.newtext(alias.name) for alias in node.names]
        self.emit_const(self.space.newtuple(names_w))
        module = node.module if node.module is not None else ''
        self.emit(bc.IMPORT_NAME, self.name_idx(module))
        if len(node.names) == 1 and node.names[0].name == '*':
            self.emit(bc.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit(bc.IMPORT_FROM, self.name_idx(alias.name))
            self.name_op(alias.asname if alias.asname is not None
                         else alias.name, ast.STORE)
        self.emit(bc.POP_TOP)

    # ------------------------------------------------------------ conditions
    def jump_if(self, test, cond, label):
        """Jump to label if bool(test) == cond, else fall through."""
        if isinstance(test, ast.UnaryOp) and test.op == 'not':
            self.jump_if(test.operand, not cond, label)
            return
        if isinstance(test, ast.BoolOp):
            is_and = test.op == 'and'
            if is_and != cond:
                # `a and b` jumping on false / `a or b` jumping on true
                for value in test.values:
                    self.jump_if(value, cond, label)
            else:
                skip = Label()
                n = len(test.values)
                for i in range(n - 1):
                    self.jump_if(test.values[i], not cond, skip)
                self.jump_if(test.values[n - 1], cond, label)
                self.place(skip)
            return
        test.accept(self)
        self.emit_jump(bc.POP_JUMP_IF_TRUE if cond else bc.POP_JUMP_IF_FALSE,
                       label)

    # ------------------------------------------------------------ expressions
    def fold_constant(self, node):
        """The value of a constant expression (literals, arithmetic on them,
        const() names, __debug__), or None."""
        space = self.space
        if isinstance(node, ast.Num):
            return parse_int_literal(space, node.text)
        if isinstance(node, ast.Float):
            return space.newfloat(node.value)
        if isinstance(node, ast.Imag):
            return space.newcomplex(0.0, node.value)
        if isinstance(node, ast.Str):
            return space.newtext(node.value)
        if isinstance(node, ast.NameConstant):
            if node.value == 'None':
                return space.w_None
            return space.newbool(node.value == 'True')
        if isinstance(node, ast.Name) and node.ctx == ast.LOAD:
            if node.id == '__debug__':
                return space.newbool(self.optimize == 0)
            w_value = self.consts.get(node.id, None)
            return w_value
        if isinstance(node, ast.UnaryOp) and node.op in ('-', '+', '~'):
            w_operand = self.fold_constant(node.operand)
            if w_operand is None or not is_number(space, w_operand):
                return None
            try:
                if node.op == '-':
                    return space.neg(w_operand)
                elif node.op == '+':
                    return space.pos(w_operand)
                return space.invert(w_operand)
            except Exception:
                return None
        if isinstance(node, ast.BinOp):
            w_left = self.fold_constant(node.left)
            if w_left is None or not is_number(space, w_left):
                return None
            w_right = self.fold_constant(node.right)
            if w_right is None or not is_number(space, w_right):
                return None
            if not small_result(node.op, w_left, w_right):
                return None
            index = bc.BINARY_OP_SYMBOLS.index(node.op)
            try:
                return space.binary_op_by_index(index, w_left, w_right)
            except Exception:
                return None    # e.g. 1/0: raise at run time instead
        return None

    def visit_Num(self, node):
        self.emit_const(parse_int_literal(self.space, node.text))

    def visit_Float(self, node):
        self.emit_const(self.space.newfloat(node.value))

    def visit_Imag(self, node):
        self.emit_const(self.space.newcomplex(0.0, node.value))

    def visit_Str(self, node):
        self.emit_const(self.space.newtext(node.value))

    def visit_Bytes(self, node):
        self.emit_const(self.space.newbytes(node.value))

    def visit_NameConstant(self, node):
        space = self.space
        if node.value == 'None':
            self.emit_const(space.w_None)
        else:
            self.emit_const(space.newbool(node.value == 'True'))

    def visit_EllipsisConst(self, node):
        self.emit_const(self.space.w_Ellipsis)

    def visit_Name(self, node):
        if node.ctx == ast.LOAD:
            w_value = self.fold_constant(node)
            if w_value is not None:
                self.emit_const(w_value)
                return
        self.name_op(node.id, node.ctx)

    def visit_BinOp(self, node):
        w_value = self.fold_constant(node)
        if w_value is not None:
            self.emit_const(w_value)
            return
        node.left.accept(self)
        node.right.accept(self)
        self.emit(bc.BINARY_OP, bc.BINARY_OP_SYMBOLS.index(node.op))

    def visit_UnaryOp(self, node):
        w_value = self.fold_constant(node)
        if w_value is not None:
            self.emit_const(w_value)
            return
        node.operand.accept(self)
        if node.op == 'not':
            self.emit(bc.UNARY_NOT)
        elif node.op == '-':
            self.emit(bc.UNARY_NEGATIVE)
        elif node.op == '+':
            self.emit(bc.UNARY_POSITIVE)
        else:
            self.emit(bc.UNARY_INVERT)

    def visit_BoolOp(self, node):
        end = Label()
        op = bc.JUMP_IF_FALSE_OR_POP if node.op == 'and' else bc.JUMP_IF_TRUE_OR_POP
        n = len(node.values)
        for i in range(n - 1):
            node.values[i].accept(self)
            self.emit_jump(op, end)
        node.values[n - 1].accept(self)
        self.place(end)

    def visit_Compare(self, node):
        n = len(node.ops)
        node.left.accept(self)
        if n == 1:
            node.comparators[0].accept(self)
            self.emit(bc.COMPARE_OP, bc.COMPARE_OPS.index(node.ops[0]))
            return
        # a < b < c: compare pairwise, stop at the first false result
        cleanup = Label()
        end = Label()
        for i in range(n - 1):
            node.comparators[i].accept(self)
            self.emit(bc.DUP_TOP)
            self.emit(bc.ROT_THREE)
            self.emit(bc.COMPARE_OP, bc.COMPARE_OPS.index(node.ops[i]))
            self.emit_jump(bc.JUMP_IF_FALSE_OR_POP, cleanup)
        node.comparators[n - 1].accept(self)
        self.emit(bc.COMPARE_OP, bc.COMPARE_OPS.index(node.ops[n - 1]))
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.place(cleanup)
        self.emit(bc.ROT_TWO)
        self.emit(bc.POP_TOP)
        self.place(end)

    def visit_IfExp(self, node):
        orelse = Label()
        end = Label()
        self.jump_if(node.test, False, orelse)
        node.body.accept(self)
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.place(orelse)
        node.orelse.accept(self)
        self.place(end)

    def visit_NamedExpr(self, node):
        node.value.accept(self)
        self.emit(bc.DUP_TOP)
        self.store_target(node.target)

    def visit_Attribute(self, node):
        node.value.accept(self)
        if node.ctx == ast.LOAD:
            self.emit(bc.LOAD_ATTR, self.name_idx(node.attr))
        else:
            self.error("internal error: attribute store as expression", node)

    def visit_Subscript(self, node):
        node.value.accept(self)
        node.slice.accept(self)
        self.emit(bc.BINARY_SUBSCR)

    def visit_Slice(self, node):
        for part in [node.lower, node.upper]:
            if part is None:
                self.emit_const(self.space.w_None)
            else:
                part.accept(self)
        if node.step is not None:
            node.step.accept(self)
            self.emit(bc.BUILD_SLICE, 3)
        else:
            self.emit(bc.BUILD_SLICE, 2)

    def has_starred(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                return True
        return False

    def build_sequence(self, elts, build_op):
        """Push elts as a list (build_op BUILD_LIST), tuple or set, with
        *unpacking."""
        if not self.has_starred(elts):
            for elt in elts:
                elt.accept(self)
            self.emit(build_op, len(elts))
            return
        if build_op == bc.BUILD_SET:
            self.emit(bc.BUILD_SET, 0)
            for elt in elts:
                if isinstance(elt, ast.Starred):
                    elt.value.accept(self)
                    self.emit(bc.SET_UPDATE, 1)
                else:
                    elt.accept(self)
                    self.emit(bc.SET_ADD, 1)
            return
        self.emit(bc.BUILD_LIST, 0)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                elt.value.accept(self)
                self.emit(bc.LIST_EXTEND, 1)
            else:
                elt.accept(self)
                self.emit(bc.LIST_APPEND, 1)
        if build_op == bc.BUILD_TUPLE:
            self.emit(bc.LIST_TO_TUPLE)

    def visit_Tuple(self, node):
        if node.ctx != ast.LOAD:
            self.error("internal error: tuple store as expression", node)
        self.build_sequence(node.elts, bc.BUILD_TUPLE)

    def visit_List(self, node):
        self.build_sequence(node.elts, bc.BUILD_LIST)

    def visit_Set(self, node):
        self.build_sequence(node.elts, bc.BUILD_SET)

    def visit_Dict(self, node):
        n = 0
        pending = 0
        started = False
        for i in range(len(node.keys)):
            key = node.keys[i]
            if key is None:
                if not started:
                    self.emit(bc.BUILD_MAP, pending)
                    started = True
                elif pending:
                    self.emit(bc.BUILD_MAP, pending)
                    self.emit(bc.DICT_UPDATE, 1)
                pending = 0
                node.values[i].accept(self)
                self.emit(bc.DICT_UPDATE, 1)
            else:
                key.accept(self)
                node.values[i].accept(self)
                pending += 1
            n += 1
        if not started:
            self.emit(bc.BUILD_MAP, pending)
        elif pending:
            self.emit(bc.BUILD_MAP, pending)
            self.emit(bc.DICT_UPDATE, 1)

    def visit_Starred(self, node):
        self.error("can't use starred expression here", node)

    def visit_Call(self, node):
        has_star = self.has_starred(node.args)
        has_dstar = False
        for kw in node.keywords:
            if kw.arg is None:
                has_dstar = True
        func = node.func
        if (isinstance(func, ast.Attribute) and not has_star and not has_dstar
                and not node.keywords):
            func.value.accept(self)
            self.emit(bc.LOAD_METHOD, self.name_idx(func.attr))
            for arg in node.args:
                arg.accept(self)
            self.emit(bc.CALL_METHOD, len(node.args))
            return
        if (isinstance(func, ast.Name) and func.id == 'super' and not node.args
                and not node.keywords and self.scope.kind == 'function'
                and self.scope.params
                and self.scope.lookup('__class__') == FREE):
            # zero-argument super(): super(__class__, <first argument>)
            self.name_op('super', ast.LOAD)
            self.name_op('__class__', ast.LOAD)
            self.name_op(self.scope.params[0], ast.LOAD)
            self.emit(bc.CALL_FUNCTION, 2)
            return
        func.accept(self)
        self.emit_call_args(node, 0)

    def emit_call_args(self, node, nprefix):
        """Emit a call's arguments and the call itself; the callable and
        `nprefix` positional values are already on the stack."""
        has_star = self.has_starred(node.args)
        has_dstar = False
        for kw in node.keywords:
            if kw.arg is None:
                has_dstar = True
        if has_star or has_dstar:
            if nprefix:
                self.emit(bc.BUILD_LIST, nprefix)
                for arg in node.args:
                    if isinstance(arg, ast.Starred):
                        arg.value.accept(self)
                        self.emit(bc.LIST_EXTEND, 1)
                    else:
                        arg.accept(self)
                        self.emit(bc.LIST_APPEND, 1)
                self.emit(bc.LIST_TO_TUPLE)
            else:
                self.build_sequence(node.args, bc.BUILD_TUPLE)
            if node.keywords:
                self.emit(bc.BUILD_MAP, 0)
                for kw in node.keywords:
                    if kw.arg is None:
                        kw.value.accept(self)
                    else:
                        self.emit_const(self.space.newtext(kw.arg))
                        kw.value.accept(self)
                        self.emit(bc.BUILD_MAP, 1)
                    self.emit(bc.DICT_UPDATE, 1)
                self.emit(bc.CALL_FUNCTION_EX, 1)
            else:
                self.emit(bc.CALL_FUNCTION_EX, 0)
            return
        for arg in node.args:
            arg.accept(self)
        nargs = nprefix + len(node.args)
        if node.keywords:
            names_w = []
            for kw in node.keywords:
                kw.value.accept(self)
                names_w.append(self.space.newtext(kw.arg))
            self.emit_const(self.space.newtuple(names_w))
            self.emit(bc.CALL_FUNCTION_KW, nargs + len(node.keywords))
        else:
            self.emit(bc.CALL_FUNCTION, nargs)

    def visit_Lambda(self, node):
        self.make_function(node, '<lambda>', node.args, None, node.body)

    def compile_comprehension(self, node, name, generators, kind):
        """A list/dict comprehension runs as a function of its first
        iterable, called at once (so its loop variables stay local)."""
        scope = self.table.scope_of(node)
        gen = CodeGen(self.space, self.table, scope, self.filename, self,
                      self.mode, self.optimize)
        gen.consts = self.consts
        gen.set_lineno(node)
        if kind == 'list':
            gen.emit(bc.BUILD_LIST, 0)
        elif kind == 'dict':
            gen.emit(bc.BUILD_MAP, 0)
        elif kind == 'set':
            gen.emit(bc.BUILD_SET, 0)
        elif kind != 'gen':
            self.error("%s comprehensions are not supported yet" % kind, node)
        gen.comprehension_loop(node, generators, 0, kind)
        if kind == 'gen':
            gen.emit_const(self.space.w_None)
        gen.emit(bc.RETURN_VALUE)
        code = gen.assemble(name, 1, 0, 0, 0)
        self.emit_closure(code)
        self.emit_const(code)
        self.emit(bc.MAKE_FUNCTION, 8 if code.freevars else 0)
        generators[0].iter.accept(self)
        self.emit(bc.GET_ITER)
        self.emit(bc.CALL_FUNCTION, 1)

    def comprehension_loop(self, node, generators, index, kind):
        comp = generators[index]
        if comp.is_async:
            self.error("async comprehensions are not supported yet", node)
        top = Label()
        end = Label()
        if index == 0:
            self.emit(bc.LOAD_FAST, self._varname('.0'))
        else:
            comp.iter.accept(self)
            self.emit(bc.GET_ITER)
        self.place(top)
        self.emit_jump(bc.FOR_ITER, end)
        self.store_target(comp.target)
        for cond in comp.ifs:
            self.jump_if(cond, False, top)
        if index + 1 < len(generators):
            self.comprehension_loop(node, generators, index + 1, kind)
        elif kind == 'list':
            assert isinstance(node, ast.ListComp)
            node.elt.accept(self)
            self.emit(bc.LIST_APPEND, len(generators) + 1)
        elif kind == 'set':
            assert isinstance(node, ast.SetComp)
            node.elt.accept(self)
            self.emit(bc.SET_ADD, len(generators) + 1)
        elif kind == 'gen':
            assert isinstance(node, ast.GeneratorExp)
            node.elt.accept(self)
            self.emit(bc.YIELD_VALUE)
            self.emit(bc.POP_TOP)
        else:
            assert isinstance(node, ast.DictComp)
            node.key.accept(self)
            node.value.accept(self)
            self.emit(bc.MAP_ADD, len(generators) + 1)
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        self.place(end)

    def visit_ListComp(self, node):
        self.compile_comprehension(node, '<listcomp>', node.generators, 'list')

    def visit_DictComp(self, node):
        self.compile_comprehension(node, '<dictcomp>', node.generators, 'dict')

    def visit_SetComp(self, node):
        self.compile_comprehension(node, '<setcomp>', node.generators, 'set')

    def visit_GeneratorExp(self, node):
        self.compile_comprehension(node, '<genexpr>', node.generators, 'gen')

    def visit_Yield(self, node):
        if node.value is None:
            self.emit_const(self.space.w_None)
        else:
            node.value.accept(self)
        if self.scope.is_coroutine:
            self.emit(bc.ASYNC_GEN_WRAP)
        self.emit(bc.YIELD_VALUE)

    def visit_YieldFrom(self, node):
        node.value.accept(self)
        self.emit(bc.GET_YIELD_FROM_ITER)
        self.emit_const(self.space.w_None)
        self.emit(bc.YIELD_FROM)

    def visit_Await(self, node):
        node.value.accept(self)
        self.emit_await()

    def visit_JoinedStr(self, node):
        if not node.values:
            self.emit_const(self.space.newtext(''))
            return
        for value in node.values:
            value.accept(self)
        if len(node.values) > 1:
            self.emit(bc.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node):
        node.value.accept(self)
        arg = 0
        if node.conversion == ord('s'):
            arg = 1
        elif node.conversion == ord('r'):
            arg = 2
        elif node.conversion == ord('a'):
            arg = 3
        if node.format_spec is not None:
            node.format_spec.accept(self)
            arg |= 4
        self.emit(bc.FORMAT_VALUE, arg)


def _del_name(name, node):
    return ast.Delete([ast.Name(name, ast.DEL, node.lineno, node.col)],
                      node.lineno, node.col)


def is_constant(node):
    return (isinstance(node, ast.Str) or isinstance(node, ast.Num)
            or isinstance(node, ast.Float) or isinstance(node, ast.NameConstant)
            or isinstance(node, ast.EllipsisConst))


def is_number(space, w_value):
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.floatobject import W_FloatObject
    from objspace.complexobject import W_ComplexObject
    return (isinstance(w_value, W_IntObject) or isinstance(w_value, W_LongObject)
            or isinstance(w_value, W_FloatObject)
            or isinstance(w_value, W_ComplexObject))


# the largest int a folded **, << or * may give, in bits (CPython's
# ast_opt.c, MAX_INT_SIZE): bigger results are computed at run time, so
# that compiling `2 ** 10 ** 100` neither hangs nor exhausts memory
MAX_FOLDED_INT_BITS = 128


def _int_bits(w_value):
    """The bit length of an int constant's absolute value; -1 if it is not
    an int (floats and complexes fold freely: their size is fixed)."""
    from objspace.intobject import W_IntObject, intval_bit_length
    from objspace.longobject import W_LongObject
    if isinstance(w_value, W_IntObject):
        return intval_bit_length(w_value.intval)
    if isinstance(w_value, W_LongObject):
        return w_value.num.bit_length()
    return -1


def small_result(op, w_left, w_right):
    """Guard for folding int **, << and *: False when the result could be
    bigger than MAX_FOLDED_INT_BITS (the operation is then left to run
    time)."""
    if op != '**' and op != '<<' and op != '*':
        return True
    lbits = _int_bits(w_left)
    rbits = _int_bits(w_right)
    if lbits < 0 or rbits < 0:
        return True
    if op == '*':
        return lbits + rbits <= MAX_FOLDED_INT_BITS
    if rbits > 8:
        return False        # a shift or exponent above 255
    from objspace.intobject import W_IntObject
    if not isinstance(w_right, W_IntObject):
        return False
    n = w_right.intval
    if n < 0:
        return True         # ** gives a float, << raises ValueError
    if op == '<<':
        return lbits + n <= MAX_FOLDED_INT_BITS
    return lbits * n <= MAX_FOLDED_INT_BITS


def parse_int_literal(space, text):
    """The int value of a literal's text ('0x1f', '0o17', '0b1', '123')."""
    base = 10
    digits = text
    if len(text) > 1 and text[0] == '0':
        c = text[1]
        if c == 'x' or c == 'X':
            base = 16
            digits = text[2:]
        elif c == 'o' or c == 'O':
            base = 8
            digits = text[2:]
        elif c == 'b' or c == 'B':
            base = 2
            digits = text[2:]
    return space.newint_from_text(digits, base)


def const_key(space, w_value):
    """A key under which equal constants share one slot, or None."""
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    from objspace.boolobject import W_BoolObject
    from objspace.floatobject import W_FloatObject
    from objspace.strobject import W_StrObject
    if isinstance(w_value, W_BoolObject):
        return 'b' + str(w_value.intval)
    if isinstance(w_value, W_IntObject):
        return 'i' + str(w_value.intval)
    if isinstance(w_value, W_LongObject):
        return 'l' + w_value.num.str()
    if isinstance(w_value, W_FloatObject):
        return 'f' + formatd(w_value.floatval, 'r', 0)
    if isinstance(w_value, W_StrObject):
        return 's' + w_value.utf8
    if w_value is space.w_None:
        return 'N'
    if w_value is space.w_Ellipsis:
        return 'E'
    return None
