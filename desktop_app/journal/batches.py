"""Walking an import's batches: the one loop both writers (SQLite, a server) go through."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from typing import Generic, TypeVar

from desktop_app.journal.errors import ImportCancelled

B = TypeVar("B", bound=Sized)


class BatchWalk(Generic[B]):
    """Yields the batches to write, while counting every row read (`seen`) and reporting
    progress; once `problems` is true (holds a problem), the rest are read, to report every
    problem, but not yielded. Cancelling stops the walk with ImportCancelled."""

    def __init__(self, batches: Iterable[B], problems: object,
                 cancelled: Callable[[], bool] | None,
                 on_batch: Callable[[int], None] | None) -> None:
        self._batches = batches
        self._problems = problems
        self._cancelled = cancelled
        self._on_batch = on_batch
        self.seen = 0

    def __iter__(self) -> Iterator[B]:
        for batch in self._batches:
            self.check_cancelled()
            self.seen += len(batch)
            if self._on_batch is not None:
                self._on_batch(self.seen)
            if self._problems or not len(batch):  # read on, to report every problem
                continue
            yield batch

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
