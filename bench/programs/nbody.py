# Float arithmetic on lists: the n-body simulation (after the Computer
# Language Benchmarks Game's, written again here).
from _harness import run, size_arg

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24


def bodies():
    return [
        [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS],
        [[4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
         [1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS,
          -6.90460016972063023e-05 * DAYS], 9.54791938424326609e-04 * SOLAR_MASS],
        [[8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
         [-2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS,
          2.30417297573763929e-05 * DAYS], 2.85885980666130812e-04 * SOLAR_MASS],
        [[1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
         [2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS,
          -2.96589568540237556e-05 * DAYS], 4.36624404335156298e-05 * SOLAR_MASS],
        [[1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
         [2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS,
          -9.51592254519715870e-05 * DAYS], 5.15138902046611451e-05 * SOLAR_MASS],
    ]


def energy(bs):
    e = 0.0
    for i in range(len(bs)):
        (x, y, z), (vx, vy, vz), m = bs[i]
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, len(bs)):
            (x2, y2, z2), v2, m2 = bs[j]
            dx, dy, dz = x - x2, y - y2, z - z2
            e -= m * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bs, dt, steps):
    pairs = [(bs[i], bs[j]) for i in range(len(bs)) for j in range(i + 1, len(bs))]
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, m in bs:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def simulate(steps):
    bs = bodies()
    px = py = pz = 0.0
    for p, v, m in bs:
        px += v[0] * m
        py += v[1] * m
        pz += v[2] * m
    sun = bs[0][1]
    sun[0] = -px / SOLAR_MASS
    sun[1] = -py / SOLAR_MASS
    sun[2] = -pz / SOLAR_MASS
    e0 = energy(bs)
    advance(bs, 0.01, steps)
    return e0, energy(bs)


def check(n, r):
    e0, e1 = r
    # energy is conserved to a few parts in a million over these runs
    return abs(e0 + 0.16907516382852447) < 1e-12 and abs(e1 - e0) < 1e-4

run('nbody', simulate, size_arg(20000), check)
