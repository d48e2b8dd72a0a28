"""SHA-256 (FIPS 180-4) in RPython, with the interface of rlib's rsha
(update, digest, hexdigest, copy); rpython 0.2.1 has no SHA-256.
Words are r_uint masked to 32 bits (r_uint is 64 bits wide here)."""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rstring import StringBuilder

MASK = r_uint(0xffffffff)

K = [r_uint(x) for x in [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]]

H_INIT = [r_uint(x) for x in [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
    0x1f83d9ab, 0x5be0cd19]]

HEX = '0123456789abcdef'


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK


class RSHA256(object):

    def __init__(self, initialdata=''):
        self.h = [h for h in H_INIT]
        self.count = 0          # bytes hashed so far
        self.input = ''         # pending bytes, < 64
        self.w = [r_uint(0)] * 64
        self.update(initialdata)

    def _transform(self, s, pos):
        w = self.w
        for t in range(16):
            i = pos + t * 4
            w[t] = ((r_uint(ord(s[i])) << 24) | (r_uint(ord(s[i + 1])) << 16)
                    | (r_uint(ord(s[i + 2])) << 8) | r_uint(ord(s[i + 3])))
        for t in range(16, 64):
            x = w[t - 15]
            s0 = _rotr(x, 7) ^ _rotr(x, 18) ^ (x >> 3)
            y = w[t - 2]
            s1 = _rotr(y, 17) ^ _rotr(y, 19) ^ (y >> 10)
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK
        h = self.h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        e = h[4]
        f = h[5]
        g = h[6]
        hh = h[7]
        for t in range(64):
            S1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            ch = (e & f) ^ ((~e & MASK) & g)
            temp1 = (hh + S1 + ch + K[t] + w[t]) & MASK
            S0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            temp2 = (S0 + maj) & MASK
            hh = g
            g = f
            f = e
            e = (d + temp1) & MASK
            d = c
            c = b
            b = a
            a = (temp1 + temp2) & MASK
        h[0] = (h[0] + a) & MASK
        h[1] = (h[1] + b) & MASK
        h[2] = (h[2] + c) & MASK
        h[3] = (h[3] + d) & MASK
        h[4] = (h[4] + e) & MASK
        h[5] = (h[5] + f) & MASK
        h[6] = (h[6] + g) & MASK
        h[7] = (h[7] + hh) & MASK

    def update(self, data):
        self.count += len(data)
        n = len(data)
        i = 0
        if self.input:
            need = 64 - len(self.input)
            assert need >= 0
            if n < need:
                self.input = self.input + data
                return
            block = self.input + data[:need]
            self._transform(block, 0)
            self.input = ''
            i = need
        while i + 64 <= n:
            self._transform(data, i)
            i += 64
        assert i >= 0
        self.input = data[i:]

    def copy(self):
        clone = RSHA256()
        clone.h = [x for x in self.h]
        clone.count = self.count
        clone.input = self.input
        return clone

    def digest(self):
        clone = self.copy()
        bitlen = r_uint(self.count) << 3
        pad = 55 - len(self.input)
        if pad < 0:
            pad += 64
        tail = StringBuilder(pad + 9)
        tail.append('\x80')
        tail.append_multiple_char('\x00', pad)
        for k in range(8):
            tail.append(chr(intmask((bitlen >> ((7 - k) * 8)) & r_uint(0xff))))
        clone.update(tail.build())
        out = StringBuilder(32)
        for x in clone.h:
            out.append(chr(intmask((x >> 24) & r_uint(0xff))))
            out.append(chr(intmask((x >> 16) & r_uint(0xff))))
            out.append(chr(intmask((x >> 8) & r_uint(0xff))))
            out.append(chr(intmask(x & r_uint(0xff))))
        return out.build()

    def hexdigest(self):
        d = self.digest()
        out = StringBuilder(64)
        for c in d:
            out.append(HEX[ord(c) >> 4])
            out.append(HEX[ord(c) & 15])
        return out.build()
