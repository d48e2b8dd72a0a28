"""Builtin-module pieces whose output varies from run to run (so not in the
program corpus): micropython.mem_info/qstr_info's shapes, and the
interp-level helpers of time (dates), gc (/proc parsing) and math."""
import re

from interp.main import space as _space
from objspace.modules import micropython, gc, math as mathmodule
from objspace.modules import time as timemodule


def printed(space, func, args_w):
    space.flush_stdout()
    del space.stdout_buffer[:]
    space.stdout_buffered = 0
    func.w_builtin.descr_call(space, args_w, None)
    text = ''.join(space.stdout_buffer)
    del space.stdout_buffer[:]
    space.stdout_buffered = 0
    return text


def test_mem_info_shape():
    text = printed(_space, micropython.micropython_mem_info, [])
    lines = text.splitlines()
    assert re.match(r'mem: total=\d+, current=\d+, peak=\d+$', lines[0])
    assert re.match(r'stack: \d+ out of \d+$', lines[1])
    assert re.match(r'GC: total: \d+, used: \d+, free: -?\d+$', lines[2])
    assert len(lines) == 3
    verbose = printed(_space, micropython.micropython_mem_info,
                      [_space.newint(1)])
    assert len(verbose.splitlines()) == 4


def test_qstr_info_shape():
    text = printed(_space, micropython.micropython_qstr_info, [])
    assert text.startswith('qstr pool: n_pool=')


def test_read_proc_kb():
    assert gc.read_proc_kb('/proc/self/status', 'VmRSS') > 0
    assert gc.read_proc_kb('/proc/self/status', 'NoSuchField') == -1
    assert gc.read_proc_kb('/no/such/file', 'VmRSS') == -1


def test_civil_from_seconds_matches_days():
    import calendar
    for secs in [0, -1, 86399, 86400, 951782400, 4102444800, -2208988800,
                 253402300799, -62135596800]:
        fields = timemodule.civil_from_seconds(secs)
        import time
        expected = time.gmtime(secs)
        assert fields[:6] == list(expected[:6])
        assert fields[6] == expected.tm_wday
        assert fields[7] == expected.tm_yday
        assert calendar.timegm(expected) == secs


def test_bigint_frexp():
    """m * 2**e is the float nearest to the int (ties to even)."""
    from rpython.rlib.rbigint import rbigint
    for value in [2 ** 1100, 3 ** 700 + 1, 10 ** 400 - 1, 2 ** 1100 - 1,
                  (2 ** 53 + 1) << 1000, (2 ** 53 + 3) << 1000]:
        m, e = mathmodule.bigint_frexp(rbigint.fromlong(value))
        assert 0.5 <= m < 1.0
        mantissa = int(m * 2 ** 53)          # exact: m has 53 bits
        error = abs(value - (mantissa << (e - 53)))
        half_ulp = 1 << (e - 54)
        assert error < half_ulp or (error == half_ulp and mantissa % 2 == 0)


def test_schedule_runs_and_reports_errors():
    """A failing callback is reported (traceback on stdout, as MicroPython
    prints it) and the others still run."""
    from objspace.functionobject import W_BuiltinFunction
    space = _space
    calls = []

    def record(space, args_w, kwnames):
        calls.append(space.int_w(args_w[0]))
        return space.w_None

    def fail(space, args_w, kwnames):
        raise space.value_error("boom")
    w_record = W_BuiltinFunction('record', record, 1, 1)
    w_fail = W_BuiltinFunction('fail', fail, 1, 1)
    schedule = micropython.micropython_schedule.w_builtin
    schedule.descr_call(space, [w_record, space.newint(1)], None)
    schedule.descr_call(space, [w_fail, space.newint(2)], None)
    schedule.descr_call(space, [w_record, space.newint(3)], None)
    assert space.sched_pending
    space.flush_stdout()
    space.run_scheduled()
    text = ''.join(space.stdout_buffer)
    del space.stdout_buffer[:]
    space.stdout_buffered = 0
    assert calls == [1, 3]
    assert 'Traceback (most recent call last):' in text
    assert text.endswith('ValueError: boom\n')
    assert not space.sched_pending and not space.sched_queue
