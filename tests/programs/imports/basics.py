# import, from-import, packages, relative imports, sys.modules caching, cycles.
import sys
import _helper
import _helper as hm
from _helper import triple, COUNT as N
print(_helper.triple(2), hm is _helper, triple(5), N, _helper.__name__)
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)

import pkg
print(pkg.greet("world"), pkg.VERSION, pkg.__name__)
import pkg.core
import pkg  # cached: no second "pkg init"
from pkg.sub import deep
from pkg.sub.deep import VALUE
print(deep.VALUE == VALUE, VALUE)
import pkg.sub.deep as d
print(d is deep, pkg.sub.deep is deep)

from pkg import *
print(greet("star"), VERSION)

import _cyc_a
print(_cyc_a.A, _cyc_a.from_b(), _cyc_a._cyc_b.a_loaded_partly())

try:
    import no_such_module
except ImportError as e:
    print("ImportError raised")
try:
    from _helper import nothing_here
except ImportError:
    print("ImportError for a missing name")

from _helper import *
print(triple(1), "_private" in dir() if False else "no private")
print(__name__, isinstance(sys.argv, list), sys.platform)
