print("pkg init")
from .core import greet
VERSION = (1, 2)
__all__ = ["greet", "VERSION"]
