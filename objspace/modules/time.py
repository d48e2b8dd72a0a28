"""The time module, as MicroPython's unix port has it: time, time_ns,
sleep, sleep_ms, sleep_us, the ticks_* functions, localtime, gmtime,
mktime, clock (processor time), plus CPython's perf_counter and monotonic.

localtime/gmtime give MicroPython's tuple (year, month, mday, hour, minute,
second, weekday (Monday 0), yearday (1-366), isdst) -- the unix port's 9
items; mktime takes 8 or 9 items and returns an int (local time).
The ticks functions count milliseconds/microseconds/nanoseconds of
CLOCK_MONOTONIC modulo TICKS_PERIOD, which is MicroPython's small-int range
plus one: 2**62 on 64-bit machines, 2**30 on 32-bit ones; ticks_add and
ticks_diff do its wrap-around arithmetic ("OverflowError: ticks interval
overflow" for a delta not within half a period).
"""
from __future__ import absolute_import

from rpython.rlib import rtime
from rpython.rlib.rarithmetic import LONG_BIT, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rtyper.lltypesystem import rffi, lltype
from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from objspace.gateway import unwrap_spec, opt
from objspace.moduleobject import W_ModuleObject
from objspace.tupleobject import W_TupleObject
from objspace.listobject import W_ListObject

TICKS_PERIOD = 1 << (LONG_BIT - 2)
TICKS_MASK = TICKS_PERIOD - 1
TICKS_HALF = TICKS_PERIOD >> 1


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(includes=['time.h'])
    TM = rffi_platform.Struct('struct tm', [
        ('tm_sec', rffi.INT), ('tm_min', rffi.INT), ('tm_hour', rffi.INT),
        ('tm_mday', rffi.INT), ('tm_mon', rffi.INT), ('tm_year', rffi.INT),
        ('tm_wday', rffi.INT), ('tm_yday', rffi.INT), ('tm_isdst', rffi.INT)])

TM = rffi_platform.configure(CConfig)['TM']
_eci = CConfig._compilation_info_
c_localtime_r = rffi.llexternal('localtime_r',
                                [rffi.CArrayPtr(rffi.TIME_T), lltype.Ptr(TM)],
                                lltype.Ptr(TM), compilation_info=_eci)
c_mktime = rffi.llexternal('mktime', [lltype.Ptr(TM)], rffi.TIME_T,
                           compilation_info=_eci)


# ---------------------------------------------------------------- clocks
def clock_ns(clock_id):
    """clock_gettime(clock_id) as (seconds, nanoseconds)."""
    with lltype.scoped_alloc(rtime.TIMESPEC) as ts:
        rtime.c_clock_gettime(clock_id, ts)
        sec = rffi.getintfield(ts, 'c_tv_sec')
        nsec = rffi.getintfield(ts, 'c_tv_nsec')
    return sec, nsec


def monotonic_ticks(div):
    """CLOCK_MONOTONIC in units of `div` nanoseconds, modulo TICKS_PERIOD."""
    sec, nsec = clock_ns(rtime.CLOCK_MONOTONIC)
    ticks = sec * (1000000000 // div) + nsec // div
    return ticks & TICKS_MASK


@unwrap_spec('time')
def time_time(space):
    return space.newfloat(rtime.time())


@unwrap_spec('time_ns')
def time_time_ns(space):
    sec, nsec = clock_ns(rtime.CLOCK_REALTIME)
    num = rbigint.fromint(sec).mul(rbigint.fromint(1000000000))
    return space.newlong(num.add(rbigint.fromint(nsec)))


def _monotonic(space):
    sec, nsec = clock_ns(rtime.CLOCK_MONOTONIC)
    return space.newfloat(float(sec) + float(nsec) * 1e-9)


@unwrap_spec('monotonic')
def time_monotonic(space):
    return _monotonic(space)


@unwrap_spec('perf_counter')
def time_perf_counter(space):
    return _monotonic(space)


@unwrap_spec('clock')
def time_clock(space):
    """Processor time in seconds (MicroPython's unix port keeps CPython
    2's clock())."""
    return space.newfloat(rtime.clock())


@unwrap_spec('ticks_ms')
def time_ticks_ms(space):
    return space.newint(monotonic_ticks(1000000))


@unwrap_spec('ticks_us')
def time_ticks_us(space):
    return space.newint(monotonic_ticks(1000))


@unwrap_spec('ticks_cpu')
def time_ticks_cpu(space):
    return space.newint(monotonic_ticks(1))


@unwrap_spec('ticks_add', 'int', 'int')
def time_ticks_add(space, ticks, delta):
    if not (-TICKS_HALF < delta < TICKS_HALF):
        raise space.overflow_error("ticks interval overflow")
    return space.newint(intmask(ticks + delta) & TICKS_MASK)


@unwrap_spec('ticks_diff', 'int', 'int')
def time_ticks_diff(space, end, start):
    diff = (intmask(end - start) + TICKS_HALF) & TICKS_MASK
    return space.newint(diff - TICKS_HALF)


def _sleep(space, secs):
    if secs > 0.0:
        rtime.sleep(secs)


@unwrap_spec('sleep', 'float')
def time_sleep(space, secs):
    if secs < 0.0:
        from objspace.modules.errno import oserror, EINVAL
        raise oserror(space, EINVAL)
    _sleep(space, secs)
    return space.w_None


@unwrap_spec('sleep_ms', 'int')
def time_sleep_ms(space, ms):
    _sleep(space, ms / 1000.0)
    return space.w_None


@unwrap_spec('sleep_us', 'int')
def time_sleep_us(space, us):
    _sleep(space, us / 1000000.0)
    return space.w_None


# ---------------------------------------------------------------- dates
def days_from_civil(y, m, d):
    """Days since 1970-01-01 of the proleptic Gregorian date y-m-d
    (H. Hinnant's algorithm)."""
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def civil_from_seconds(secs):
    """[year, month, mday, hour, minute, second, weekday, yearday] of secs
    seconds since the epoch, UTC (weekday: Monday is 0)."""
    days = secs // 86400
    rem = secs - days * 86400
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    weekday = (days + 3) % 7          # 1970-01-01 was a Thursday
    yday = days - days_from_civil(y, 1, 1) + 1
    return [y, m, d, rem // 3600, (rem // 60) % 60, rem % 60, weekday, yday]


def _secs_arg(space, w_secs):
    """The seconds argument of gmtime/localtime (None: now), truncated."""
    if w_secs is None:
        return int(rtime.time())
    from objspace.intobject import W_IntObject
    if isinstance(w_secs, W_IntObject):
        return w_secs.intval
    x = space.float_w(w_secs)
    if not (-1e17 < x < 1e17):
        raise space.overflow_error("timestamp out of range")
    return int(x)


def _time_tuple(space, fields):
    return space.newtuple([space.newint(v) for v in fields])


@unwrap_spec('gmtime', opt('obj_or_none', None))
def time_gmtime(space, w_secs):
    fields = civil_from_seconds(_secs_arg(space, w_secs))
    fields.append(0)
    return _time_tuple(space, fields)


@unwrap_spec('localtime', opt('obj_or_none', None))
def time_localtime(space, w_secs):
    secs = _secs_arg(space, w_secs)
    with lltype.scoped_alloc(rffi.CArray(rffi.TIME_T), 1) as t:
        t[0] = rffi.cast(rffi.TIME_T, secs)
        with lltype.scoped_alloc(TM) as tm:
            res = c_localtime_r(t, tm)
            if not res:
                raise space.overflow_error("timestamp out of range")
            year = rffi.getintfield(tm, 'c_tm_year') + 1900
            fields = [year,
                      rffi.getintfield(tm, 'c_tm_mon') + 1,
                      rffi.getintfield(tm, 'c_tm_mday'),
                      rffi.getintfield(tm, 'c_tm_hour'),
                      rffi.getintfield(tm, 'c_tm_min'),
                      rffi.getintfield(tm, 'c_tm_sec'),
                      (rffi.getintfield(tm, 'c_tm_wday') + 6) % 7,
                      rffi.getintfield(tm, 'c_tm_yday') + 1,
                      rffi.getintfield(tm, 'c_tm_isdst')]
    return _time_tuple(space, fields)


@unwrap_spec('mktime', 'obj')
def time_mktime(space, w_tuple):
    if isinstance(w_tuple, W_TupleObject) or isinstance(w_tuple, W_ListObject):
        items_w = space.unpackiterable(w_tuple)
    else:
        items_w = []
    if len(items_w) != 8 and len(items_w) != 9:
        raise space.type_error("mktime needs a tuple of length 8 or 9")
    v = [space.int_w(w_x) for w_x in items_w]
    with lltype.scoped_alloc(TM, zero=True) as tm:
        rffi.setintfield(tm, 'c_tm_year', v[0] - 1900)
        rffi.setintfield(tm, 'c_tm_mon', v[1] - 1)
        rffi.setintfield(tm, 'c_tm_mday', v[2])
        rffi.setintfield(tm, 'c_tm_hour', v[3])
        rffi.setintfield(tm, 'c_tm_min', v[4])
        rffi.setintfield(tm, 'c_tm_sec', v[5])
        rffi.setintfield(tm, 'c_tm_isdst', -1)   # libc decides DST
        result = intmask(c_mktime(tm))
    return space.newint(result)


FUNCTIONS = [time_time, time_time_ns, time_monotonic, time_perf_counter,
             time_clock,
             time_ticks_ms, time_ticks_us, time_ticks_cpu, time_ticks_add,
             time_ticks_diff, time_sleep, time_sleep_ms, time_sleep_us,
             time_gmtime, time_localtime, time_mktime]


def make_module(space):
    w_dict = space.newdict()
    w_dict.setitem(space.newtext('__name__'), space.newtext('time'))
    for func in FUNCTIONS:
        w_func = func.w_builtin
        w_dict.setitem(space.newtext(w_func.name), w_func)
    return W_ModuleObject('time', w_dict)
