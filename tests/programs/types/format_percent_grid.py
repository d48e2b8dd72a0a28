# micropy: slow
# printf-style formatting: the full grid of conversions x flags x width x
# precision over ints (big ones too) and floats (binaries only; the light
# version is format_percent.py).

ints = [0, 1, -1, 42, -42, 255, 2 ** 31, -2 ** 63, 2 ** 100, -3 ** 50, True]
for conv in "diuxXo":
    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "+-#0"]:
        for width in ["", "1", "8", "30"]:
            for prec in ["", ".0", ".3", ".12"]:
                fmt = "%" + flags + width + prec + conv
                print(fmt, "|".join([fmt % v for v in ints]))

floats = [0.0, -0.0, 1.0, -1.5, 0.5, 1.5, 2.5, 3.14159265358979, 1e-5, 1e16,
          1.23456789e-300, 1e300, 123456789.0, 0.1, 2 ** 0.5, float("inf"),
          float("-inf"), float("nan"), 5, 2 ** 70]
for conv in "eEfFgG":
    for flags in ["", "-", "+", " ", "#", "0", "+0", "#-"]:
        for width in ["", "12"]:
            for prec in ["", ".0", ".1", ".3", ".17"]:
                fmt = "%" + flags + width + prec + conv
                print(fmt, "|".join([fmt % v for v in floats]))

