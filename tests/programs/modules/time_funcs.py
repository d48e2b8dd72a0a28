# time: MicroPython's tuples and ticks arithmetic (expected output from MicroPython's unix port)
import time

print(time.gmtime(0))
print(time.gmtime(1))
print(time.gmtime(-1))
print(time.gmtime(951782400))
print(time.gmtime(951782400 + 86400))
print(time.gmtime(1700000000))
print(time.gmtime(2 ** 31))
print(time.gmtime(4102444800))
print(time.gmtime(1.9), time.gmtime(-1.5))
print(time.gmtime(-86400 * 365))
print(len(time.gmtime()), type(time.gmtime()[0]).__name__)

# localtime depends on TZ: check shape and the round trip through mktime
for t in [0, 86400 * 200, 1700000000, 951782400]:
    lt = time.localtime(t)
    print(len(lt), type(lt).__name__, time.mktime(lt) == t)
print(len(time.localtime()), time.mktime(time.localtime(1234567890)))
print(type(time.mktime((2020, 1, 1, 0, 0, 0, 0, 0))).__name__)
a = time.mktime((2020, 1, 31, 12, 0, 0, 0, 0))
b = time.mktime((2020, 2, 0, 12, 0, 0, 0, 0))
c = time.mktime((2020, 1, 30, 36, 0, 0, 0, 0))
print(a == b, a == c, time.mktime([2020, 1, 31, 12, 0, 0, 0, 0, 0]) == a)

# clocks
t1 = time.time()
n1 = time.time_ns()
print(type(t1).__name__, type(n1).__name__, t1 > 1.6e9, n1 > 16 * 10 ** 17)
m1 = time.ticks_ms()
u1 = time.ticks_us()
c1 = time.ticks_cpu()
print(type(m1).__name__, type(u1).__name__, type(c1).__name__, m1 >= 0, u1 >= 0)
time.sleep_ms(30)
time.sleep_us(1000)
time.sleep(0.01)
time.sleep(0)
time.sleep_ms(0)
time.sleep_ms(-5)
d_ms = time.ticks_diff(time.ticks_ms(), m1)
d_us = time.ticks_diff(time.ticks_us(), u1)
print(40 <= d_ms < 5000, 40000 <= d_us < 5000000)
print(time.time() >= t1, time.time_ns() >= n1)
cpu = time.clock()
print(type(cpu).__name__, cpu >= 0)

# ticks arithmetic wraps at the ticks period (2**62 on 64-bit machines)
period = time.ticks_add(0, -1) + 1
print(period == 2 ** 62)
print(time.ticks_add(0, -1), time.ticks_add(period - 1, 1), time.ticks_add(5, -10))
print(time.ticks_add(100, 200), time.ticks_add(-1, 1))
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5), time.ticks_diff(1, period - 1))
print(time.ticks_diff(period // 2, 0), time.ticks_diff(period // 2 - 1, 0))
print(time.ticks_diff(time.ticks_add(1000, -2000), 1000))
for delta in [period // 2, -(period // 2), period, period // 2 - 1]:
    try:
        print(time.ticks_add(0, delta))
    except OverflowError as e:
        print('OverflowError', e)

def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)

check('sleep(-1)', lambda: time.sleep(-1))
check('mktime short', lambda: time.mktime((2020, 1, 1)))
check('mktime int', lambda: time.mktime(5))
check('gmtime str', lambda: time.gmtime('x'))
check('sleep str', lambda: time.sleep('x'))
