"""Plain classes for values made at every start (a pack, a run's settings, a table, a number's
outcome): a dataclass compiles its methods from source each time Python starts, some millions
of instructions of a cold run; these share theirs."""


class Plain:
    """Equality and repr over `_FIELDS` (all the slots unless a class names fewer)."""

    __slots__ = ()
    _FIELDS: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment] - what they hold (lists, dicts) is not hashable

    def _fields(self) -> tuple[str, ...]:
        return self._FIELDS or self.__slots__

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields()) + ")"


class Frozen(Plain):
    """A Plain value not changed once made; its __init__ sets its slots with object.__setattr__,
    and it is copied and pickled as made, not through __setattr__."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}: a {type(self).__name__} is not changed once made")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}: a {type(self).__name__} is not changed once made")

    def __reduce__(self):
        return self.__class__, tuple(getattr(self, f) for f in self.__slots__)
