"""The random module: seed, getrandbits, randrange, randint, choice, random,
uniform (MicroPython's set), plus shuffle and sample.

The generator is CPython's Mersenne Twister (rlib's rrandom), seeded from an
int as CPython seeds it, and every function draws from it as CPython 3.11's
random.py does (getrandbits words, _randbelow by rejection, sample's two
strategies), so a seeded int sequence repeats CPython's exactly.  A seed that
is not an int goes through hash() (CPython hashes str seeds with SHA-512
instead).  Unseeded, the generator starts from the clock and the pid.
"""
from __future__ import absolute_import

import math
import os

from rpython.rlib import rrandom, rtime
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.listobject import W_ListObject
from objspace.modules.math import bigint_w


class RandomState(object):
    def __init__(self):
        # made at the first seeding: prebuilt, the generator's 624-word
        # state was 5 KB of the binary
        self.rng = None
        self.seeded = False

    def seed_bigint(self, num):
        """CPython's init_by_array over the 32-bit words of abs(num)."""
        num = num.abs()
        key = []
        mask = rbigint.fromint(0xffffffff)
        while num.sign != 0:
            key.append(r_uint(num.and_(mask).toint()))
            num = num.rshift(32)
        if not key:
            key.append(r_uint(0))
        if self.rng is None:
            self.rng = rrandom.Random()
        self.rng.init_by_array(key)
        self.seeded = True

    def ensure_seeded(self):
        if not self.seeded:
            self.seed_from_clock()

    def seed_from_clock(self):
        t = rbigint.fromfloat(rtime.time() * 1000000.0)
        self.seed_bigint(t.mul(rbigint.fromint(65599)).add(
            rbigint.fromint(os.getpid())))

    def genrand32(self):
        self.ensure_seeded()
        return self.rng.genrand32()

    def random(self):
        self.ensure_seeded()
        return self.rng.random()

    def getrandbits(self, k):
        """An rbigint of k random bits (k >= 0), word by word as CPython."""
        if k <= 32:
            if k == 0:
                return rbigint.fromint(0)
            return rbigint.fromrarith_int(self.genrand32() >> (32 - k))
        result = rbigint.fromint(0)
        shift = 0
        while k > 0:
            r = self.genrand32()
            if k < 32:
                r = r >> (32 - k)
            result = result.or_(rbigint.fromrarith_int(r).lshift(shift))
            shift += 32
            k -= 32
        return result

    def randbelow_int(self, n):
        """A random int in range(n), n >= 1 a machine int."""
        k = 0
        m = n
        while m:
            k += 1
            m >>= 1
        if k <= 32:
            while True:
                r = intmask(self.genrand32() >> (32 - k))
                if r < n:
                    return r
        num = rbigint.fromint(n)
        while True:
            r = self.getrandbits(k)
            if r.lt(num):
                return r.toint()

    def randbelow(self, n):
        """A random rbigint in range(n), n an rbigint >= 1."""
        try:
            return rbigint.fromint(self.randbelow_int(n.toint()))
        except OverflowError:
            pass
        k = n.bit_length()
        while True:
            r = self.getrandbits(k)
            if r.lt(n):
                return r


STATE = RandomState()


@unwrap_spec('seed', opt('obj_or_none', None))
def random_seed(space, w_seed):
    from objspace.intobject import W_IntObject
    from objspace.longobject import W_LongObject
    if w_seed is None:
        STATE.seed_from_clock()
    elif isinstance(w_seed, W_IntObject) or isinstance(w_seed, W_LongObject):
        STATE.seed_bigint(bigint_w(space, w_seed))
    else:
        STATE.seed_bigint(rbigint.fromint(space.hash_w(w_seed)))
    return space.w_None


@unwrap_spec('getrandbits', 'int')
def random_getrandbits(space, k):
    if k < 0:
        raise space.value_error("number of bits must be non-negative")
    return space.newlong(STATE.getrandbits(k))


@unwrap_spec('random')
def random_random(space):
    return space.newfloat(STATE.random())


@unwrap_spec('uniform', 'float', 'float')
def random_uniform(space, a, b):
    return space.newfloat(a + (b - a) * STATE.random())


def _empty_range(space):
    return space.value_error("empty range for randrange()")


def randrange(space, w_start, w_stop, w_step):
    start = bigint_w(space, w_start)
    if w_stop is None:
        if w_step is not None:
            raise space.type_error("Missing a non-None stop argument")
        if start.sign > 0:
            return space.newlong(STATE.randbelow(start))
        raise _empty_range(space)
    width = bigint_w(space, w_stop).sub(start)
    step = rbigint.fromint(1)
    if w_step is not None:
        step = bigint_w(space, w_step)
    one = rbigint.fromint(1)
    if step.eq(one):
        if width.sign > 0:
            return space.newlong(start.add(STATE.randbelow(width)))
        raise _empty_range(space)
    if step.sign > 0:
        n = width.add(step).sub(one).floordiv(step)
    elif step.sign < 0:
        n = width.add(step).add(one).floordiv(step)
    else:
        raise space.value_error("zero step for randrange()")
    if n.sign <= 0:
        raise _empty_range(space)
    return space.newlong(start.add(step.mul(STATE.randbelow(n))))


@unwrap_spec('randrange', 'obj', opt('obj_or_none', None),
             opt('obj_or_none', None))
def random_randrange(space, w_start, w_stop, w_step):
    return randrange(space, w_start, w_stop, w_step)


@unwrap_spec('randint', 'obj', 'obj')
def random_randint(space, w_a, w_b):
    w_stop = space.add(w_b, space.newint(1))
    return randrange(space, w_a, w_stop, None)


@unwrap_spec('choice', 'obj')
def random_choice(space, w_seq):
    n = space.len_w(w_seq)
    if n == 0:
        raise space.index_error("Cannot choose from an empty sequence")
    return space.getitem(w_seq, space.newint(STATE.randbelow_int(n)))


@unwrap_spec('shuffle', 'obj')
def random_shuffle(space, w_list):
    n = space.len_w(w_list)
    i = n - 1
    while i >= 1:
        j = STATE.randbelow_int(i + 1)
        w_i = space.newint(i)
        w_j = space.newint(j)
        w_a = space.getitem(w_list, w_i)
        w_b = space.getitem(w_list, w_j)
        space.setitem(w_list, w_i, w_b)
        space.setitem(w_list, w_j, w_a)
        i -= 1
    return space.w_None


@unwrap_spec('sample', 'obj', 'int')
def random_sample(space, w_population, k):
    n = space.len_w(w_population)
    if not 0 <= k <= n:
        raise space.value_error("Sample larger than population or is "
                                "negative")
    result_w = []
    setsize = 21
    if k > 5:
        setsize += 1 << (2 * int(math.ceil(math.log(k * 3) / math.log(4))))
    if n <= setsize:
        pool_w = space.unpackiterable(w_population)
        for i in range(k):
            j = STATE.randbelow_int(n - i)
            result_w.append(pool_w[j])
            pool_w[j] = pool_w[n - i - 1]
    else:
        selected = {}
        for i in range(k):
            j = STATE.randbelow_int(n)
            while j in selected:
                j = STATE.randbelow_int(n)
            selected[j] = None
            result_w.append(space.getitem(w_population, space.newint(j)))
    return space.newlist(result_w)


FUNCTIONS = [random_seed, random_getrandbits, random_random, random_uniform,
             random_randrange, random_randint, random_choice, random_shuffle,
             random_sample]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('random'))
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('random', w_dict)
