"""Entry UUIDs.

New entries get a version-7 UUID (RFC 9562: milliseconds since 1970, then random bits):
they sort by creation, so the unique index grows at its end instead of all over the
file, which keeps a million-row import fast. Rows imported from a file without UUIDs
get a version-8 UUID made from their start time and a hash of every field: the same
session always gets the same UUID, so importing a file twice, or two imports of it
at once, adds it once (the unique index refuses the second).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time

UUID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

_last_ms = 0
_counter = 0
_guard = threading.Lock()


def _format(value: int) -> str:
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_uuid(now_ms: int | None = None) -> str:
    """A fresh version-7 UUID; later calls in one process sort after earlier ones."""
    global _last_ms, _counter
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    with _guard:
        if ms <= _last_ms:  # same millisecond (or the clock went back): count on
            _counter += 1
            if _counter >= 1 << 12:
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = 0
        sequence = _counter
    random_bits = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | sequence << 64 | 0b10 << 62 | random_bits
    return _format(value)


def content_uuid(started_ms: int, key: str) -> str:
    """The version-8 UUID of a session without one: its start time (ms), then 74 bits
    of a hash of `key` (every field as text, see convert.content_key)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()
    stamp = f"{started_ms & 0xFFFFFFFFFFFF:012x}"
    # Version 8 in the 13th digit, the RFC variant (binary 10) in the 17th.
    variant = _VARIANT[digest[3]]
    return f"{stamp[:8]}-{stamp[8:]}-8{digest[:3]}-{variant}{digest[4:7]}-{digest[7:19]}"


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def normal_uuid(text: str) -> str | None:
    """`text` as the lower-case hyphenated form, or None when it is not a UUID."""
    candidate = text.strip().lower()
    if UUID_PATTERN.fullmatch(candidate):
        return candidate
    return None
