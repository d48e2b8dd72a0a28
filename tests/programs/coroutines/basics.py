# Coroutines driven by a small event loop written in Python (PEP 492):
# async def, await on coroutines and on objects with __await__, async with,
# async for over an async iterator class and over an async generator.


class Sleep:
    """An awaitable that suspends its coroutine once, passing `n` out."""
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield ('sleep', self.n)
        return got


async def add(a, b):
    await Sleep(0)
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


def run(coro):
    """Drive coro to completion, answering each suspension with a count."""
    count = 0
    trace = []
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value, count, trace
        count += 1
        trace.append(request)
        value = count


print(run(chain(4)))


async def echo():
    a = await Sleep(1)
    b = await Sleep(2)
    return (a, b)

print(run(echo()))

c = add(1, 2)
print(type(c).__name__)
try:
    iter(c)
except TypeError:
    print('coroutine not iterable')
print(run(c)[0])
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError')
except StopIteration:
    print('StopIteration again')


class Lock:
    def __init__(self):
        self.log = []

    async def __aenter__(self):
        self.log.append('enter')
        await Sleep(5)
        return self

    async def __aexit__(self, t, v, tb):
        self.log.append(('exit', t.__name__ if t else None))
        return t is KeyError


async def use_lock(lock, fail):
    async with lock as l:
        l.log.append('body')
        if fail == 1:
            raise KeyError('k')
        if fail == 2:
            raise ValueError('v')
    return 'done'

lock = Lock()
print(run(use_lock(lock, 0))[0], lock.log)
lock = Lock()
print(run(use_lock(lock, 1))[0], lock.log)
lock = Lock()
try:
    run(use_lock(lock, 2))
except ValueError as e:
    print('ValueError', e, lock.log)


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i * 10


async def collect(n):
    out = []
    async for x in Ticker(n):
        if x == 50:
            break
        out.append(x)
    else:
        out.append('else')
    return out

print(run(collect(3))[0])
print(run(collect(9))[0])


async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * i
    yield 'last'


async def use_agen():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(2)
    out.append(await g.__anext__())
    out.append(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('stopped')
    return out

print(run(use_agen())[0])
print(type(agen(1)).__name__)


async def raiser():
    await Sleep(0)
    raise ValueError('inner')


async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return 'caught ' + str(e)

print(run(catcher())[0])

co = chain(2)
co.send(None)
try:
    co.throw(KeyError('thrown'))
except KeyError as e:
    print('KeyError', e)
co = chain(2)
co.send(None)
co.close()
print('closed')


async def bad_await():
    await 5

try:
    run(bad_await())
except TypeError:
    print('TypeError: int not awaitable')

