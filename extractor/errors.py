"""The one error type the library raises for problems a user can fix, and how messages are shown."""
import re


class ExtractorError(Exception):
    """A problem with the user's input or options; the CLI prints it and exits non-zero."""


# Control characters (a newline or a terminal escape in a file name), bidirectional overrides
# and unpaired surrogates (a file name that is not UTF-8): written as escapes, never raw.
# Compiled by `re` when a message is first shown: at import it was some 4M instructions a start.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def _escape(m: re.Match) -> str:
    ch = m.group()
    if "\udc80" <= ch <= "\udcff":  # a byte of a file name that is not UTF-8
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return ch.encode("unicode_escape").decode("ascii")


def printable(message: str) -> str:
    """A message safe for one line of a terminal: unsafe characters as \\n, \\x1b, \\u202e."""
    return re.sub(_UNSAFE, _escape, message)
