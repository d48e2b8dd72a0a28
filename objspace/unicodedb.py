"""The Unicode character properties micropy uses, in compact tables.

The same answers as rpython.rlib.unicodedata.unicodedb_8_0_0 (which the
str methods, int() and the regex engine used directly), for the queries
micropy makes: the character-class predicates, category(), decimal(), the
simple and full case mappings and casefold_lookup().  rlib's module pulls
in the tables of Unicode 5.2 as well (its base for the case mappings) as
prebuilt RPython dicts: ~180 KB of the binary.  Here the tables are built at
import time (about 0.5 s of CPython, translation or untranslated start)
from rlib's own functions, so the answers are rlib's:

  - every code point gets a record: its flags (rlib's bits), its general
    category, its decimal value, its lower/upper/title case as deltas
    (~230 distinct records);
  - a three-level table maps a code point to its record:
    _INDEX1[cp >> 9] -> a block of _INDEX2 (2 bytes per entry) -> a page of
    16 record numbers in _INDEX3 (strings of bytes);
  - the few code points with a multi-character case mapping or a casefold
    of their own (flagged in the record) are looked up in small dicts.

rsre_char.set_unicode_db() accepts this module (it calls tolower, toupper,
isdecimal, isspace, isalnum, islinebreak and category).  (RPython; the
building part is import-time Python 2.7.)
"""
from rpython.rlib.unicodedata import unicodedb_8_0_0 as _rlibdb

# flag bits, as rlib's records have them
SPACE = 1
ALPHA = 2
LINEBREAK = 4
UPPER = 8
TITLE = 16
LOWER = 32
NUMERIC = 64
DIGIT = 128
DECIMAL = 256
XID_START = 1024
XID_CONTINUE = 2048
PRINTABLE = 4096
CASE_IGNORABLE = 8192
_RLIB_FLAGS = 0x3fff
# ours
SPECIAL_CASING = 1 << 14    # in _SPECIAL_AT: full case mappings of their own
CASEFOLD = 1 << 15          # in _CASEFOLD_AT
_FLAG_BITS = 16
_CAT_SHIFT = _FLAG_BITS     # 5 bits: index in _CATEGORIES
_DEC_SHIFT = _CAT_SHIFT + 5  # 4 bits: decimal value + 1 (0: none)

_DELTA_BITS = 20
_DELTA_MASK = (1 << _DELTA_BITS) - 1
_DELTA_OFFSET = 1 << (_DELTA_BITS - 1)

_SHIFT3 = 4                 # code points per page: 16
_SHIFT2 = 5                 # pages per block: 32
_MAXCP = 0x110000


def _build():
    """(records props, records case, categories, index1, index2, index3,
    special, casefold), from rlib's database."""
    db = _rlibdb
    base = db.base_mod
    mods = [db] + ([base] if base is not None else [])
    irregular = set()      # code points not described by their page alone
    for mod in mods:
        for name in ('_toupper', '_tolower', '_totitle', '_decimal',
                     '_decimal_corrected', '_special_casing',
                     '_casefolds'):
            irregular.update(getattr(mod, name, {}).keys())
    special = {}
    casefold = {}
    categories = []
    records = {}
    props = []
    cases = []

    def record(cp):
        r = db._get_record(cp)
        flags = r[3] & _RLIB_FLAGS
        if cp in irregular:
            full = (db.tolower_full(cp), db.totitle_full(cp),
                    db.toupper_full(cp))
            if (full[0] != [db.tolower(cp)] or full[1] != [db.totitle(cp)]
                    or full[2] != [db.toupper(cp)]):
                flags |= SPECIAL_CASING
                special[cp] = [list(full[0]), list(full[1]), list(full[2])]
            folded = db.casefold_lookup(cp)
            if folded is not None:
                flags |= CASEFOLD
                casefold[cp] = list(folded)
            try:
                dec = db.decimal(cp)
            except KeyError:
                dec = -1
            lower = db.tolower(cp) - cp
            upper = db.toupper(cp) - cp
            title = db.totitle(cp) - cp
        else:
            dec = -1
            lower = upper = title = 0
        cat = r[0]
        if cat not in categories:
            categories.append(cat)
        assert -1 <= dec <= 9
        p = flags | (categories.index(cat) << _CAT_SHIFT) | \
            ((dec + 1) << _DEC_SHIFT)
        c = 0
        for i, delta in enumerate((lower, upper, title)):
            assert -_DELTA_OFFSET <= delta < _DELTA_OFFSET
            c |= (delta + _DELTA_OFFSET) << (i * _DELTA_BITS)
        key = (p, c)
        num = records.get(key)
        if num is None:
            num = records[key] = len(props)
            props.append(p)
            cases.append(c)
        return num

    # record numbers of every code point; rlib's 256-code-point pages
    # without an irregular code point are computed once
    numbers = []
    page_cache = {}
    for blk in range(_MAXCP >> 8):
        start = blk << 8
        page = ord(db._db_pgtbl[blk])
        regular = True
        for cp in range(start, start + 256):
            if cp in irregular:
                regular = False
                break
        if regular and page in page_cache:
            numbers.extend(page_cache[page])
            continue
        nums = [record(cp) for cp in range(start, start + 256)]
        if regular:
            page_cache[page] = nums
        numbers.extend(nums)
    assert len(props) <= 256 and len(categories) <= 32

    def split(seq, shift):
        pages = {}
        chunks = []
        top = []
        for i in range(0, len(seq), 1 << shift):
            chunk = tuple(seq[i:i + (1 << shift)])
            n = pages.get(chunk)
            if n is None:
                n = pages[chunk] = len(chunks)
                chunks.append(chunk)
            top.append(n)
        return top, chunks

    level2, pages3 = split(numbers, _SHIFT3)
    index3 = ''.join([chr(n) for chunk in pages3 for n in chunk])
    level1, blocks2 = split(level2, _SHIFT2)
    assert len(pages3) < 65536 and len(blocks2) <= 256
    index2 = ''.join([chr(n >> 8) + chr(n & 255)
                      for chunk in blocks2 for n in chunk])
    index1 = ''.join([chr(n) for n in level1])
    return (props, cases, categories, index1, index2, index3,
            special, casefold)


def _flatten(special, casefold):
    """The full case mappings as one int list, each mapping as its length
    followed by its code points, and two dicts from a code point to the
    offset of its mappings there (lower, title, upper in a row; casefold):
    ~500 small prebuilt lists were ~20 KB of the binary."""
    flat = []
    special_at = {}
    casefold_at = {}
    for cp in sorted(special):
        special_at[cp] = len(flat)
        for cps in special[cp]:
            flat.append(len(cps))
            flat.extend(cps)
    for cp in sorted(casefold):
        casefold_at[cp] = len(flat)
        flat.append(len(casefold[cp]))
        flat.extend(casefold[cp])
    return flat, special_at, casefold_at


(_PROPS, _CASES, _CATEGORIES, _INDEX1, _INDEX2, _INDEX3,
 _special, _casefold) = _build()
_FULL, _SPECIAL_AT, _CASEFOLD_AT = _flatten(_special, _casefold)
del _build, _flatten, _special, _casefold


def _record(code):
    i2 = (ord(_INDEX1[code >> (_SHIFT3 + _SHIFT2)]) << _SHIFT2) + \
        ((code >> _SHIFT3) & ((1 << _SHIFT2) - 1))
    page = (ord(_INDEX2[2 * i2]) << 8) | ord(_INDEX2[2 * i2 + 1])
    return ord(_INDEX3[(page << _SHIFT3) + (code & ((1 << _SHIFT3) - 1))])


def _props(code):
    return _PROPS[_record(code)]


def category(code):
    return _CATEGORIES[(_props(code) >> _CAT_SHIFT) & 31]


def isspace(code):
    return _props(code) & SPACE != 0


def isalpha(code):
    return _props(code) & ALPHA != 0


def islinebreak(code):
    return _props(code) & LINEBREAK != 0


def isnumeric(code):
    return _props(code) & NUMERIC != 0


def isdigit(code):
    return _props(code) & DIGIT != 0


def isdecimal(code):
    return _props(code) & DECIMAL != 0


def isalnum(code):
    return _props(code) & (ALPHA | NUMERIC) != 0


def isupper(code):
    return _props(code) & UPPER != 0


def istitle(code):
    return _props(code) & TITLE != 0


def islower(code):
    return _props(code) & LOWER != 0


def iscased(code):
    return _props(code) & (UPPER | TITLE | LOWER) != 0


def isxidstart(code):
    return _props(code) & XID_START != 0


def isxidcontinue(code):
    return _props(code) & XID_CONTINUE != 0


def isprintable(code):
    return _props(code) & PRINTABLE != 0


def iscaseignorable(code):
    return _props(code) & CASE_IGNORABLE != 0


def decimal(code):
    """The decimal digit value; KeyError when code has none."""
    value = ((_props(code) >> _DEC_SHIFT) & 15) - 1
    if value < 0:
        raise KeyError
    return value


def _delta(code, which):
    c = _CASES[_record(code)]
    return code + ((c >> (which * _DELTA_BITS)) & _DELTA_MASK) - _DELTA_OFFSET


def tolower(code):
    return _delta(code, 0)


def toupper(code):
    return _delta(code, 1)


def totitle(code):
    return _delta(code, 2)


def _mapping_at(offset):
    """The code points of the mapping stored at offset in _FULL."""
    start = offset + 1
    stop = start + _FULL[offset]
    assert start >= 0 and stop >= start
    return _FULL[start:stop]


def _special_mapping(code, which):
    """Full mapping `which` (0 lower, 1 title, 2 upper) of a code point
    with SPECIAL_CASING."""
    offset = _SPECIAL_AT[code]
    for i in range(which):
        offset += _FULL[offset] + 1
    return _mapping_at(offset)


def tolower_full(code):
    if _props(code) & SPECIAL_CASING:
        return _special_mapping(code, 0)
    return [tolower(code)]


def totitle_full(code):
    if _props(code) & SPECIAL_CASING:
        return _special_mapping(code, 1)
    return [totitle(code)]


def toupper_full(code):
    if _props(code) & SPECIAL_CASING:
        return _special_mapping(code, 2)
    return [toupper(code)]


def casefold_lookup(code):
    """The full case folding of code when it has one of its own, else None
    (then it folds to tolower_full(code))."""
    if _props(code) & CASEFOLD:
        return _mapping_at(_CASEFOLD_AT[code])
    return None
