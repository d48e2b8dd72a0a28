# An uncaught exception: output so far, then exit status 1.
print("before")
def fail():
    raise ValueError("boom")
fail()
print("never")
