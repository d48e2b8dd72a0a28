# String operations, methods, indexing and formatting.
s = "hello"
t = 'world'
print(s + " " + t, s * 3, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2])
print("ell" in s, "z" in s, s == "hello", s != t, s < t, "abc" < "abd")
print(s.upper(), "ABC".lower(), "  pad  ".strip(), "xxhixx".strip("x"))
print("a,b,,c".split(","), " a  b c ".split(), "a b c".split(" ", 1))
print("-".join(["x", "y", "z"]), "".join([]), "aXbXc".replace("X", "--"))
print(s.startswith("he"), s.endswith("lo"), s.find("l"), s.find("z"))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"))
print(str(42), str(1.5), str(None), str(True), repr(3), repr([1, 'a']))
print("{} and {}".format(1, "two"), "{1}{0}".format("a", "b"), "{x}!".format(x=3))
print("{:5}|{:<5}|{:>5}|{:^5}|".format(1, 2, 3, 4), "{:05d}".format(42))
print("{:.3f} {:e} {:x} {:X} {:o} {:b}".format(3.14159, 12345.678, 255, 255, 8, 5))
print("%d %s %r %5.2f %-4d| %x %%" % (1, "s", "r", 2.5, 7, 255))
print("%05d|%+d|% d" % (42, 3, 3), "%c%c" % (72, "i"))
x = 42
name = "micropy"
print(f"{name} says {x}", f"{x:>6}", f"{x * 2}", f"{name!r}", f"{3.14159:.2f}")
print(f"{{literal}}", f"{'nested'}", f"a{x}b{x}c")
u = "héllo wörld"
print(len(u), u[1], u[-1], u[1:4], u.upper(), u[::-1])
for ch in "abc":
    print(ch, ord(ch), chr(ord(ch) + 1))
print(chr(233), ord("é"), chr(0x1F600) == "\U0001F600", len("\u00e9\u4e2d"))
print("a\tb", "x\\y", 'q"uote', "new\nline")
print("%s" % [1, 2], "%s and %s" % ("a", "b"), "x" "y" "z")
