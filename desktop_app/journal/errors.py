"""Errors the journal raises with words meant for the person using the app."""

from __future__ import annotations


class JournalError(Exception):
    """A problem with the journal file the user can act on; str() is the message."""


class EntryNotFound(JournalError):
    pass
