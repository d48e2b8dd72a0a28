"""What the JIT makes of small loops, read from the JIT's own log (PYPYLOG).

These are checks of trace *contents*, not of speed: each program runs a hot
loop on the JIT binary with `PYPYLOG=jit-summary,jit-log-opt:<file>`, and the
test asserts that the loop was compiled (no aborted traces) and that its
optimised trace is free of what should not be there: calls the JIT can't see
into, boxed ints, frame and argument-list allocations, dict lookups for
globals and attributes.  A binary built without the JIT writes no such log;
the tests skip it.
"""
import os
import re
import shutil
import tempfile

import pytest

from test_programs import (pytest_generate_tests, binary_path,  # noqa: F401
                           run_subprocess, display)

TIMEOUT = 120


class JitLog(object):
    """The parts of a PYPYLOG file the tests read: the jit-summary counters
    and the optimised loops (each a list of operation lines)."""

    def __init__(self, text):
        self.text = text
        self.summary = {}
        m = re.search(r'\{jit-summary\n(.*?)\n\[[0-9a-f]+\] jit-summary\}', text, re.S)
        if m:
            for line in m.group(1).splitlines():
                if ':' in line:
                    key, _, value = line.rpartition(':')
                    fields = value.split()
                    if fields:
                        self.summary[key.strip()] = fields[0]
        self.loops = []
        for body in re.findall(r'\{jit-log-opt-loop\n(.*?)\n\[[0-9a-f]+\] jit-log-opt-loop\}',
                               text, re.S):
            self.loops.append(body.splitlines())

    def count(self, key):
        return int(self.summary.get(key, '0'))

    def aborts(self):
        return dict((k, int(v)) for k, v in self.summary.items() if k.startswith('abort'))

    def loop_bodies(self):
        """For each compiled loop, the operations after its last label: the
        loop proper, once the optimiser has peeled the first iteration."""
        bodies = []
        for lines in self.loops:
            ops = [l.split(':', 1)[1].strip() for l in lines
                   if re.match(r'^\+\d+: ', l)]
            labels = [i for i, op in enumerate(ops) if op.startswith('label(')]
            if labels:
                ops = ops[labels[-1] + 1:]
            bodies.append(ops)
        return bodies


def run_jit(binary_path, source):
    tmp = tempfile.mkdtemp(prefix='micropy-jit-')
    try:
        with open(os.path.join(tmp, 'prog.py'), 'w') as f:
            f.write(source)
        env = dict(os.environ)
        log = os.path.join(tmp, 'jit.log')
        env['PYPYLOG'] = 'jit-summary,jit-log-opt:' + log
        res = run_subprocess([binary_path, 'prog.py'], tmp, TIMEOUT, env=env)
        text = ''
        if os.path.exists(log):
            with open(log) as f:
                text = f.read()
        return res, JitLog(text)
    finally:
        shutil.rmtree(tmp)


def jit_or_skip(binary, res, log):
    assert res.status == 0, '%s failed: %s' % (display(binary), res.stderr[-2000:])
    if not log.summary:
        pytest.skip('%s has no JIT' % display(binary))


def ops_named(body, *names):
    """The operations of a loop body whose name starts with one of names."""
    found = []
    for op in body:
        m = re.match(r'^(?:[ifrpv]\d+ = )?([a-z_]+)\(', op)
        if m and m.group(1).startswith(names):
            found.append(op)
    return found


def check_loop(binary, source, expected_stdout, forbidden):
    res, log = run_jit(binary, source)
    jit_or_skip(binary, res, log)
    assert res.stdout == expected_stdout
    assert log.aborts() == dict((k, 0) for k in log.aborts()), log.aborts()
    assert log.count('Total # of loops') >= 1
    bodies = log.loop_bodies()
    assert bodies, 'no optimised loop in the log'
    body = bodies[-1]
    bad = ops_named(body, *forbidden)
    assert not bad, 'unexpected operations in the loop:\n' + '\n'.join(body)
    return body


INT_LOOP = '''
def f(n):
    i = 0
    s = 0
    while i < n:
        s += i * 3 - 1
        i += 1
    return s
print(f(100000))
'''


@pytest.mark.binary
def test_int_loop_is_unboxed(binary, binary_path):
    """An int loop: the ints live in registers (no allocation), and nothing
    but guards and arithmetic is left."""
    # (getfield_raw is the Ctrl-C flag, read once per iteration)
    body = check_loop(binary_path, INT_LOOP, b'14999750000\n',
                      ('call', 'new', 'setfield', 'getfield_gc', 'setarrayitem',
                       'getarrayitem'))
    assert ops_named(body, 'int_add_ovf', 'int_mul_ovf')


GLOBALS_LOOP = '''
K = 7
def g(x):
    return x + K
def f(n):
    total = 0
    for i in range(n):
        total += g(i) + len("abc")
    return total
print(f(100000))
'''


@pytest.mark.binary
def test_globals_and_calls_fold(binary, binary_path):
    """Calls to a Python function are inlined, and the global `K`, the
    function `g` and the builtin `len` are constants: no dict lookups, no
    frame, no argument list."""
    check_loop(binary_path, GLOBALS_LOOP, b'5000950000\n',
               ('call', 'new'))


ATTR_LOOP = '''
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

def f(n):
    p = Point(3, -4)
    total = 0
    for i in range(n):
        p.x = i
        total += p.norm1()
    return total
print(f(100000))
'''


@pytest.mark.binary
def test_attributes_and_methods_fold(binary, binary_path):
    """Instance attributes through the map (no dict lookup), a method call
    without a bound-method object or a frame."""
    body = check_loop(binary_path, ATTR_LOOP, b'5000350000\n', ('call',))
    # one allocation is real: the int stored into p.x must be boxed
    assert len(ops_named(body, 'new')) <= 1, '\n'.join(body)


FRESH_OBJECTS_LOOP = '''
def work(n):
    total = 0
    last = ''
    for i in range(n):
        s = ('item-%d' % i).replace('-', '_').upper()
        t = str(i * 7).zfill(6) + s[2:]
        parts = ('a,%d,b' % i).split(',')
        total += len(s) + len(t) + len(parts[1]) + int(parts[1]) % 3
        last = t
    return total, last
print(work(20000))
'''


@pytest.mark.binary
def test_fresh_objects_into_residual_calls(binary, binary_path):
    """Objects built in a trace and passed to calls the JIT doesn't look
    into (str.replace, zfill, split) arrive complete: RPython 0.2.1's heap
    optimizer used to delay their immutable fields past the call
    (targetmicropy.force_pure_lazy_sets_before_calls); this crashed."""
    res, log = run_jit(binary_path, FRESH_OBJECTS_LOOP)
    jit_or_skip(binary, res, log)
    assert res.stdout == b"(566669, '139993EM_19999')\n"
    assert log.count('Total # of loops') >= 1


GENERATOR_LOOPS = '''
def f(n):
    return sum(x * 3 for x in range(n))

def g(n):
    t = 0
    for x in (i + 1 for i in range(n)):
        t += x
    return t

total = 0
for k in range(40):
    total += f(1000) + g(1000)
print(total)
'''


@pytest.mark.binary
def test_generators_inline_into_their_consumer(binary, binary_path):
    """sum() over a generator expression is a loop of sum's own JitDriver
    (objspace/iterdriver.py), and a `for` loop over one is an ordinary loop:
    in both, the generator's body is followed inline from one yield to the
    next (frame.should_unroll_one_iteration), not entered through a
    call_assembler per item, and nothing is boxed but what is yielded."""
    res, log = run_jit(binary_path, GENERATOR_LOOPS)
    jit_or_skip(binary, res, log)
    assert res.stdout == b'79960000\n'
    assert log.aborts() == dict((k, 0) for k in log.aborts()), log.aborts()
    headers = [lines[0] for lines in log.loops if lines]
    assert any('generator <genexpr>' in h for h in headers), headers
    for body in log.loop_bodies():
        assert not ops_named(body, 'call_assembler', 'call_may_force'), \
            '\n'.join(body)


UNPACK_STORE_LOOP = '''
def f(n):
    v = [0.0, 0.0]
    p = (1.5, 2.5)
    q = [3, 4]
    for i in range(n):
        x, y = p
        a, b = q
        v[0] = v[0] + x * a
        v[1] = v[1] - y * b
    return v
print(f(100000))
'''


@pytest.mark.binary
def test_unpacking_and_list_stores_inline(binary, binary_path):
    """`x, y = tuple_or_list` reads the items in place and `lst[i] = v`
    stores in place: no call (the slice cases of both live elsewhere)."""
    check_loop(binary_path, UNPACK_STORE_LOOP, b'[450000.0, -1000000.0]\n',
               ('call',))


KEYWORD_CALL_LOOP = '''
def inc(x, by=1, scale=1):
    return x * scale + by

def f(n):
    t = 0
    for i in range(n):
        t = inc(t, by=2) % 1000003
    return t
print(f(100000))
'''


@pytest.mark.binary
def test_keyword_arguments_fold(binary, binary_path):
    """A call with keyword arguments matches the names at trace time (they
    are a constant tuple of the caller's code): no string comparison, no
    call, no frame is left in the loop."""
    check_loop(binary_path, KEYWORD_CALL_LOOP, b'200000\n', ('call', 'new'))


EXCEPT_LOOP = '''
class E(Exception):
    pass

def f(n):
    c = 0
    for i in range(n):
        try:
            if i % 2:
                raise E(i)
            c += 2
        except (KeyError, E):
            c += 1
    return c
print(f(100000))
'''


@pytest.mark.binary
def test_except_clause_matching_folds(binary, binary_path):
    """Matching a raised exception against `except (KeyError, E)` is decided
    at trace time (the classes and the exception's class are constants, and
    the MRO test is elidable): no call to the matching code in any trace."""
    res, log = run_jit(binary_path, EXCEPT_LOOP)
    jit_or_skip(binary, res, log)
    assert res.stdout == b'150000\n'
    assert log.aborts() == dict((k, 0) for k in log.aborts()), log.aborts()
    for name in ('exception_match', 'issubtype', 'instantiate'):
        assert name not in log.text, name


STRUCT_LOOP = '''
import struct

def f(n):
    t = 0
    for i in range(n):
        a, b, c = struct.unpack('<hIb', struct.pack('<hIb', i % 1000, i, -1))
        t += a + b + c
    return t
print(f(100000))
'''


@pytest.mark.binary
def test_module_attributes_and_struct_fold(binary, binary_path):
    """`struct.pack` is a constant behind the module dict's version (no
    dict lookup, no name string built), and with a constant format pack and
    unpack are unrolled over its codes: no call is left but none at all
    (the packed bytes and the unpacked tuple never exist in the loop)."""
    check_loop(binary_path, STRUCT_LOOP, b'5049800000\n',
               ('call', 'new_with_vtable', 'new_array'))


GENERATOR_CALL_LOOP = '''
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def f(n):
    t = 0.0
    for k in range(20):
        t += sum(a(k, j) * 2.0 for j in range(n))
    return t
print(int(f(5000) * 1000))
'''


@pytest.mark.binary
def test_calls_from_generators_stay_virtual(binary, binary_path):
    """A function called from a generator expression: the generator's stack
    slots are at constant indices (its stack depth is promoted on resume,
    Frame.execute), so the function read back from them is a constant and
    its frame stays virtual: no frame array, no boxed int in the loop."""
    res, log = run_jit(binary_path, GENERATOR_CALL_LOOP)
    jit_or_skip(binary, res, log)
    assert res.stdout == b'15770\n'
    assert log.aborts() == dict((k, 0) for k in log.aborts()), log.aborts()
    bodies = log.loop_bodies()
    assert bodies
    for body in bodies:
        assert not ops_named(body, 'new_array', 'call_assembler'), \
            '\n'.join(body)
