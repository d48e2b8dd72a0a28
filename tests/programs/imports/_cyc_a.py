import _cyc_b
A = "a"
def from_b():
    return _cyc_b.B
