"""W_Root, the base of every Python value, and TypeDef, a type's table.

Each W_ class answers the protocol methods below for its own values; the
space (objspace/space.py) combines them into Python's rules (reflected
operands, NotImplemented, comparison fallbacks).  A binary `descr_<op>`
returns a W_Root, or None where Python would return NotImplemented.  The
defaults here are what `object` does.
"""

class TypeDef(object):
    """The translation-time description of a builtin type.

    name: the type's __name__; base: the TypeDef of its base or None (object);
    methods: {name: W_Root} of builtin functions and descriptors for the
    type's dict; new: the type's constructor, new(space, w_type, args_w,
    kwnames) -> W_Root, or None when the type can't be called.  The space turns each TypeDef into one W_TypeObject when it
    is built, at translation time, and stores it in `w_type`.
    """

    def __init__(self, name, base=None, methods=None, new=None,
                 acceptable_as_base=False):
        self.name = name
        self.base = base
        self.methods = methods if methods is not None else {}
        self.new = new
        self.acceptable_as_base = acceptable_as_base
        self.w_type = None


def _unsupported_unary(name):
    def descr(self, space):
        raise space.type_error("unsupported type for %s: '%s'"
                               % (name, space.type_name(self)))
    descr.func_name = 'descr_' + name
    return descr


class W_Root(object):
    """The base of every application-level value."""

    typedef = None   # set on each concrete class

    def getclass(self, space):
        return self.typedef.w_type

    def jit_iter_code(self):
        """For a generator, its code object, else None: with the type, the
        JIT's key for a builtin's loop over this iterator
        (objspace/iterdriver.py)."""
        return None

    def jit_call_code(self):
        """For a Python function, its code object, else None: the JIT's key
        for a builtin's loop that calls this object (e.g. a sort key)."""
        return None

    # ---- identity, truth, hashing, printing
    def is_true(self, space):
        return True

    def hash_w(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self)

    def repr_w(self, space):
        """The text of repr(self), as an interp-level UTF-8 string."""
        return "<%s object>" % space.type_name(self)

    def str_w(self, space):
        """The text of str(self), as an interp-level UTF-8 string."""
        return self.repr_w(space)

    # ---- comparisons: W_Root or None (NotImplemented)
    def descr_eq(self, space, w_other):
        return None

    def descr_ne(self, space, w_other):
        return None

    def descr_lt(self, space, w_other):
        return None

    def descr_le(self, space, w_other):
        return None

    def descr_gt(self, space, w_other):
        return None

    def descr_ge(self, space, w_other):
        return None

    # ---- arithmetic: W_Root or None (NotImplemented)
    def descr_add(self, space, w_other):
        return None

    def descr_radd(self, space, w_other):
        return None

    def descr_sub(self, space, w_other):
        return None

    def descr_rsub(self, space, w_other):
        return None

    def descr_mul(self, space, w_other):
        return None

    def descr_rmul(self, space, w_other):
        return None

    def descr_truediv(self, space, w_other):
        return None

    def descr_rtruediv(self, space, w_other):
        return None

    def descr_floordiv(self, space, w_other):
        return None

    def descr_rfloordiv(self, space, w_other):
        return None

    def descr_mod(self, space, w_other):
        return None

    def descr_rmod(self, space, w_other):
        return None

    def descr_pow(self, space, w_other):
        return None

    def descr_rpow(self, space, w_other):
        return None

    def descr_lshift(self, space, w_other):
        return None

    def descr_rlshift(self, space, w_other):
        return None

    def descr_rshift(self, space, w_other):
        return None

    def descr_rrshift(self, space, w_other):
        return None

    def descr_and(self, space, w_other):
        return None

    def descr_rand(self, space, w_other):
        return None

    def descr_or(self, space, w_other):
        return None

    def descr_ror(self, space, w_other):
        return None

    def descr_xor(self, space, w_other):
        return None

    def descr_rxor(self, space, w_other):
        return None

    def descr_matmul(self, space, w_other):
        return None

    def descr_rmatmul(self, space, w_other):
        return None

    # in-place forms: None means "fall back to the binary operator"
    def descr_iadd(self, space, w_other):
        return None

    def descr_imul(self, space, w_other):
        return None

    def descr_inplace(self, space, index, w_other):
        """The other in-place operators (index into interp.bytecode's
        BINARY_OPS, e.g. set |=): the result, or None to fall back."""
        return None

    descr_neg = _unsupported_unary('__neg__')
    descr_pos = _unsupported_unary('__pos__')
    descr_invert = _unsupported_unary('__invert__')
    descr_abs = _unsupported_unary('__abs__')

    # ---- containers and iteration
    def len_w(self, space):
        raise space.type_error("object of type '%s' has no len()"
                               % space.type_name(self))

    def descr_getitem(self, space, w_index):
        raise space.type_error("'%s' object isn't subscriptable"
                               % space.type_name(self))

    def descr_setitem(self, space, w_index, w_value):
        raise space.type_error("'%s' object doesn't support item assignment"
                               % space.type_name(self))

    def descr_delitem(self, space, w_index):
        raise space.type_error("'%s' object doesn't support item deletion"
                               % space.type_name(self))

    def descr_contains(self, space, w_item):
        """Interp-level bool for `w_item in self`; default: iterate."""
        w_iter = space.iter(self)
        while True:
            w_x = space.next(w_iter)
            if w_x is None:
                return False
            if space.eq_w(w_x, w_item):
                return True

    def descr_iter(self, space):
        raise space.type_error("'%s' object isn't iterable"
                               % space.type_name(self))

    def descr_next(self, space):
        """The next item, or None when the iterator is exhausted."""
        raise space.type_error("'%s' object isn't an iterator"
                               % space.type_name(self))

    # ---- attributes and calls
    def getattr_builtin(self, space, name):
        """An attribute computed by the instance itself (e.g. an exception's
        .args), looked up before the type's dict; None if there is none."""
        return None

    def getdict(self, space):
        """The instance's attribute dict (a W_DictObject) or None."""
        return None

    def getattr_instance(self, space, name):
        """The instance attribute `name` (not the class's), or None."""
        w_dict = self.getdict(space)
        if w_dict is None:
            return None
        return w_dict.getitem(space.newtext(name))

    def setattr_instance(self, space, name, w_value):
        """Set instance attribute `name`; False if instances of this type
        have no attributes of their own."""
        w_dict = self.getdict(space)
        if w_dict is None:
            return False
        w_dict.setitem(space.newtext(name), w_value)
        return True

    def delattr_instance(self, space, name):
        """Delete instance attribute `name`; False if there is none."""
        w_dict = self.getdict(space)
        if w_dict is None:
            return False
        w_key = space.newtext(name)
        if w_dict.getitem(w_key) is None:
            return False
        w_dict.descr_delitem(space, w_key)
        return True

    def descr_call(self, space, args_w, kwnames):
        """Call self: args_w holds the positional arguments followed by the
        values of the keyword arguments named in kwnames (a list of str, or
        None when there are none)."""
        raise space.type_error("'%s' object isn't callable"
                               % space.type_name(self))

    def is_data_descr(self, space):
        """True for data descriptors (those defining __set__), which take
        precedence over the instance dict."""
        return False

    def set_descr(self, space, w_obj, w_value):
        raise space.attribute_error("can't set attribute")

    def delete_descr(self, space, w_obj):
        raise space.attribute_error("can't delete attribute")

    def get_descr(self, space, w_obj, w_type):
        """The descriptor protocol (__get__): what a class attribute gives
        when looked up through an instance (w_obj) or the class (w_obj None)."""
        return self

    # ---- numbers: interp-level views used by builtins
    def int_w(self, space):
        raise space.type_error("can't convert %s to int" % space.type_name(self))

    def float_w(self, space):
        raise space.type_error("can't convert %s to float"
                               % space.type_name(self))


class RichCompareMixin(object):
    """The six comparison methods for a type that implements them all in one
    `_compare(space, w_other, op)` (op: 'eq', 'ne', 'lt', 'le', 'gt', 'ge';
    None for NotImplemented).  Mixed in before W_Root (or its subclass)."""
    _mixin_ = True

    def descr_eq(self, space, w_other):
        return self._compare(space, w_other, 'eq')

    def descr_ne(self, space, w_other):
        return self._compare(space, w_other, 'ne')

    def descr_lt(self, space, w_other):
        return self._compare(space, w_other, 'lt')

    def descr_le(self, space, w_other):
        return self._compare(space, w_other, 'le')

    def descr_gt(self, space, w_other):
        return self._compare(space, w_other, 'gt')

    def descr_ge(self, space, w_other):
        return self._compare(space, w_other, 'ge')
