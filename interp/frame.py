"""Frames and the eval loop.

A Frame runs one W_Code.  Its `locals_cells_stack_w` list holds the fast
locals, then the cells (cellvars, then freevars), then the value stack; the
frame is the JIT's virtualizable, so inside a trace these live in registers.
The JitDriver's greens are the code object and the bytecode offset; loops
are entered at backward jumps (JUMP_ABSOLUTE).  Exceptions are dispatched
through the code object's static exception table.
"""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib import rstackovf
from rpython.rlib.rstackovf import StackOverflow
from rpython.rlib.objectmodel import we_are_translated, always_inline

from interp import bytecode as bc
from interp import signals
from interp.error import OperationError
from interp.code import (CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR,
                         CO_COROUTINE, CO_ASYNC_GENERATOR)
from objspace.intobject import W_IntObject
from objspace.functionobject import W_Function, W_CellObject
from objspace.strobject import W_StrObject
from objspace.tupleobject import W_TupleObject
from objspace.listobject import W_ListObject
from objspace.dictobject import W_DictObject
from objspace.exceptions import W_BaseException


def get_printable_location(pc, code):
    return '%s #%d %s' % (code.name, pc, bc.opnames.get(ord(code.code[pc]), '?'))


def should_unroll_one_iteration(pc, code):
    """For a generator (or coroutine) inlined into a trace, don't turn the
    loop it resumes into with a call_assembler of that loop: follow it one
    more iteration, up to its next yield.  Each next() runs from a yield
    back around the loop to the next yield, so that is all of it, and the
    consumer's loop (a for loop, sum(), list(), ...) gets the generator's
    body inline instead of a call into compiled code and back per item.
    PyPy does the same for its generators and coroutines."""
    return (code.flags & (CO_GENERATOR | CO_COROUTINE |
                          CO_ASYNC_GENERATOR)) != 0


jitdriver = jit.JitDriver(greens=['pc', 'code'], reds=['frame'],
                          virtualizables=['frame'],
                          get_printable_location=get_printable_location,
                          should_unroll_one_iteration=should_unroll_one_iteration,
                          is_recursive=True)


class Return(Exception):
    pass


class Yield(Exception):
    pass


def lookup_global(w_globals, w_builtins, w_key):
    """The value of global name w_key, else of builtin w_key, else None."""
    w_value = w_globals.getitem(w_key)
    if w_value is None:
        w_value = w_builtins.getitem(w_key)
    return w_value


@jit.elidable
def _lookup_global_pure(w_globals, version, w_builtins, bversion, name):
    """lookup_global by name, pure while the (promoted) versions are: every
    change of either dict replaces its version."""
    w_value = w_globals.lookup_name(name)
    if w_value is None:
        w_value = w_builtins.lookup_name(name)
    return w_value


def call_with_star_args(space, w_func, w_args, w_kwargs):
    """f(*w_args, **w_kwargs) (w_kwargs a dict or None)."""
    args_w = space.unpackiterable(w_args)
    kwnames = None
    if w_kwargs is not None:
        assert isinstance(w_kwargs, W_DictObject)
        kwnames = []
        for w_key, w_value in w_kwargs.storage.iteritems():
            if not isinstance(w_key, W_StrObject):
                raise space.type_error("keywords must be strings")
            kwnames.append(w_key.utf8)
            args_w.append(w_value)
        if not kwnames:
            kwnames = None
    return space.call(w_func, args_w, kwnames)


@jit.elidable
def _kwcount(w_names):
    """len() of a CALL_FUNCTION_KW's names tuple (a code constant)."""
    return len(w_names.items_w)


@jit.elidable
def _kwname(space, w_names, i):
    """The i-th name of a CALL_FUNCTION_KW's names tuple, as a str."""
    return space.text_w(w_names.items_w[i])


class Frame(object):
    _virtualizable_ = ['locals_cells_stack_w[*]', 'stackdepth', 'pc',
                       'w_globals', 'code', 'w_locals', 'w_handled']

    # The one ObjSpace (interp.main builds it at import time and sets it
    # here): a class attribute, so translated code and JIT traces read it
    # as a constant, and quasi-immutable fields of the space fold away.
    space = None

    def __init__(self, space, code, w_globals, w_func):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        assert space is self.space
        self.code = code
        self.w_globals = w_globals
        self.w_locals = None      # the NAME-ops dict, for module/class bodies
        self.w_func = w_func
        self.locals_cells_stack_w = [None] * (code.nlocals + code.ncells +
                                              code.stacksize)
        self.stackdepth = code.nlocals + code.ncells
        self.pc = 0
        self.w_handled = None     # the exception an except clause handles
        self.finished = False     # returned (or raised): can't be resumed

    # ------------------------------------------------------------ stack
    def push(self, w_value):
        depth = self.stackdepth
        self.locals_cells_stack_w[depth] = w_value
        self.stackdepth = depth + 1

    def pop(self):
        depth = self.stackdepth - 1
        assert depth >= 0
        w_value = self.locals_cells_stack_w[depth]
        self.locals_cells_stack_w[depth] = None
        self.stackdepth = depth
        return w_value

    def top(self):
        depth = self.stackdepth - 1
        assert depth >= 0
        return self.locals_cells_stack_w[depth]

    def peek(self, n):
        """The value n below the top (0 is the top)."""
        depth = self.stackdepth - 1 - n
        assert depth >= 0
        return self.locals_cells_stack_w[depth]

    @jit.unroll_safe
    def popvalues(self, n):
        values_w = [None] * n
        while n > 0:
            n -= 1
            values_w[n] = self.pop()
        return values_w

    @jit.unroll_safe
    def drop_to(self, depth):
        while self.stackdepth > depth:
            self.pop()

    # ------------------------------------------------------------ arguments
    @jit.unroll_safe
    def bind_arguments(self, w_func, args_w, kwnames):
        """Fill the parameters from a call, as CPython 3 binds them
        (positional, keywords, defaults, *args, **kwargs, keyword-only,
        positional-only); TypeError in MicroPython's words otherwise."""
        space = self.space
        code = self.code
        argcount = code.argcount
        nkw = 0 if kwnames is None else len(kwnames)
        npos = len(args_w) - nkw
        flags = code.flags
        if npos > argcount and not (flags & CO_VARARGS):
            raise space.type_error(
                "function takes %d positional arguments but %d were given"
                % (argcount, npos))
        n = min(npos, argcount)
        assert n >= 0
        for i in range(n):
            self.locals_cells_stack_w[i] = args_w[i]
        next_slot = argcount + code.kwonlyargcount
        assert next_slot >= 0
        if flags & CO_VARARGS:
            extra = []
            if npos > argcount:
                assert argcount >= 0
                extra = args_w[argcount:npos]
            self.locals_cells_stack_w[next_slot] = space.newtuple(extra)
            next_slot += 1
        w_kwargs = None
        if flags & CO_VARKEYWORDS:
            w_kwargs = space.newdict()
            self.locals_cells_stack_w[next_slot] = w_kwargs
        for k in range(nkw):
            name = kwnames[k]
            w_value = args_w[npos + k]
            index = -1
            for j in range(code.posonlyargcount, argcount + code.kwonlyargcount):
                if code.varnames[j] == name:
                    index = j
                    break
            if index < 0:
                if w_kwargs is None:
                    raise space.type_error("unexpected keyword argument '%s'"
                                           % name)
                w_kwargs.setitem(space.newtext(name), w_value)
                continue
            assert index >= 0
            if self.locals_cells_stack_w[index] is not None:
                raise space.type_error("function got multiple values for "
                                       "argument '%s'" % name)
            self.locals_cells_stack_w[index] = w_value
        if n < argcount or nkw > 0 or code.kwonlyargcount:
            self.fill_defaults(w_func, n)

    @jit.unroll_safe
    def fill_defaults(self, w_func, first):
        space = self.space
        code = self.code
        argcount = code.argcount
        defaults_w = w_func.defaults_w
        ndefaults = len(defaults_w)
        missing = 0
        for i in range(first, argcount):
            assert i >= 0
            if self.locals_cells_stack_w[i] is None:
                d = i - (argcount - ndefaults)
                if d >= 0:
                    self.locals_cells_stack_w[i] = defaults_w[d]
                else:
                    missing += 1
        if missing:
            raise space.type_error("function missing %d required positional "
                                   "arguments" % missing)
        for i in range(argcount, argcount + code.kwonlyargcount):
            assert i >= 0
            if self.locals_cells_stack_w[i] is None:
                w_default = None
                if w_func.w_kwdefaults is not None:
                    w_default = w_func.w_kwdefaults.getitem(
                        space.newtext(code.varnames[i]))
                if w_default is None:
                    raise space.type_error("function missing required keyword "
                                           "argument '%s'" % code.varnames[i])
                self.locals_cells_stack_w[i] = w_default

    @jit.unroll_safe
    def init_cells(self, closure):
        """Make the frame's cells: new ones for cellvars (a parameter's
        value moves into its cell), the closure's for freevars."""
        code = self.code
        base = code.nlocals
        for i in range(len(code.cellvars)):
            w_init = None
            arg = code.cell_of_arg[i]
            if arg >= 0:
                w_init = self.locals_cells_stack_w[arg]
            self.locals_cells_stack_w[base + i] = W_CellObject(w_init)
        if closure is not None:
            base += len(code.cellvars)
            for i in range(len(closure)):
                self.locals_cells_stack_w[base + i] = closure[i]

    # ------------------------------------------------------------ running
    def setup_cells(self):
        if self.code.ncells:
            closure = None
            if self.w_func is not None:
                closure = self.w_func.closure
            self.init_cells(closure)

    def run(self):
        """Run the frame to completion and return its result."""
        self.setup_cells()
        return self.resume()

    def resume(self):
        """Run from self.pc until the frame returns or yields; return the
        value returned or yielded (self.finished tells which)."""
        space = self.space
        space.call_depth += 1
        # the running frame, for globals()/locals()/exec (a virtual ref:
        # the JIT keeps the frame virtual unless one of those reads it)
        backref = space.topframeref
        space.topframeref = jit.virtual_ref(self)
        try:
            if space.call_depth > space.max_call_depth:
                raise space.error(space.w_RecursionError,
                                  "maximum recursion depth exceeded")
            if space.sched_pending:
                space.run_scheduled()
            return self.execute()
        except StackOverflow:
            rstackovf.check_stack_overflow()
            raise space.error(space.w_RecursionError,
                              "maximum recursion depth exceeded")
        finally:
            space.call_depth -= 1
            frame_vref = space.topframeref
            space.topframeref = backref
            jit.virtual_ref_finish(frame_vref, self)

    def execute(self):
        code = self.code
        pc = self.pc
        # The stack depth at a resumed generator's pc is fixed by its code,
        # so a trace may take it as a constant: the frame's stack slots are
        # then at constant indices, and what is pushed is known when popped.
        # (A new frame's depth is a constant already; the outermost trace
        # starts at the merge point, after this.)
        self.stackdepth = jit.promote(self.stackdepth)
        while True:
            jitdriver.jit_merge_point(pc=pc, code=code, frame=self)
            try:
                pc = self.step(code, pc)
            except Return:
                self.finished = True
                return self.pop()
            except Yield:
                return self.pop()
            except OperationError as e:
                pc = self.handle_error(code, e)
            except StackOverflow:
                rstackovf.check_stack_overflow()
                pc = self.handle_error(code, self.space.error(
                    self.space.w_RecursionError,
                    "maximum recursion depth exceeded"))
            except MemoryError:
                pc = self.handle_error(code, self.space.memory_error())
            if pc < 0:
                # a backward jump: let the JIT enter here, unless Ctrl-C
                # was pressed (one memory read when it wasn't)
                pc = -pc - 1
                if signals.pending():
                    pc = self.handle_error(code, signals.interrupt(self.space))
                else:
                    jitdriver.can_enter_jit(pc=pc, code=code, frame=self)

    @jit.unroll_safe
    def handle_error(self, code, e):
        """Find the handler for the instruction at self.pc, or re-raise."""
        pc = self.pc
        table = code.exc_table
        i = 0
        while i < len(table):
            if table[i] <= pc < table[i + 1]:
                self.drop_to(code.nlocals + code.ncells + table[i + 3])
                self.push(e.w_value)
                if e.traceback is None or e.traceback.code is not code:
                    e.record_frame(code, code.line_at(pc))
                self.space.attach_traceback(e)
                return table[i + 2]
            i += 4
        if e.traceback is None or e.traceback.code is not code \
                or e.traceback.lineno != code.line_at(pc):
            e.record_frame(code, code.line_at(pc))
        raise e

    @jit.unroll_safe
    def step(self, code, pc):
        """Execute the instruction at pc; return the next pc, or -(pc+1)
        after a backward jump (a loop header for the JIT)."""
        self.pc = pc
        s = code.code
        op = ord(s[pc])
        if op >= bc.HAVE_ARGUMENT:
            arg = ord(s[pc + 1]) | (ord(s[pc + 2]) << 8)
            pc += 3
            while op == bc.EXTENDED_ARG:
                op = ord(s[pc])
                arg = (arg << 16) | ord(s[pc + 1]) | (ord(s[pc + 2]) << 8)
                pc += 3
            assert arg >= 0
        else:
            arg = 0
            pc += 1
        space = self.space

        if op == bc.LOAD_FAST:
            w_value = self.locals_cells_stack_w[arg]
            if w_value is None:
                raise self.unbound_local(arg)
            self.push(w_value)
        elif op == bc.LOAD_CONST:
            self.push(code.consts_w[arg])
        elif op == bc.STORE_FAST:
            self.locals_cells_stack_w[arg] = self.pop()
        elif op == bc.POP_TOP:
            self.pop()
        elif op == bc.BINARY_OP:
            self.binary_op(arg, False)
        elif op == bc.INPLACE_OP:
            self.binary_op(arg, True)
        elif op == bc.COMPARE_OP:
            w_res = self.compare_op(arg)
            # COMPARE_OP + POP_JUMP_IF_FALSE/TRUE (every `if a < b`, `while
            # i < n`) runs as one instruction when the result is a bool:
            # one dispatch, no push and pop, no truth test
            nextop = ord(s[pc])
            if nextop == bc.POP_JUMP_IF_FALSE or nextop == bc.POP_JUMP_IF_TRUE:
                if w_res is space.w_True or w_res is space.w_False:
                    if (w_res is space.w_True) == (nextop == bc.POP_JUMP_IF_TRUE):
                        return ord(s[pc + 1]) | (ord(s[pc + 2]) << 8)
                    return pc + 3
            self.push(w_res)
        elif op == bc.POP_JUMP_IF_FALSE:
            if not space.is_true(self.pop()):
                return arg
        elif op == bc.POP_JUMP_IF_TRUE:
            if space.is_true(self.pop()):
                return arg
        elif op == bc.JUMP_FORWARD:
            return arg
        elif op == bc.JUMP_ABSOLUTE:
            if space.sched_pending:
                space.run_scheduled()
            return -arg - 1
        elif op == bc.FOR_ITER:
            w_item = space.next(self.top())
            if w_item is None:
                self.pop()
                return arg
            self.push(w_item)
        elif op == bc.LOAD_GLOBAL:
            self.push(self.load_global(code, arg))
        elif op == bc.LOAD_ATTR:
            w_obj = self.pop()
            self.push(space.getattr(w_obj, code.names[arg]))
        elif op == bc.LOAD_METHOD:
            self.load_method(code.names[arg])
        elif op == bc.CALL_METHOD:
            self.call_method(arg)
        elif op == bc.CALL_FUNCTION:
            self.call_function(arg)
        elif op == bc.RETURN_VALUE:
            raise Return
        elif op == bc.BINARY_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            self.push(space.getitem(w_obj, w_index))
        elif op == bc.STORE_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            w_value = self.pop()
            space.setitem(w_obj, w_index, w_value)
        elif op == bc.DELETE_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            space.delitem(w_obj, w_index)
        elif op == bc.LOAD_NAME:
            self.push(self.load_name(code, arg))
        elif op == bc.STORE_NAME:
            self.locals_dict().setitem(code.names_w[arg], self.pop())
        elif op == bc.DELETE_NAME:
            w_dict = self.locals_dict()
            if w_dict.getitem(code.names_w[arg]) is None:
                raise self.name_error(code.names[arg])
            w_dict.descr_delitem(space, code.names_w[arg])
        elif op == bc.STORE_GLOBAL:
            self.w_globals.setitem(code.names_w[arg], self.pop())
        elif op == bc.DELETE_GLOBAL:
            if self.w_globals.getitem(code.names_w[arg]) is None:
                raise self.name_error(code.names[arg])
            self.w_globals.descr_delitem(space, code.names_w[arg])
        elif op == bc.DELETE_FAST:
            if self.locals_cells_stack_w[arg] is None:
                raise self.unbound_local(arg)
            self.locals_cells_stack_w[arg] = None
        elif op == bc.LOAD_DEREF:
            self.load_deref(code, arg)
        elif op == bc.LOAD_CLASSDEREF:
            self.load_classderef(code, arg)
        elif op == bc.LOAD_BUILD_CLASS:
            self.push(space.w_build_class)
        elif op == bc.STORE_DEREF:
            cell = self.locals_cells_stack_w[code.nlocals + arg]
            assert isinstance(cell, W_CellObject)
            cell.w_value = self.pop()
        elif op == bc.DELETE_DEREF:
            self.load_deref(code, arg)      # NameError if already unbound
            self.pop()
            cell = self.locals_cells_stack_w[code.nlocals + arg]
            assert isinstance(cell, W_CellObject)
            cell.w_value = None
        elif op == bc.LOAD_CLOSURE:
            self.push(self.locals_cells_stack_w[code.nlocals + arg])
        elif op == bc.STORE_ATTR:
            w_obj = self.pop()
            w_value = self.pop()
            space.setattr(w_obj, code.names[arg], w_value)
        elif op == bc.DELETE_ATTR:
            w_obj = self.pop()
            space.delattr(w_obj, code.names[arg])
        elif op == bc.DUP_TOP:
            self.push(self.top())
        elif op == bc.DUP_TOP_TWO:
            w_1 = self.peek(1)
            w_0 = self.peek(0)
            self.push(w_1)
            self.push(w_0)
        elif op == bc.ROT_TWO:
            w_0 = self.pop()
            w_1 = self.pop()
            self.push(w_0)
            self.push(w_1)
        elif op == bc.ROT_THREE:
            w_0 = self.pop()
            w_1 = self.pop()
            w_2 = self.pop()
            self.push(w_0)
            self.push(w_2)
            self.push(w_1)
        elif op == bc.UNARY_NOT:
            self.push(space.newbool(not space.is_true(self.pop())))
        elif op == bc.UNARY_NEGATIVE:
            self.push(space.neg(self.pop()))
        elif op == bc.UNARY_POSITIVE:
            self.push(space.pos(self.pop()))
        elif op == bc.UNARY_INVERT:
            self.push(space.invert(self.pop()))
        elif op == bc.GET_ITER:
            self.push(space.iter(self.pop()))
        elif op == bc.JUMP_IF_FALSE_OR_POP:
            if not space.is_true(self.top()):
                return arg
            self.pop()
        elif op == bc.JUMP_IF_TRUE_OR_POP:
            if space.is_true(self.top()):
                return arg
            self.pop()
        elif op == bc.BUILD_TUPLE:
            self.push(space.newtuple(self.popvalues(arg)))
        elif op == bc.BUILD_LIST:
            self.push(space.newlist(self.popvalues(arg)))
        elif op == bc.BUILD_SET:
            self.push(space.newset(self.popvalues(arg)))
        elif op == bc.BUILD_MAP:
            self.build_map(arg)
        elif op == bc.BUILD_SLICE:
            w_step = self.pop() if arg == 3 else space.w_None
            w_stop = self.pop()
            w_start = self.pop()
            self.push(space.newslice(w_start, w_stop, w_step))
        elif op == bc.LIST_APPEND:
            w_value = self.pop()
            w_list = self.peek(arg - 1)
            assert isinstance(w_list, W_ListObject)
            w_list.items_w.append(w_value)
        elif op == bc.LIST_EXTEND:
            w_iterable = self.pop()
            w_list = self.peek(arg - 1)
            assert isinstance(w_list, W_ListObject)
            w_list.items_w.extend(space.unpackiterable(w_iterable))
        elif op == bc.LIST_TO_TUPLE:
            w_list = self.pop()
            assert isinstance(w_list, W_ListObject)
            self.push(space.newtuple(w_list.items_w[:]))
        elif op == bc.SET_ADD:
            w_value = self.pop()
            space.set_add(self.peek(arg - 1), w_value)
        elif op == bc.SET_UPDATE:
            w_iterable = self.pop()
            space.set_update(self.peek(arg - 1), w_iterable)
        elif op == bc.MAP_ADD:
            w_value = self.pop()
            w_key = self.pop()
            w_dict = self.peek(arg - 1)
            space.setitem(w_dict, w_key, w_value)
        elif op == bc.DICT_UPDATE:
            self.dict_update(arg)
        elif op == bc.UNPACK_SEQUENCE:
            self.unpack_sequence(arg)
        elif op == bc.UNPACK_EX:
            self.unpack_ex(arg & 0xFF, arg >> 8)
        elif op == bc.CALL_FUNCTION_KW:
            self.call_function_kw(arg)
        elif op == bc.CALL_FUNCTION_EX:
            self.call_function_ex(arg)
        elif op == bc.MAKE_FUNCTION:
            self.make_function(arg)
        elif op == bc.RAISE_VARARGS:
            self.raise_varargs(arg)
        elif op == bc.PUSH_EXC_INFO:
            # the exception being handled is the VM's (sys.exc_info), so
            # the one to restore is too
            w_exc = self.pop()
            w_prev = space.w_exc_info
            self.push(space.w_None if w_prev is None else w_prev)
            self.push(w_exc)
            self.w_handled = w_exc
            space.w_exc_info = w_exc
        elif op == bc.POP_EXCEPT:
            w_prev = self.pop()
            self.w_handled = None if w_prev is space.w_None else w_prev
            space.w_exc_info = self.w_handled
        elif op == bc.RERAISE:
            w_exc = self.pop()
            e = OperationError(w_exc)
            e.traceback = space.last_traceback_of(w_exc)
            raise e
        elif op == bc.JUMP_IF_NOT_EXC_MATCH:
            w_check = self.pop()
            w_exc = self.pop()
            if not space.exception_match(w_exc, w_check):
                return arg
        elif op == bc.PRINT_EXPR:
            w_value = self.pop()
            if w_value is not space.w_None:
                space.write_stdout(space.repr_w(w_value) + '\n')
                space.w_builtins_dict.setitem(space.newtext('_'), w_value)
        elif op == bc.FORMAT_VALUE:
            self.format_value(arg)
        elif op == bc.BUILD_STRING:
            parts = [space.text_w(w) for w in self.popvalues(arg)]
            self.push(space.newtext(''.join(parts)))
        elif op == bc.YIELD_VALUE:
            self.pc = pc
            raise Yield
        elif op == bc.YIELD_FROM:
            return self.yield_from(pc, arg)
        elif op == bc.GET_YIELD_FROM_ITER:
            w_iterable = self.pop()
            from objspace.generatorobject import W_Generator
            if not isinstance(w_iterable, W_Generator):
                w_iterable = space.iter(w_iterable)
            self.push(w_iterable)
        elif op == bc.BEFORE_WITH:
            self.before_with()
        elif op == bc.GET_AWAITABLE:
            from objspace.generatorobject import get_awaitable
            self.push(get_awaitable(space, self.pop()))
        elif op == bc.GET_AITER:
            self.get_aiter()
        elif op == bc.GET_ANEXT:
            self.get_anext()
        elif op == bc.BEFORE_ASYNC_WITH:
            self.before_async_with()
        elif op == bc.ASYNC_GEN_WRAP:
            from objspace.generatorobject import W_AsyncGenWrappedValue
            self.push(W_AsyncGenWrappedValue(self.pop()))
        elif op == bc.WITH_EXCEPT_START:
            w_exc = self.peek(0)
            w_exit = self.peek(2)
            self.push(space.call_function(w_exit, [space.type(w_exc), w_exc,
                                                   space.w_None]))
        elif op == bc.IMPORT_NAME:
            from objspace.importing import import_name
            w_fromlist = self.pop()
            level = space.int_w(self.pop())
            self.push(import_name(space, code.names[arg], self.w_globals,
                                  w_fromlist, level))
        elif op == bc.IMPORT_FROM:
            from objspace.importing import import_from
            self.push(import_from(space, self.top(), code.names[arg]))
        elif op == bc.IMPORT_STAR:
            from objspace.importing import import_star
            import_star(space, self.pop(), self.locals_dict())
        elif op == bc.NOP:
            pass
        else:
            raise space.error(space.w_RuntimeError, "unknown opcode %d" % op)
        return pc

    # ------------------------------------------------------------ opcodes
    def unbound_local(self, index):
        return self.space.error(
            self.space.w_NameError,
            "local variable '%s' referenced before assignment"
            % self.code.varnames[index])

    def name_error(self, name):
        return self.space.name_error("name '%s' isn't defined" % name)

    def locals_dict(self):
        w_locals = self.w_locals
        if w_locals is None:
            return self.w_globals
        return w_locals

    def load_name(self, code, arg):
        w_key = code.names_w[arg]
        if self.w_locals is not None:
            w_value = self.w_locals.getitem(w_key)
            if w_value is not None:
                return w_value
        return self.load_global(code, arg)

    def load_global(self, code, arg):
        """A global or builtin name.  With versioned globals and builtins
        (module dicts are), the JIT constant-folds the lookup behind their
        quasi-immutable versions, and the interpreter keeps the value in the
        code object's inline cache, valid while both versions are."""
        space = self.space
        w_globals = self.w_globals
        version = w_globals.version
        w_builtins = space.w_builtins_dict
        bversion = w_builtins.version
        if version is not None and bversion is not None:
            if jit.we_are_jitted():
                w_globals = jit.promote(w_globals)
                w_value = _lookup_global_pure(w_globals, w_globals.version,
                                              w_builtins, w_builtins.version,
                                              code.names[arg])
            else:
                w_value = code.cached_global(arg, version, bversion)
                if w_value is None:
                    w_value = lookup_global(w_globals, w_builtins,
                                            code.names_w[arg])
                    if w_value is not None:
                        code.cache_global(arg, version, bversion, w_value)
        else:
            w_value = lookup_global(w_globals, w_builtins, code.names_w[arg])
        if w_value is None:
            raise self.name_error(code.names[arg])
        return w_value

    def load_deref(self, code, arg):
        cell = self.locals_cells_stack_w[code.nlocals + arg]
        assert isinstance(cell, W_CellObject)
        if cell.w_value is None:
            ncellvars = len(code.cellvars)
            if arg < ncellvars:
                name = code.cellvars[arg]
            else:
                name = code.freevars[arg - ncellvars]
            raise self.space.name_error(
                "free variable '%s' referenced before assignment" % name)
        self.push(cell.w_value)

    def before_with(self):
        space = self.space
        w_ctx = self.pop()
        w_type = space.type(w_ctx)
        w_enter = w_type.lookup('__enter__')
        w_exit = w_type.lookup('__exit__')
        if w_enter is None or w_exit is None:
            raise space.error(space.w_AttributeError, "__enter__"
                              if w_enter is None else "__exit__")
        self.push(w_exit.get_descr(space, w_ctx, w_type))
        self.push(space.call_bound(w_enter, w_ctx, []))

    def get_aiter(self):
        space = self.space
        w_obj = self.pop()
        w_method = space.type(w_obj).lookup('__aiter__')
        if w_method is None:
            raise space.type_error("'async for' requires an object with "
                                   "__aiter__ method, got %s"
                                   % space.type_name(w_obj))
        self.push(space.call_bound(w_method, w_obj, []))

    def get_anext(self):
        from objspace.generatorobject import get_awaitable
        space = self.space
        w_aiter = self.top()
        w_method = space.type(w_aiter).lookup('__anext__')
        if w_method is None:
            raise space.type_error("'async for' requires an iterator with "
                                   "__anext__ method, got %s"
                                   % space.type_name(w_aiter))
        self.push(get_awaitable(space,
                                space.call_bound(w_method, w_aiter, [])))

    def before_async_with(self):
        space = self.space
        w_ctx = self.pop()
        w_type = space.type(w_ctx)
        w_enter = w_type.lookup('__aenter__')
        w_exit = w_type.lookup('__aexit__')
        if w_enter is None or w_exit is None:
            raise space.error(space.w_AttributeError, "__aenter__"
                              if w_enter is None else "__aexit__")
        self.push(w_exit.get_descr(space, w_ctx, w_type))
        self.push(space.call_bound(w_enter, w_ctx, []))

    def yield_from(self, next_pc, arg):
        """YIELD_FROM: send TOS into the iterator below it; yield what it
        yields (re-running this instruction on resume), or push its return
        value when it is exhausted (PEP 380)."""
        from objspace.generatorobject import W_Sendable
        from objspace.instanceobject import W_InstanceObject
        space = self.space
        w_sent = self.pop()
        w_iter = self.top()
        if isinstance(w_iter, W_Sendable):
            w_item = w_iter.send_ex(w_sent, None)
            if w_iter.is_exhausted():
                self.pop()
                self.push(w_item)
                return next_pc
        elif space.is_none(w_sent) and not isinstance(w_iter,
                                                      W_InstanceObject):
            w_item = space.next(w_iter)
            if w_item is None:
                self.pop()
                self.push(space.w_None)
                return next_pc
        else:
            # a Python-level iterator: its StopIteration carries the result
            try:
                if space.is_none(w_sent):
                    w_item = space.call_function(
                        space.getattr(w_iter, '__next__'), [])
                else:
                    w_item = space.call_function(
                        space.getattr(w_iter, 'send'), [w_sent])
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                self.pop()
                self.push(space.stop_iteration_value(e.w_value))
                return next_pc
        self.push(w_item)
        raise Yield

    def load_classderef(self, code, arg):
        """A free variable read in a class body: the class namespace first,
        then the enclosing function's cell."""
        ncellvars = len(code.cellvars)
        if arg >= ncellvars and self.w_locals is not None:
            name = code.freevars[arg - ncellvars]
            w_value = self.w_locals.getitem(self.space.newtext(name))
            if w_value is not None:
                self.push(w_value)
                return
        self.load_deref(code, arg)

    @always_inline
    def binary_op(self, index, inplace):
        """Pop b and a, push `a op b` (op: bytecode.BINARY_OPS[index]);
        word-sized int + - * inline in the eval loop, the rest through
        binary_op_slow."""
        w_b = self.pop()
        w_a = self.pop()
        # small-int fast paths (no dispatch, no reflected lookup)
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject and index <= 2:
            a = w_a.intval
            b = w_b.intval
            try:
                if index == 0:
                    c = ovfcheck(a + b)
                elif index == 1:
                    c = ovfcheck(a - b)
                else:
                    c = ovfcheck(a * b)
            except OverflowError:
                pass
            else:
                self.push(W_IntObject(c))
                return
        self.binary_op_slow(index, inplace, w_a, w_b)

    def binary_op_slow(self, index, inplace, w_a, w_b):
        space = self.space
        if inplace:
            if index == 0:
                self.push(space.inplace_add(w_a, w_b))
                return
            elif index == 2:
                self.push(space.inplace_mul(w_a, w_b))
                return
            w_res = w_a.descr_inplace(space, index, w_b)
            if w_res is not None:
                self.push(w_res)
                return
        self.push(space.binary_op_by_index(index, w_a, w_b))

    def compare_op(self, index):
        """Pop b and a; the result of comparison `index` (bytecode.COMPARE_OPS)."""
        space = self.space
        w_b = self.pop()
        w_a = self.pop()
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            a = w_a.intval
            b = w_b.intval
            if index == 0:
                return space.newbool(a < b)
            elif index == 1:
                return space.newbool(a <= b)
            elif index == 2:
                return space.newbool(a == b)
            elif index == 3:
                return space.newbool(a != b)
            elif index == 4:
                return space.newbool(a > b)
            elif index == 5:
                return space.newbool(a >= b)
        if index == 0:
            w_res = space.lt(w_a, w_b)
        elif index == 1:
            w_res = space.le(w_a, w_b)
        elif index == 2:
            w_res = space.eq(w_a, w_b)
        elif index == 3:
            w_res = space.ne(w_a, w_b)
        elif index == 4:
            w_res = space.gt(w_a, w_b)
        elif index == 5:
            w_res = space.ge(w_a, w_b)
        elif index == 6:
            w_res = space.newbool(space.contains_w(w_b, w_a))
        elif index == 7:
            w_res = space.newbool(not space.contains_w(w_b, w_a))
        elif index == 8:
            w_res = space.newbool(space.is_w(w_a, w_b))
        else:
            w_res = space.newbool(not space.is_w(w_a, w_b))
        return w_res

    def load_method(self, name):
        """Push (function, self) for a method found on the type, so that
        CALL_METHOD needs no bound-method object; else (attribute, None)."""
        space = self.space
        w_obj = self.pop()
        w_descr = space.lookup_method(w_obj, name)
        if w_descr is not None:
            self.push(w_descr)
            self.push(w_obj)
        else:
            self.push(space.getattr(w_obj, name))
            self.push(None)

    def call_method(self, nargs):
        """CALL_METHOD: the stack holds function, self (or None: a plain
        callable, see load_method) and nargs arguments."""
        if self.peek(nargs) is not None:
            args_w = self.popvalues(nargs + 1)      # self first
        else:
            args_w = self.popvalues(nargs)
            self.pop()
        w_func = self.pop()
        self.push(self.space.call(w_func, args_w, None))

    def call_function(self, nargs):
        args_w = self.popvalues(nargs)
        w_func = self.pop()
        self.push(self.space.call(w_func, args_w, None))

    @jit.unroll_safe
    def call_function_kw(self, nargs):
        space = self.space
        w_names = self.pop()
        assert isinstance(w_names, W_TupleObject)
        # the names are a constant of the code: in traces these fold
        kwnames = [_kwname(space, w_names, i)
                   for i in range(_kwcount(w_names))]
        args_w = self.popvalues(nargs)
        w_func = self.pop()
        self.push(space.call(w_func, args_w, kwnames))

    def call_function_ex(self, flags):
        space = self.space
        w_kwargs = self.pop() if flags & 1 else None
        w_args = self.pop()
        w_func = self.pop()
        self.push(call_with_star_args(space, w_func, w_args, w_kwargs))

    @jit.unroll_safe
    def build_map(self, n):
        space = self.space
        values_w = self.popvalues(2 * n)
        w_dict = space.newdict()
        for i in range(n):
            w_dict.setitem(values_w[2 * i], values_w[2 * i + 1])
        self.push(w_dict)

    def dict_update(self, depth):
        from objspace.dictobject import update_from
        space = self.space
        w_other = self.pop()
        w_dict = self.peek(depth - 1)
        assert isinstance(w_dict, W_DictObject)
        if not isinstance(w_other, W_DictObject):
            raise space.type_error("argument after ** must be a mapping, not "
                                   "%s" % space.type_name(w_other))
        update_from(space, w_dict, w_other)

    @jit.unroll_safe
    def unpack_sequence(self, n):
        space = self.space
        w_seq = self.pop()
        # exact tuples and lists: no copy (and no call in JIT code)
        if type(w_seq) is W_TupleObject:
            tuple_w = w_seq.items_w
            if len(tuple_w) != n:
                self.unpack_error(n, len(tuple_w))
            for i in range(n - 1, -1, -1):
                self.push(tuple_w[i])
            return
        if type(w_seq) is W_ListObject:
            list_w = w_seq.items_w
            if len(list_w) != n:
                self.unpack_error(n, len(list_w))
            for i in range(n - 1, -1, -1):
                self.push(list_w[i])
            return
        items_w = space.unpackiterable(w_seq)
        if len(items_w) != n:
            self.unpack_error(n, len(items_w))
        for i in range(n - 1, -1, -1):
            self.push(items_w[i])

    @jit.unroll_safe
    def unpack_ex(self, before, after):
        space = self.space
        items_w = space.unpackiterable(self.pop())
        if len(items_w) < before + after:
            raise space.value_error("need more than %d values to unpack"
                                    % len(items_w))
        end = len(items_w) - after
        assert before >= 0 and end >= before
        for i in range(len(items_w) - 1, end - 1, -1):
            self.push(items_w[i])
        self.push(space.newlist(items_w[before:end]))
        for i in range(before - 1, -1, -1):
            self.push(items_w[i])

    def unpack_error(self, expected, got):
        space = self.space
        if got < expected:
            raise space.value_error("need more than %d values to unpack" % got)
        raise space.value_error("too many values to unpack (expected %d)"
                                % expected)

    @jit.unroll_safe
    def make_function(self, flags):
        space = self.space
        w_code = self.pop()
        from interp.code import W_Code
        assert isinstance(w_code, W_Code)
        closure = None
        if flags & 8:
            w_closure = self.pop()
            assert isinstance(w_closure, W_TupleObject)
            closure = []
            for w_cell in w_closure.items_w:
                assert isinstance(w_cell, W_CellObject)
                closure.append(w_cell)
        w_kwdefaults = None
        if flags & 2:
            w_kw = self.pop()
            assert isinstance(w_kw, W_DictObject)
            w_kwdefaults = w_kw
        defaults_w = []
        if flags & 1:
            w_defaults = self.pop()
            assert isinstance(w_defaults, W_TupleObject)
            defaults_w = w_defaults.items_w
        if self.space.heap_locked:
            raise self.space.heap_locked_error()
        self.push(W_Function(w_code, self.w_globals, defaults_w, w_kwdefaults,
                             closure, w_code.name, w_code.qualname))

    def raise_varargs(self, nargs):
        space = self.space
        if nargs == 0:
            w_exc = self.w_handled
            if w_exc is None:
                raise space.error(space.w_RuntimeError,
                                  "No active exception to reraise")
            e = OperationError(w_exc)
            e.traceback = space.last_traceback_of(w_exc)
            raise e
        w_cause = None
        if nargs == 2:
            w_cause = self.pop()
        w_exc = space.make_exception_instance(self.pop())
        if w_cause is not None and isinstance(w_exc, W_BaseException):
            if not space.is_none(w_cause):
                w_cause = space.make_exception_instance(w_cause)
            w_exc.w_cause = w_cause
        raise OperationError(w_exc)

    def format_value(self, arg):
        from objspace.formatting import format_spec, convert_field
        space = self.space
        spec = ''
        if arg & 4:
            spec = space.text_w(self.pop())
        w_value = self.pop()
        conv = arg & 3
        if conv == 1:
            w_value = space.str(w_value)
        elif conv == 2:
            w_value = space.repr(w_value)
        elif conv == 3:
            w_value = convert_field(space, w_value, 'a')
        if spec == '' and type(w_value) is W_StrObject:
            self.push(w_value)
        else:
            self.push(space.newtext(format_spec(space, w_value, spec)))
