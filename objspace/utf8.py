"""UTF-8 helpers for str (RPython 0.2.1 has no rutf8).

Strings are kept as valid UTF-8 byte strings; these helpers count, index
and build them by code point.  Source of the encoding: RFC 3629.
"""


def is_ascii(s):
    for c in s:
        if ord(c) >= 0x80:
            return False
    return True


def codepoint_count(s):
    """Number of code points in the valid UTF-8 string s."""
    n = 0
    for c in s:
        if (ord(c) & 0xC0) != 0x80:
            n += 1
    return n


def next_codepoint_pos(s, pos):
    """Byte index of the code point after the one starting at pos."""
    c = ord(s[pos])
    if c < 0x80:
        return pos + 1
    if c < 0xE0:
        return pos + 2
    if c < 0xF0:
        return pos + 3
    return pos + 4


def codepoint_at(s, pos):
    """The code point (int) starting at byte index pos."""
    c = ord(s[pos])
    if c < 0x80:
        return c
    if c < 0xE0:
        return ((c & 0x1F) << 6) | (ord(s[pos + 1]) & 0x3F)
    if c < 0xF0:
        return (((c & 0x0F) << 12) | ((ord(s[pos + 1]) & 0x3F) << 6)
                | (ord(s[pos + 2]) & 0x3F))
    return (((c & 0x07) << 18) | ((ord(s[pos + 1]) & 0x3F) << 12)
            | ((ord(s[pos + 2]) & 0x3F) << 6) | (ord(s[pos + 3]) & 0x3F))


def byte_index(s, index):
    """Byte offset of code point number `index` (0 <= index <= count)."""
    pos = 0
    while index > 0:
        pos = next_codepoint_pos(s, pos)
        index -= 1
    return pos


def encode_codepoint(cp):
    """The UTF-8 bytes of one code point (0 <= cp <= 0x10FFFF)."""
    if cp < 0x80:
        return chr(cp)
    if cp < 0x800:
        return chr(0xC0 | (cp >> 6)) + chr(0x80 | (cp & 0x3F))
    if cp < 0x10000:
        return (chr(0xE0 | (cp >> 12)) + chr(0x80 | ((cp >> 6) & 0x3F))
                + chr(0x80 | (cp & 0x3F)))
    return (chr(0xF0 | (cp >> 18)) + chr(0x80 | ((cp >> 12) & 0x3F))
            + chr(0x80 | ((cp >> 6) & 0x3F)) + chr(0x80 | (cp & 0x3F)))


def check_utf8(s):
    """Index of the first byte that is not valid UTF-8, or -1 if s is valid."""
    pos = 0
    n = len(s)
    while pos < n:
        c = ord(s[pos])
        if c < 0x80:
            pos += 1
            continue
        if 0xC2 <= c < 0xE0:
            need = 1
        elif 0xE0 <= c < 0xF0:
            need = 2
        elif 0xF0 <= c < 0xF5:
            need = 3
        else:
            return pos
        if pos + need >= n:
            return pos
        for k in range(1, need + 1):
            if (ord(s[pos + k]) & 0xC0) != 0x80:
                return pos
        cp = codepoint_at(s, pos)
        if ((need == 2 and (cp < 0x800 or 0xD800 <= cp <= 0xDFFF))
                or (need == 3 and (cp < 0x10000 or cp > 0x10FFFF))):
            return pos
        pos += need + 1
    return -1


def prev_codepoint_pos(s, pos):
    """Byte index of the code point before the one starting at pos (> 0)."""
    pos -= 1
    while pos > 0 and (ord(s[pos]) & 0xC0) == 0x80:
        pos -= 1
    return pos


def codepoint_count_range(s, start, end):
    """Number of code points in s[start:end] (byte offsets at boundaries)."""
    n = 0
    for i in range(start, end):
        if (ord(s[i]) & 0xC0) != 0x80:
            n += 1
    return n


def advance(s, pos, count):
    """Byte index `count` code points after byte index pos."""
    while count > 0:
        pos = next_codepoint_pos(s, pos)
        count -= 1
    return pos


# Long non-ASCII strings keep the byte offset of every INDEX_STEP-th code
# point (PyPy's approach), so indexing costs O(INDEX_STEP) instead of O(n).
INDEX_STEP = 64


def build_index(s):
    """[byte offset of code point 0, INDEX_STEP, 2*INDEX_STEP, ...]."""
    index = [0]
    count = 0
    for i in range(len(s)):
        if (ord(s[i]) & 0xC0) != 0x80:
            if count == INDEX_STEP:
                index.append(i)
                count = 0
            count += 1
    return index


def byte_index_with(s, index, i):
    """Byte offset of code point i, using an index from build_index."""
    k = i // INDEX_STEP
    return advance(s, index[k], i - k * INDEX_STEP)


def codepoint_index_with(s, index, pos):
    """Code point number of the code point starting at byte offset pos."""
    lo = 0
    hi = len(index) - 1
    while lo < hi:       # the last entry <= pos
        mid = (lo + hi + 1) // 2
        if index[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo * INDEX_STEP + codepoint_count_range(s, index[lo], pos)
