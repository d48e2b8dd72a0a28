# Misplaced await / async constructs are SyntaxErrors at compile time.
for src in ['await x',
            'def f():\n    await x',
            'def f():\n    async for x in y: pass',
            'def f():\n    async with x: pass',
            'async def f():\n    yield from x',
            'async def f():\n    yield 1\n    return 2',
            'async def f():\n    await x\n    async with a as b, c: pass\n    async for i in j: pass']:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError:
        print('SyntaxError')
