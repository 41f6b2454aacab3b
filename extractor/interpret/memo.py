"""Functions of a text and the rule pack alone, computed once per pack: the values of one
sentence, and the rules of one value, ask for the same noun phrase cuts and the same years
named in a clause again and again."""
import inspect

REMEMBERED = 50_000  # answers kept per pack and function


def remembered(fn):
    """`fn` of a text (and plain arguments) and the pack, remembered in the pack: each is made
    once per pack, and forgotten in bulk past REMEMBERED so memory stays flat."""
    at = list(inspect.signature(fn).parameters).index("pack")
    name = ("remembered", fn.__module__, fn.__name__)

    def call(*args):
        memo = args[at]._compiled.get(name)
        if memo is None:
            memo = args[at]._compiled[name] = {}
        key = args[:at] + args[at + 1:]  # the pack holds the memo: it is no part of the key
        got = memo.get(key, memo)  # the memo itself marks a miss: None is an answer
        if got is memo:
            if len(memo) > REMEMBERED:
                memo.clear()
            got = memo[key] = fn(*args)
        return got
    call.__name__, call.__doc__, call.__wrapped__ = fn.__name__, fn.__doc__, fn
    return call
