"""Generators: W_Generator, a suspended frame with next/send/throw/close;
coroutines (W_Coroutine) and async generators (W_AsyncGenerator) are built
on it.

Semantics: PEP 255 (generators), PEP 342 (send, throw, close), PEP 380
(yield from: the delegating frame re-runs YIELD_FROM until its iterator is
exhausted), PEP 479 (StopIteration inside a generator becomes
RuntimeError), PEP 492 (coroutines, await) and PEP 525 (async generators).
"""
from interp import bytecode as bc
from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


class W_Sendable(W_Root):
    """What YIELD_FROM can drive directly: send_ex(w_arg, operr) gives the
    next value to pass out, or the final result once is_exhausted()."""

    def send_ex(self, w_arg, operr):
        raise NotImplementedError

    def is_exhausted(self):
        raise NotImplementedError

    def resume_or_stop(self, w_arg, operr):
        """send_ex, raising StopIteration(result) at the end, as the
        generator methods (send, __next__, throw) do."""
        w_item = self.send_ex(w_arg, operr)
        if self.is_exhausted():
            raise self.get_space().stop_iteration(w_item)
        return w_item

    def get_space(self):
        raise NotImplementedError


class W_Generator(W_Sendable):
    kind = 'generator'
    _immutable_fields_ = ['frame', 'code']

    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.code = frame.code
        self.name = name
        self.qualname = qualname
        self.started = False
        self.running = False

    def repr_w(self, space):
        return "<%s object %s at 0x%x>" % (self.kind, self.qualname,
                                           space.id_of(self))

    def get_space(self):
        return self.frame.space

    def jit_iter_code(self):
        return self.code

    def is_exhausted(self):
        return self.frame.finished

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = self.send_ex(None, None)
        if self.frame.finished:
            return None
        return w_item

    def suspended_in_yield_from(self):
        frame = self.frame
        return (self.started and not frame.finished
                and ord(frame.code.code[frame.pc]) == bc.YIELD_FROM)

    def send_ex(self, w_arg, operr):
        """Resume with w_arg sent in (or operr raised at the yield); the
        value yielded, or the return value once self.frame.finished."""
        space = self.frame.space
        frame = self.frame
        if self.running:
            raise space.value_error("generator already executing")
        if frame.finished:
            if operr is not None:
                raise operr
            if self.kind == 'coroutine':
                raise space.error(space.w_RuntimeError,
                                  "cannot reuse already awaited coroutine")
            return space.w_None
        if not self.started:
            if operr is None and w_arg is not None and not space.is_none(w_arg):
                raise space.type_error("can't send non-None value to a "
                                       "just-started generator")
            if operr is not None:
                frame.finished = True
                raise operr
            self.started = True
        elif operr is None:
            frame.push(space.w_None if w_arg is None else w_arg)
        self.running = True
        try:
            try:
                if operr is not None:
                    w_result = self.throw_into_frame(space, operr)
                    if w_result is not None:
                        return w_result
                return frame.resume()
            except OperationError as e:
                frame.finished = True
                if e.match(space, space.w_StopIteration):
                    raise space.error(space.w_RuntimeError,
                                      "%s raised StopIteration" % self.kind)
                raise
        finally:
            self.running = False

    def throw_into_frame(self, space, operr):
        """Raise operr where the frame is suspended.  Returns a value to
        yield (a delegate yielded it), or None to go on running."""
        frame = self.frame
        if self.suspended_in_yield_from():
            w_delegate = frame.top()
            if isinstance(w_delegate, W_Sendable):
                try:
                    w_item = w_delegate.send_ex(None, operr)
                except OperationError as e:
                    operr = e        # raise the delegate's error here
                    frame.pop()
                    frame.push(space.w_None)
                else:
                    if not w_delegate.is_exhausted():
                        return w_item
                    # the delegate returned: continue after YIELD_FROM
                    frame.pop()
                    frame.push(w_item)
                    frame.pc += 3
                    return None
            frame.pc = frame.handle_error(frame.code, operr)
            return None
        # suspended just after a YIELD_VALUE (one byte back)
        frame.pc -= 1
        frame.pc = frame.handle_error(frame.code, operr)
        return None


def _self(space, w_obj):
    if not isinstance(w_obj, W_Sendable):
        raise space.type_error("descriptor requires a 'generator' object")
    return w_obj


@builtin('send', 2, 2)
def gen_send(space, args_w, kwnames):
    return _self(space, args_w[0]).resume_or_stop(args_w[1], None)


@builtin('__next__', 1, 1)
def gen_next(space, args_w, kwnames):
    return _self(space, args_w[0]).resume_or_stop(None, None)


@builtin('throw', 2, 4)
def gen_throw(space, args_w, kwnames):
    gen = _self(space, args_w[0])
    w_exc = args_w[1]
    if len(args_w) > 2 and not space.is_none(args_w[2]):
        w_exc = space.call_function(w_exc, [args_w[2]])
    operr = OperationError(space.make_exception_instance(w_exc))
    return gen.resume_or_stop(None, operr)


@builtin('close', 1, 1)
def gen_close(space, args_w, kwnames):
    gen = args_w[0]
    if isinstance(gen, W_CoroutineWrapper):
        gen = gen.w_coro
    if not isinstance(gen, W_Generator):
        raise space.type_error("descriptor requires a 'generator' object")
    if gen.frame.finished or not gen.started:
        gen.frame.finished = True
        return space.w_None
    operr = OperationError(space.call_function(space.w_GeneratorExit, []))
    try:
        gen.send_ex(None, operr)
    except OperationError as e:
        if e.match(space, space.w_GeneratorExit) or e.match(
                space, space.w_StopIteration):
            return space.w_None
        raise
    if gen.frame.finished:
        return space.w_None
    raise space.error(space.w_RuntimeError, "%s ignored GeneratorExit"
                      % gen.kind)


W_Generator.typedef = TypeDef('generator', methods={
    'send': gen_send.w_builtin,
    '__next__': gen_next.w_builtin,
    'throw': gen_throw.w_builtin,
    'close': gen_close.w_builtin,
})


# ---------------------------------------------------------------- coroutines
class W_Coroutine(W_Generator):
    """What calling an `async def` function gives (PEP 492): driven by
    send/throw/close or awaited; not iterable itself."""
    kind = 'coroutine'

    def descr_iter(self, space):
        raise space.type_error("'coroutine' object isn't iterable")

    def descr_next(self, space):
        raise space.type_error("'coroutine' object isn't an iterator")


class W_CoroutineWrapper(W_Sendable):
    """coro.__await__(): an iterator driving the coroutine."""

    def __init__(self, w_coro):
        self.w_coro = w_coro

    def get_space(self):
        return self.w_coro.frame.space

    def send_ex(self, w_arg, operr):
        return self.w_coro.send_ex(w_arg, operr)

    def is_exhausted(self):
        return self.w_coro.is_exhausted()

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = self.send_ex(None, None)
        if self.is_exhausted():
            return None
        return w_item


@builtin('__await__', 1, 1)
def coro_await(space, args_w, kwnames):
    w_coro = args_w[0]
    if not isinstance(w_coro, W_Coroutine):
        raise space.type_error("descriptor requires a 'coroutine' object")
    return W_CoroutineWrapper(w_coro)


def get_awaitable(space, w_obj):
    """The iterator that `await w_obj` drives (PEP 492): a coroutine
    itself, else what its type's __await__ returns."""
    if isinstance(w_obj, W_Coroutine) or isinstance(w_obj, W_AsyncGenASend):
        return w_obj
    if isinstance(w_obj, W_CoroutineWrapper):
        return w_obj.w_coro
    w_method = space.type(w_obj).lookup('__await__')
    if w_method is None:
        raise space.type_error("object %s can't be used in 'await' "
                               "expression" % space.type_name(w_obj))
    w_res = space.call_bound(w_method, w_obj, [])
    if isinstance(w_res, W_Coroutine):
        raise space.type_error("__await__() returned a coroutine")
    if (not isinstance(w_res, W_Sendable)
            and space.type(w_res).lookup('__next__') is None):
        raise space.type_error("__await__() returned non-iterator of type "
                               "'%s'" % space.type_name(w_res))
    return w_res


# ---------------------------------------------------------- async generators
class W_AsyncGenWrappedValue(W_Root):
    """A value an async generator's frame yields with `yield` (as opposed
    to what its awaits pass out to the event loop)."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_AsyncGenerator(W_Generator):
    """What calling an `async def` with `yield` gives (PEP 525)."""
    kind = 'async_generator'

    def descr_iter(self, space):
        raise space.type_error("'async_generator' object isn't iterable")

    def descr_next(self, space):
        raise space.type_error("'async_generator' object isn't an iterator")


ASEND, ATHROW, ACLOSE = 0, 1, 2


class W_AsyncGenASend(W_Sendable):
    """The awaitable of agen.__anext__()/asend(v)/athrow(e)/aclose(): it
    runs the generator until its next `yield` (the await's result) and
    passes what the generator's own awaits yield out to the event loop."""

    def __init__(self, w_agen, mode, w_value, operr):
        self.w_agen = w_agen
        self.mode = mode
        self.w_value = w_value      # sent in first (asend)
        self.operr = operr          # raised in first (athrow, aclose)
        self.started = False
        self.done = False

    def get_space(self):
        return self.w_agen.frame.space

    def is_exhausted(self):
        return self.done

    def repr_w(self, space):
        return "<async_generator_asend object at 0x%x>" % space.id_of(self)

    def send_ex(self, w_arg, operr):
        space = self.get_space()
        if self.done:
            raise space.error(space.w_RuntimeError,
                              "cannot reuse already awaited __anext__()/asend()")
        agen = self.w_agen
        if not self.started:
            self.started = True
            if operr is None:
                operr = self.operr
                if space.is_none(w_arg) and self.w_value is not None:
                    w_arg = self.w_value
            if agen.frame.finished:
                self.done = True
                if self.mode == ACLOSE:
                    return space.w_None
                if operr is not None:
                    raise operr
                raise space.error_noarg(space.w_StopAsyncIteration)
        try:
            w_item = agen.send_ex(w_arg, operr)
        except OperationError as e:
            self.done = True
            if self.mode == ACLOSE and (
                    e.match(space, space.w_GeneratorExit) or
                    e.match(space, space.w_StopAsyncIteration)):
                return space.w_None
            raise
        if agen.frame.finished:
            self.done = True
            if self.mode == ACLOSE:
                return space.w_None
            raise space.error_noarg(space.w_StopAsyncIteration)
        if isinstance(w_item, W_AsyncGenWrappedValue):
            self.done = True
            if self.mode == ACLOSE:
                raise space.error(space.w_RuntimeError,
                                  "async generator ignored GeneratorExit")
            return w_item.w_value
        return w_item

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = self.send_ex(None, None)
        if self.done:
            return None
        return w_item


def _agen_self(space, w_obj):
    if not isinstance(w_obj, W_AsyncGenerator):
        raise space.type_error("descriptor requires an 'async_generator' "
                               "object")
    return w_obj


@builtin('__aiter__', 1, 1)
def agen_aiter(space, args_w, kwnames):
    return _agen_self(space, args_w[0])


@builtin('__anext__', 1, 1)
def agen_anext(space, args_w, kwnames):
    return W_AsyncGenASend(_agen_self(space, args_w[0]), ASEND, None, None)


@builtin('asend', 2, 2)
def agen_asend(space, args_w, kwnames):
    return W_AsyncGenASend(_agen_self(space, args_w[0]), ASEND, args_w[1],
                           None)


@builtin('athrow', 2, 4)
def agen_athrow(space, args_w, kwnames):
    agen = _agen_self(space, args_w[0])
    w_exc = args_w[1]
    if len(args_w) > 2 and not space.is_none(args_w[2]):
        w_exc = space.call_function(w_exc, [args_w[2]])
    operr = OperationError(space.make_exception_instance(w_exc))
    return W_AsyncGenASend(agen, ATHROW, None, operr)


@builtin('aclose', 1, 1)
def agen_aclose(space, args_w, kwnames):
    agen = _agen_self(space, args_w[0])
    operr = OperationError(space.call_function(space.w_GeneratorExit, []))
    return W_AsyncGenASend(agen, ACLOSE, None, operr)


@builtin('__await__', 1, 1)
def asend_await(space, args_w, kwnames):
    if not isinstance(args_w[0], W_AsyncGenASend):
        raise space.type_error("descriptor requires an "
                               "'async_generator_asend' object")
    return args_w[0]


W_Coroutine.typedef = TypeDef('coroutine', methods={
    'send': gen_send.w_builtin,
    'throw': gen_throw.w_builtin,
    'close': gen_close.w_builtin,
    '__await__': coro_await.w_builtin,
})
W_CoroutineWrapper.typedef = TypeDef('coroutine_wrapper', methods={
    'send': gen_send.w_builtin,
    '__next__': gen_next.w_builtin,
    'throw': gen_throw.w_builtin,
    'close': gen_close.w_builtin,
})
W_AsyncGenerator.typedef = TypeDef('async_generator', methods={
    '__aiter__': agen_aiter.w_builtin,
    '__anext__': agen_anext.w_builtin,
    'asend': agen_asend.w_builtin,
    'athrow': agen_athrow.w_builtin,
    'aclose': agen_aclose.w_builtin,
})
W_AsyncGenASend.typedef = TypeDef('async_generator_asend', methods={
    'send': gen_send.w_builtin,
    '__next__': gen_next.w_builtin,
    'throw': gen_throw.w_builtin,
    '__await__': asend_await.w_builtin,
})
W_AsyncGenWrappedValue.typedef = TypeDef('async_generator_wrapped_value')
