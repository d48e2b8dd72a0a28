import _cyc_a
B = "b"
def a_loaded_partly():
    return hasattr(_cyc_a, "A")
