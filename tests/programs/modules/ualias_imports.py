# u-prefixed names of MicroPython's extensible builtin modules are the same modules
import time, utime, random, urandom, errno, uerrno, heapq, uheapq
import collections, ucollections, platform, uplatform, sys, usys
print(utime is time, urandom is random, uerrno is errno, uheapq is heapq)
print(ucollections is collections, uplatform is platform, usys is sys)
import utime as t2
print(t2 is time)
from utime import ticks_add, ticks_diff
print(ticks_add is time.ticks_add, ticks_diff(5, 3))
from ucollections import deque, namedtuple, OrderedDict
print(deque is collections.deque, OrderedDict is collections.OrderedDict)
from uerrno import ENOENT
print(ENOENT)
try:
    import umath
    print('umath imported')
except ImportError:
    print('umath ImportError')
try:
    import ugc
    print('ugc imported')
except ImportError:
    print('ugc ImportError')
try:
    import umicropython
    print('umicropython imported')
except ImportError:
    print('umicropython ImportError')
try:
    import ubuiltins
    print('ubuiltins imported')
except ImportError:
    print('ubuiltins ImportError')
try:
    import uu
    print('uu imported')
except ImportError:
    print('uu ImportError')
try:
    import utimex
    print('utimex imported')
except ImportError:
    print('utimex ImportError')
import gc, math, micropython
print(gc.isenabled(), math.floor(2.5), micropython.const(1))
