"""The one error type the library raises for problems a user can fix."""


class ExtractorError(Exception):
    """A problem with the user's input or options; the CLI prints it and exits non-zero."""
