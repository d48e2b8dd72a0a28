"""functools for micropy (frozen into the binary at translation time):
partial, reduce, wraps, update_wrapper, cmp_to_key, total_ordering.
Behaviour as CPython 3's functools, in plain Python."""


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        if len(initial) > 1:
            raise TypeError('reduce expected at most 3 arguments')
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % kv for kv in self.keywords.items()]
        return 'functools.partial(%s)' % ', '.join(parts)


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    has = lambda name: getattr(cls, name, None) is not getattr(object, name, None)
    if has('__lt__'):
        if not has('__gt__'):
            cls.__gt__ = lambda a, b: b < a
        if not has('__le__'):
            cls.__le__ = lambda a, b: not b < a
        if not has('__ge__'):
            cls.__ge__ = lambda a, b: not a < b
    elif has('__gt__'):
        if not has('__lt__'):
            cls.__lt__ = lambda a, b: b > a
        if not has('__ge__'):
            cls.__ge__ = lambda a, b: not b > a
        if not has('__le__'):
            cls.__le__ = lambda a, b: not a > b
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    return cls
