"""One email address as brief accepts it: no line break (a header injection), one address.

Its own module, importing nothing of the brief: the daily config checks its addresses
while it loads, before the CLI has set the process's data folder, and anything that
read a word list then would fix the packaged copies for the process and refuse the
config's own `[brief] data`.
"""

from __future__ import annotations

from email.utils import getaddresses

from brief.errors import UsageError


def check_address(address: str, what: str = "address") -> str:
    """Reject what would be a header injection or an unusable envelope address."""
    if "\n" in address or "\r" in address:
        raise UsageError(f"{what} contains a line break: {address!r}")
    pairs = getaddresses([address])
    if len(pairs) != 1 or "@" not in pairs[0][1]:
        raise UsageError(f"not one email address: {address!r}")
    return address
