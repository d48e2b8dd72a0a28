from .. import core
from ..core import greet as g
VALUE = g("deep") + " via " + core.__name__
