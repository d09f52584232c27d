"""The one exception type of the migration package.

Every malformed, truncated or mismatching stream ends in a MigrationError
whose message is a single line, worded like QEMU's where QEMU has a message.
"""


class MigrationError(Exception):
    """A savevm/loadvm or migration stream could not be written or read."""


def printable(text):
    """A stream-supplied name made safe for a one-line message."""
    if text.isprintable():
        return text
    return text.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace") \
        .encode("unicode_escape").decode("ascii")
