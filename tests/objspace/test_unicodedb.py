"""objspace/unicodedb.py answers as rlib's unicodedb_8_0_0 does (the
database it is built from), for the full case mappings stored apart and
for every other function on a spread of code points."""
from rpython.rlib.unicodedata import unicodedb_8_0_0 as rlibdb

from objspace import unicodedb


def _irregular():
    cps = set()
    for mod in (rlibdb, rlibdb.base_mod):
        if mod is None:
            continue
        for name in ('_special_casing', '_casefolds', '_toupper',
                     '_tolower', '_totitle'):
            cps.update(getattr(mod, name, {}).keys())
    return sorted(cps)


def test_full_case_mappings():
    cps = _irregular()
    assert len(cps) > 100
    for cp in cps:
        assert unicodedb.tolower_full(cp) == list(rlibdb.tolower_full(cp))
        assert unicodedb.toupper_full(cp) == list(rlibdb.toupper_full(cp))
        assert unicodedb.totitle_full(cp) == list(rlibdb.totitle_full(cp))
        folded = rlibdb.casefold_lookup(cp)
        mine = unicodedb.casefold_lookup(cp)
        if folded is None:
            assert mine is None
        else:
            assert mine == list(folded)
    # the known multi-code-point ones
    assert unicodedb.toupper_full(0xdf) == [0x53, 0x53]          # sharp s
    assert unicodedb.tolower_full(0x130) == [0x69, 0x307]        # I dot
    assert unicodedb.totitle_full(0x1f80) == [0x1f88]
    assert unicodedb.casefold_lookup(0xdf) == [0x73, 0x73]
    assert unicodedb.casefold_lookup(0x41) is None


def test_other_functions_on_a_spread():
    for cp in list(range(0, 0x3000, 7)) + list(range(0x10000, 0x110000, 997)):
        assert unicodedb.category(cp) == rlibdb.category(cp)
        assert unicodedb.isspace(cp) == rlibdb.isspace(cp)
        assert unicodedb.isalpha(cp) == rlibdb.isalpha(cp)
        assert unicodedb.isupper(cp) == rlibdb.isupper(cp)
        assert unicodedb.islower(cp) == rlibdb.islower(cp)
        assert unicodedb.tolower(cp) == rlibdb.tolower(cp)
        assert unicodedb.toupper(cp) == rlibdb.toupper(cp)
        assert unicodedb.totitle(cp) == rlibdb.totitle(cp)
        assert unicodedb.isprintable(cp) == rlibdb.isprintable(cp)
