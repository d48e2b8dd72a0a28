"""Generators: W_Generator, a suspended frame with next/send/throw/close.

Semantics: PEP 255 (generators), PEP 342 (send, throw, close), PEP 380
(yield from: the delegating frame re-runs YIELD_FROM until its iterator is
exhausted) and PEP 479 (StopIteration inside a generator becomes
RuntimeError).
"""
from interp import bytecode as bc
from interp.error import OperationError
from objspace.baseobject import W_Root, TypeDef
from objspace.functionobject import builtin


class W_Generator(W_Root):

    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.started = False
        self.running = False

    def repr_w(self, space):
        return "<generator object %s at 0x%x>" % (self.qualname,
                                                  space.id_of(self))

    def descr_iter(self, space):
        return self

    def descr_next(self, space):
        w_item = self.send_ex(None, None)
        if self.frame.finished:
            return None
        return w_item

    def resume_or_stop(self, w_arg, operr):
        """send_ex, raising StopIteration(return value) at the end, as the
        generator methods do."""
        w_item = self.send_ex(w_arg, operr)
        if self.frame.finished:
            raise self.frame.space.stop_iteration(w_item)
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
                                      "generator raised StopIteration")
                raise
        finally:
            self.running = False

    def throw_into_frame(self, space, operr):
        """Raise operr where the frame is suspended.  Returns a value to
        yield (a delegate yielded it), or None to go on running."""
        frame = self.frame
        if self.suspended_in_yield_from():
            w_delegate = frame.top()
            if isinstance(w_delegate, W_Generator):
                try:
                    w_item = w_delegate.send_ex(None, operr)
                except OperationError as e:
                    operr = e        # raise the delegate's error here
                    frame.pop()
                    frame.push(space.w_None)
                else:
                    if not w_delegate.frame.finished:
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
    if not isinstance(w_obj, W_Generator):
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
    gen = _self(space, args_w[0])
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
    raise space.error(space.w_RuntimeError, "generator ignored GeneratorExit")


W_Generator.typedef = TypeDef('generator', methods={
    'send': gen_send.w_builtin,
    '__next__': gen_next.w_builtin,
    'throw': gen_throw.w_builtin,
    'close': gen_close.w_builtin,
})
