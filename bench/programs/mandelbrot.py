# Float loops: count the points of a grid inside the Mandelbrot set.
from _harness import run, size_arg


def mandel(n):
    inside = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            for _ in range(50):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    break
            else:
                inside += 1
    return inside


def check(n, r):
    # the set's area is about 1.5066; the grid covers a 2 x 2 square
    return abs(r / (n * n) * 4.0 - 1.55) < 0.1

run('mandelbrot', mandel, size_arg(120), check)
