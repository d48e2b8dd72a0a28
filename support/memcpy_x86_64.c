/* memcpy and memmove for static musl builds of micropy on x86-64 (linked in by the
   Makefile): musl's memcpy starts every copy with `rep movsq`, slow for the many
   small copies of the GC's minor collections and of string building (35% of
   bench/programs/strings.py's time, which these bring back to glibc's speed).  Small
   sizes use overlapping unaligned SSE2 moves; big ones `rep movsb` (fast on CPUs with
   ERMS).  Defining memmove too keeps musl's memmove.o (which needs its memcpy.o) out. */
#include <stddef.h>
#include <stdint.h>
#include <emmintrin.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (n <= 16) {
        if (n >= 8) {
            uint64_t a, b;
            __builtin_memcpy(&a, s, 8);
            __builtin_memcpy(&b, s + n - 8, 8);
            __builtin_memcpy(d, &a, 8);
            __builtin_memcpy(d + n - 8, &b, 8);
        } else if (n >= 4) {
            uint32_t a, b;
            __builtin_memcpy(&a, s, 4);
            __builtin_memcpy(&b, s + n - 4, 4);
            __builtin_memcpy(d, &a, 4);
            __builtin_memcpy(d + n - 4, &b, 4);
        } else if (n) {
            unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
            d[0] = a; d[n / 2] = b; d[n - 1] = c;
        }
        return dst;
    }
    if (n <= 32) {
        __m128i a = _mm_loadu_si128((const __m128i *)s);
        __m128i b = _mm_loadu_si128((const __m128i *)(s + n - 16));
        _mm_storeu_si128((__m128i *)d, a);
        _mm_storeu_si128((__m128i *)(d + n - 16), b);
        return dst;
    }
    if (n >= 1024) {
        size_t cnt = n;
        __asm__ __volatile__("rep movsb"
                             : "+D"(d), "+S"(s), "+c"(cnt) : : "memory");
        return dst;
    }
    {
        /* 33..1023 bytes: 32 at a time, then the last 32 (overlapping) */
        __m128i ta = _mm_loadu_si128((const __m128i *)(s + n - 32));
        __m128i tb = _mm_loadu_si128((const __m128i *)(s + n - 16));
        size_t i;
        for (i = 0; i + 32 <= n; i += 32) {
            __m128i a = _mm_loadu_si128((const __m128i *)(s + i));
            __m128i b = _mm_loadu_si128((const __m128i *)(s + i + 16));
            _mm_storeu_si128((__m128i *)(d + i), a);
            _mm_storeu_si128((__m128i *)(d + i + 16), b);
        }
        _mm_storeu_si128((__m128i *)(d + n - 32), ta);
        _mm_storeu_si128((__m128i *)(d + n - 16), tb);
    }
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    size_t i;
    __m128i h0, h1, a, b;
    /* small copies load everything before storing, and a forward copy is
       right whenever the destination starts before the source */
    if (n <= 32 || d <= s || d >= s + n)
        return memcpy(dst, src, n);
    /* overlapping with d > s: 32 bytes at a time from the end */
    h0 = _mm_loadu_si128((const __m128i *)s);
    h1 = _mm_loadu_si128((const __m128i *)(s + 16));
    for (i = n; i >= 64; i -= 32) {
        a = _mm_loadu_si128((const __m128i *)(s + i - 32));
        b = _mm_loadu_si128((const __m128i *)(s + i - 16));
        _mm_storeu_si128((__m128i *)(d + i - 32), a);
        _mm_storeu_si128((__m128i *)(d + i - 16), b);
    }
    a = _mm_loadu_si128((const __m128i *)(s + i - 32));
    b = _mm_loadu_si128((const __m128i *)(s + i - 16));
    _mm_storeu_si128((__m128i *)(d + i - 32), a);
    _mm_storeu_si128((__m128i *)(d + i - 16), b);
    _mm_storeu_si128((__m128i *)d, h0);
    _mm_storeu_si128((__m128i *)(d + 16), h1);
    return dst;
}
