"""Reading an import JSON file as a stream: one entry in memory at a time.

Accepts the app's own export ({"format": "rolling-journal", "version": 2,
"entries": [...], "pauses": [...], "targets": [...], ...}; version 1 files, without
the schedule, still import) or a bare list of entries. The two outer levels are walked
here; each entry is decoded on its own by the standard decoder, so a file of a million
entries needs no more memory than one. Nesting too deep for the decoder, numbers too
long to be numbers, and broken syntax are reported naming the file (and the entry).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

from desktop_app.journal.convert import TooLongNumber

JSON_FORMAT_NAME = "rolling-journal"
# Version 2 added the practice schedule (`pauses`, `targets`) and a friend's checks of
# each roll (`friend_rolls` in an entry).
JSON_FORMAT_VERSION = 2
JSON_READABLE_VERSIONS = (1, 2)
_CHUNK = 1 << 20
# No entry comes near this (its notes hold at most 2,000 characters): a value still
# incomplete after this much text is a syntax error, not a long entry.
_MAX_VALUE = 8 << 20
_SPACE = re.compile(r"[ \t\n\r]*")


class JsonBroken(Exception):
    """The file is not JSON the import can read; str() says why and where."""


def _int(text: str) -> int | TooLongNumber:
    if len(text) > 18:
        return TooLongNumber(text)
    return int(text)


_DECODER = json.JSONDecoder(parse_int=_int)


class _Stream:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.text = ""
        self.pos = 0
        self.eof = False
        self._lines_before = 0  # newlines in the text already dropped from the buffer

    def _more(self, at_least: int = _CHUNK) -> bool:
        if self.eof:
            return False
        chunk = self._stream.read(at_least)
        if not chunk:
            self.eof = True
            return False
        self._lines_before += self.text.count("\n", 0, self.pos)
        self.text = self.text[self.pos:] + chunk
        self.pos = 0
        return True

    def line(self, offset: int | None = None) -> int:
        where = self.pos if offset is None else offset
        return self._lines_before + self.text.count("\n", 0, where) + 1

    def peek(self) -> str:
        while True:
            match = _SPACE.match(self.text, self.pos)
            assert match is not None
            self.pos = match.end()
            if self.pos < len(self.text) or not self._more():
                return self.text[self.pos:self.pos + 1]

    def expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            found = self.peek() or "the end of the file"
            raise JsonBroken(f"is not valid JSON (line {self.line()}: expected {what}, "
                             f"found {found!r})")
        self.pos += 1

    def value(self) -> Any:
        """The next complete JSON value."""
        self.peek()
        want = _CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.text) - self.pos < _MAX_VALUE and self._more(want):
                    want *= 2  # a long value: read ahead faster than it is re-parsed
                    continue
                raise JsonBroken(
                    f"is not valid JSON (line {self.line(exc.pos)}: {exc.msg})"
                ) from None
            except RecursionError:
                raise JsonBroken(
                    f"is nested too deeply (line {self.line()}): it is not a journal export"
                ) from None
            # A number that ends exactly at the end of what was read may go on.
            if end == len(self.text) and not self.eof and self._more(want):
                continue  # (a number cut off by the end of a chunk)
            self.pos = end
            return value


class JsonEntries:
    """Iterate over (entry number from 1, decoded entry). `header` holds the top-level
    fields other than "entries" once iteration has finished."""

    def __init__(self, stream: TextIO) -> None:
        self._in = _Stream(stream)
        self.header: dict[str, Any] = {}
        self.wrapped = False  # an export object rather than a bare list
        self.kept_aside = 0  # rows the export listed as kept aside (not imported)
        self.saw_entries = False

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        source = self._in
        first = source.peek()
        if first == "[":
            yield from self._items(start=1)
        elif first == "{":
            self.wrapped = True
            yield from self._object()
        elif first == "":
            raise JsonBroken("is empty")
        else:
            value = source.value()  # raises JsonBroken when it is not JSON at all
            raise JsonBroken(f"holds no list of entries (it is a {type(value).__name__})")
        if source.peek() != "":
            raise JsonBroken(f"is not valid JSON (line {source.line()}: extra data after "
                             "the end)")

    def _items(self, start: int) -> Iterator[tuple[int, Any]]:
        source = self._in
        source.expect("[", "a list")
        number = start
        if source.peek() == "]":
            source.pos += 1
            return
        while True:
            yield number, source.value()
            number += 1
            following = source.peek()
            source.pos += 1
            if following == "]":
                return
            if following != ",":
                raise JsonBroken(f"is not valid JSON (line {source.line()}: expected ',' or "
                                 f"']' after entry {number - 1})")

    def _object(self) -> Iterator[tuple[int, Any]]:
        source = self._in
        source.expect("{", "an object")
        if source.peek() == "}":
            source.pos += 1
            return
        while True:
            key = source.value()
            if not isinstance(key, str):
                raise JsonBroken(f"is not valid JSON (line {source.line()}: a key must be text)")
            source.expect(":", "':'")
            if key == "entries" and source.peek() == "[":
                self.saw_entries = True
                yield from self._items(start=1)
            elif key == "kept_aside" and source.peek() == "[":
                self.kept_aside = sum(1 for _ in self._items(start=1))
            else:
                self.header[key] = source.value()
            following = source.peek()
            source.pos += 1
            if following == "}":
                return
            if following != ",":
                raise JsonBroken(f"is not valid JSON (line {source.line()}: expected ',' or "
                                 "'}'")
