"""A plain module beside the program."""
COUNT = 3
_private = "hidden"
def triple(x):
    return x * COUNT
if __name__ == "__main__":
    print("never printed on import")
