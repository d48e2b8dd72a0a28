# Objects and float math: a small ray tracer (spheres, diffuse light).
from _harness import run, size_arg


class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / self.dot(self) ** 0.5)


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - disc ** 0.5
        return t if t > 1e-6 else None


def render(n):
    scene = [Sphere(Vec(0, -1, 3), 1, 0.9), Sphere(Vec(2, 0, 4), 1, 0.6),
             Sphere(Vec(-2, 0, 4), 1, 0.3), Sphere(Vec(0, -5001, 0), 5000, 0.5)]
    light = Vec(1, 1, -1).norm()
    origin = Vec(0, 0, 0)
    total = 0.0
    hits = 0
    for j in range(n):
        for i in range(n):
            d = Vec((i - n / 2) / n, (n / 2 - j) / n, 1).norm()
            best = None
            best_t = 1e30
            for s in scene:
                t = s.hit(origin, d)
                if t is not None and t < best_t:
                    best, best_t = s, t
            if best is not None:
                hits += 1
                p = origin + d.scale(best_t)
                normal = (p - best.center).norm()
                total += best.shade * max(0.0, normal.dot(light))
    return hits, total


def check(n, r):
    hits, total = r
    return n * n // 3 < hits <= n * n and 0 < total < hits

run('raytrace', render, size_arg(100), check)
