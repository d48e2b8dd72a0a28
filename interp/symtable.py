"""Symbol tables: which scope each name of each block belongs to.

Walks the AST once, making a Scope per module, function, lambda, class body
and comprehension, then resolves every name to LOCAL, CELL, FREE,
GLOBAL_EXPLICIT or GLOBAL_IMPLICIT as CPython 3 does (class bodies don't
expose their names to the functions inside them).  Misuse of global,
nonlocal, return, yield and await raises CompileError with CPython's words.
"""
from interp import ast
from interp.error import CompileError

# name flags collected while walking
DEF_LOCAL = 1       # assigned, imported, def'd, or a loop/with/except target
DEF_PARAM = 2
DEF_GLOBAL = 4
DEF_NONLOCAL = 8
USE = 16

# resolved scopes
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5


class Scope(object):
    """One block: kind is 'module', 'function', 'lambda', 'class' or
    'comprehension' (functions, lambdas and comprehensions are all
    'optimized': their locals live in the frame's fast slots)."""

    def __init__(self, name, kind, lineno):
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.symbols = {}       # name -> DEF_* | USE flags
        self.order = []         # names in first-seen order
        self.params = []        # parameter names, in order
        self.scopes = {}        # name -> resolved scope
        self.children = []
        self.is_generator = False
        self.is_coroutine = False
        self.has_return_value = False
        self.return_value_node = None
        self.cellvars = []
        self.freevars = []
        self.qualname = name

    def is_optimized(self):
        return self.kind != 'module' and self.kind != 'class'

    def note(self, name, flag):
        old = self.symbols.get(name, 0)
        if old == 0:
            self.order.append(name)
        self.symbols[name] = old | flag

    def lookup(self, name):
        return self.scopes.get(name, GLOBAL_IMPLICIT)


class SymbolTable(ast.Visitor):
    """Builds the scopes of a tree: `SymbolTable(tree).scope_of(node)`."""

    def __init__(self, tree):
        self.scope_map = {}
        self.stack = []
        self.loop_depth = 0
        self.top = Scope('<module>', 'module', 1)
        self.scope_map[tree] = self.top
        self.stack.append(self.top)
        if isinstance(tree, ast.Module):
            self.visit_body(tree.body)
        elif isinstance(tree, ast.Expression):
            tree.body.accept(self)
        self.stack.pop()
        self._resolve(self.top, {})

    def scope_of(self, node):
        return self.scope_map[node]

    def error(self, msg, node):
        raise CompileError(msg, node.lineno, node.col)

    # ------------------------------------------------------------ resolve
    def _resolve(self, scope, bound):
        """Resolve scope's names given `bound` (names bound by enclosing
        function scopes); return the names free in scope."""
        free = {}
        for name in scope.order:
            flags = scope.symbols[name]
            if flags & DEF_GLOBAL:
                scope.scopes[name] = GLOBAL_EXPLICIT
            elif flags & DEF_NONLOCAL:
                if name not in bound:
                    raise CompileError("no binding for nonlocal '%s' found"
                                       % name, scope.lineno, 0)
                scope.scopes[name] = FREE
                free[name] = None
            elif flags & (DEF_LOCAL | DEF_PARAM):
                scope.scopes[name] = LOCAL
            elif name in bound:
                scope.scopes[name] = FREE
                free[name] = None
            else:
                scope.scopes[name] = GLOBAL_IMPLICIT
        child_bound = bound.copy()
        if scope.kind == 'class':
            child_bound['__class__'] = None
        if scope.is_optimized():
            for name in scope.order:
                if scope.scopes[name] == LOCAL:
                    child_bound[name] = None
        for child in scope.children:
            child_free = self._resolve(child, child_bound)
            for name in child_free:
                if scope.kind == 'class' and name == '__class__':
                    if name not in scope.cellvars:
                        scope.cellvars.append(name)
                    continue
                if scope.is_optimized() and scope.scopes.get(name, 0) == LOCAL:
                    scope.scopes[name] = CELL
                elif scope.scopes.get(name, 0) == GLOBAL_EXPLICIT:
                    pass
                else:
                    # passes through this scope to the child
                    if scope.kind == 'class' and name in scope.scopes:
                        if name not in scope.freevars:
                            scope.freevars.append(name)
                    elif name not in scope.scopes:
                        scope.scopes[name] = FREE
                        scope.order.append(name)
                    free[name] = None
        for name in scope.order:
            s = scope.scopes[name]
            if s == CELL and name not in scope.cellvars:
                scope.cellvars.append(name)
            elif s == FREE and name not in scope.freevars:
                scope.freevars.append(name)
        return free

    # ------------------------------------------------------------ helpers
    def visit_body(self, body):
        for stmt in body:
            stmt.accept(self)

    def visit_opt(self, node):
        if node is not None:
            node.accept(self)

    def visit_list(self, nodes):
        for node in nodes:
            if node is not None:
                node.accept(self)

    def define(self, name, flag, node):
        scope = self.stack[-1]
        old = scope.symbols.get(name, 0)
        if flag & (DEF_LOCAL | DEF_PARAM) and old & DEF_GLOBAL:
            pass   # assignment to a declared global is fine
        scope.note(name, flag)

    def new_scope(self, name, kind, node):
        scope = Scope(name, kind, node.lineno)
        parent = self.stack[-1]
        if parent.kind == 'module':
            scope.qualname = name
        elif parent.kind == 'class':
            scope.qualname = parent.qualname + '.' + name
        else:
            scope.qualname = parent.qualname + '.<locals>.' + name
        parent.children.append(scope)
        self.scope_map[node] = scope
        return scope

    def visit_arguments(self, args):
        scope = self.stack[-1]
        # CPython's layout of the parameters among the locals: positional,
        # keyword-only, then *args and **kwargs (interp/frame.py relies on it)
        all_args = args.posonlyargs + args.args + args.kwonlyargs
        if args.vararg is not None:
            all_args = all_args + [args.vararg]
        if args.kwarg is not None:
            all_args = all_args + [args.kwarg]
        for arg in all_args:
            if arg.arg in scope.symbols:
                raise CompileError("duplicate argument '%s' in function "
                                   "definition" % arg.arg, arg.lineno, arg.col)
            scope.note(arg.arg, DEF_PARAM)
            scope.params.append(arg.arg)

    def visit_defaults(self, args):
        self.visit_list(args.defaults)
        self.visit_list(args.kw_defaults)

    # ------------------------------------------------------------ statements
    def visit_FunctionDef(self, node):
        self.define(node.name, DEF_LOCAL, node)
        self.visit_list(node.decorators)
        self.visit_defaults(node.args)
        scope = self.new_scope(node.name, 'function', node)
        scope.is_coroutine = node.is_async
        self.stack.append(scope)
        saved = self.loop_depth
        self.loop_depth = 0
        self.visit_arguments(node.args)
        self.visit_body(node.body)
        if (scope.is_coroutine and scope.is_generator
                and scope.return_value_node is not None):
            self.error("'return' with value in async generator",
                       scope.return_value_node)
        self.loop_depth = saved
        self.stack.pop()

    def visit_ClassDef(self, node):
        self.define(node.name, DEF_LOCAL, node)
        self.visit_list(node.decorators)
        self.visit_list(node.bases)
        for kw in node.keywords:
            kw.value.accept(self)
        scope = self.new_scope(node.name, 'class', node)
        self.stack.append(scope)
        saved = self.loop_depth
        self.loop_depth = 0
        self.visit_body(node.body)
        self.loop_depth = saved
        self.stack.pop()

    def visit_Return(self, node):
        if not self.stack[-1].is_optimized() or self.stack[-1].kind == 'comprehension':
            self.error("'return' outside function", node)
        if node.value is not None:
            self.stack[-1].has_return_value = True
            if self.stack[-1].return_value_node is None:
                self.stack[-1].return_value_node = node
            node.value.accept(self)

    def visit_Delete(self, node):
        self.visit_list(node.targets)

    def visit_Assign(self, node):
        self.visit_list(node.targets)
        node.value.accept(self)

    def visit_AugAssign(self, node):
        node.target.accept(self)
        if isinstance(node.target, ast.Name):
            self.stack[-1].note(node.target.id, USE)
        node.value.accept(self)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            node.target.accept(self)
            node.value.accept(self)
        elif isinstance(node.target, ast.Name):
            pass   # a bare annotation binds nothing (MicroPython ignores it)
        else:
            node.target.accept(self)

    def _in_async_function(self, what, node):
        scope = self.stack[-1]
        if not scope.is_coroutine:
            if what == 'await' and not scope.is_optimized():
                self.error("'await' outside function", node)
            self.error("'%s' outside async function" % what, node)

    def visit_For(self, node):
        if node.is_async:
            self._in_async_function('async for', node)
        node.target.accept(self)
        node.iter.accept(self)
        self.loop_depth += 1
        self.visit_body(node.body)
        self.loop_depth -= 1
        self.visit_body(node.orelse)

    def visit_While(self, node):
        node.test.accept(self)
        self.loop_depth += 1
        self.visit_body(node.body)
        self.loop_depth -= 1
        self.visit_body(node.orelse)

    def visit_If(self, node):
        node.test.accept(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_With(self, node):
        if node.is_async:
            self._in_async_function('async with', node)
        for item in node.items:
            item.context_expr.accept(self)
            self.visit_opt(item.optional_vars)
        self.visit_body(node.body)

    def visit_Raise(self, node):
        self.visit_opt(node.exc)
        self.visit_opt(node.cause)

    def visit_Try(self, node):
        self.visit_body(node.body)
        for handler in node.handlers:
            self.visit_opt(handler.type)
            if handler.name is not None:
                self.define(handler.name, DEF_LOCAL, handler)
            self.visit_body(handler.body)
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    def visit_Assert(self, node):
        node.test.accept(self)
        self.visit_opt(node.msg)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.define(alias.asname, DEF_LOCAL, node)
            else:
                self.define(alias.name.split('.')[0], DEF_LOCAL, node)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.stack[-1].kind != 'module':
                    self.error("import * only allowed at module level", node)
                continue
            self.define(alias.asname if alias.asname is not None
                        else alias.name, DEF_LOCAL, node)

    def visit_Global(self, node):
        scope = self.stack[-1]
        for name in node.names:
            flags = scope.symbols.get(name, 0)
            if flags & DEF_PARAM:
                self.error("name '%s' is parameter and global" % name, node)
            if flags & DEF_NONLOCAL:
                self.error("name '%s' is nonlocal and global" % name, node)
            if flags & (DEF_LOCAL | USE):
                self.error("name '%s' is assigned to before global declaration"
                           % name, node)
            scope.note(name, DEF_GLOBAL)

    def visit_Nonlocal(self, node):
        scope = self.stack[-1]
        if scope.kind == 'module':
            self.error("nonlocal declaration not allowed at module level", node)
        for name in node.names:
            flags = scope.symbols.get(name, 0)
            if flags & DEF_PARAM:
                self.error("name '%s' is parameter and nonlocal" % name, node)
            if flags & DEF_GLOBAL:
                self.error("name '%s' is nonlocal and global" % name, node)
            if flags & (DEF_LOCAL | USE):
                self.error("name '%s' is assigned to before nonlocal "
                           "declaration" % name, node)
            scope.note(name, DEF_NONLOCAL)

    def visit_ExprStmt(self, node):
        node.value.accept(self)

    def visit_Pass(self, node):
        pass

    def visit_Break(self, node):
        if self.loop_depth == 0:
            self.error("'break' outside loop", node)

    def visit_Continue(self, node):
        if self.loop_depth == 0:
            self.error("'continue' not properly in loop", node)

    # ------------------------------------------------------------ expressions
    def visit_BoolOp(self, node):
        self.visit_list(node.values)

    def visit_NamedExpr(self, node):
        node.value.accept(self)
        # the target binds in the nearest non-comprehension scope
        target = node.target
        assert isinstance(target, ast.Name)
        i = len(self.stack) - 1
        while i > 0 and self.stack[i].kind == 'comprehension':
            i -= 1
        scope = self.stack[i]
        scope.note(target.id, DEF_LOCAL)
        if scope is not self.stack[-1]:
            for j in range(i + 1, len(self.stack)):
                self.stack[j].note(target.id, DEF_NONLOCAL
                                   if scope.is_optimized() else DEF_GLOBAL)

    def visit_BinOp(self, node):
        node.left.accept(self)
        node.right.accept(self)

    def visit_UnaryOp(self, node):
        node.operand.accept(self)

    def visit_Lambda(self, node):
        self.visit_defaults(node.args)
        scope = self.new_scope('<lambda>', 'lambda', node)
        self.stack.append(scope)
        self.visit_arguments(node.args)
        node.body.accept(self)
        scope.has_return_value = True
        self.stack.pop()

    def visit_IfExp(self, node):
        node.test.accept(self)
        node.body.accept(self)
        node.orelse.accept(self)

    def visit_Dict(self, node):
        self.visit_list(node.keys)
        self.visit_list(node.values)

    def visit_Set(self, node):
        self.visit_list(node.elts)

    def _comprehension(self, node, name, generators, elts):
        # the first iterable is evaluated in the enclosing scope
        generators[0].iter.accept(self)
        scope = self.new_scope(name, 'comprehension', node)
        self.stack.append(scope)
        scope.note('.0', DEF_PARAM)
        scope.params.append('.0')
        for i in range(len(generators)):
            gen = generators[i]
            gen.target.accept(self)
            if i > 0:
                gen.iter.accept(self)
            self.visit_list(gen.ifs)
        for elt in elts:
            elt.accept(self)
        self.stack.pop()
        return scope

    def visit_ListComp(self, node):
        self._comprehension(node, '<listcomp>', node.generators, [node.elt])

    def visit_SetComp(self, node):
        self._comprehension(node, '<setcomp>', node.generators, [node.elt])

    def visit_DictComp(self, node):
        self._comprehension(node, '<dictcomp>', node.generators,
                            [node.key, node.value])

    def visit_GeneratorExp(self, node):
        scope = self._comprehension(node, '<genexpr>', node.generators,
                                    [node.elt])
        scope.is_generator = True

    def _in_function(self, what, node):
        scope = self.stack[-1]
        if not scope.is_optimized():
            self.error("'%s' outside function" % what, node)
        return scope

    def visit_Await(self, node):
        self._in_async_function('await', node)
        node.value.accept(self)

    def visit_Yield(self, node):
        self._in_function('yield', node).is_generator = True
        self.visit_opt(node.value)

    def visit_YieldFrom(self, node):
        scope = self._in_function('yield', node)
        if scope.is_coroutine:
            self.error("'yield from' inside async function", node)
        scope.is_generator = True
        node.value.accept(self)

    def visit_Compare(self, node):
        node.left.accept(self)
        self.visit_list(node.comparators)

    def visit_Call(self, node):
        node.func.accept(self)
        self.visit_list(node.args)
        for kw in node.keywords:
            kw.value.accept(self)

    def visit_FormattedValue(self, node):
        node.value.accept(self)
        self.visit_opt(node.format_spec)

    def visit_JoinedStr(self, node):
        self.visit_list(node.values)

    def visit_Num(self, node):
        pass

    def visit_Float(self, node):
        pass

    def visit_Imag(self, node):
        pass

    def visit_Str(self, node):
        pass

    def visit_Bytes(self, node):
        pass

    def visit_NameConstant(self, node):
        pass

    def visit_EllipsisConst(self, node):
        pass

    def visit_Attribute(self, node):
        node.value.accept(self)

    def visit_Subscript(self, node):
        node.value.accept(self)
        node.slice.accept(self)

    def visit_Slice(self, node):
        self.visit_opt(node.lower)
        self.visit_opt(node.upper)
        self.visit_opt(node.step)

    def visit_Starred(self, node):
        node.value.accept(self)

    def visit_Name(self, node):
        if node.ctx == ast.LOAD:
            self.stack[-1].note(node.id, USE)
            if node.id == 'super' and self.stack[-1].is_optimized():
                # zero-argument super() needs the __class__ cell
                self.stack[-1].note('__class__', USE)
        else:
            self.define(node.id, DEF_LOCAL, node)

    def visit_List(self, node):
        self.visit_list(node.elts)

    def visit_Tuple(self, node):
        self.visit_list(node.elts)
