"""Command-line helpers shared by the commands: opening the assistant, a progress bar."""

from __future__ import annotations

import sys
from typing import Any

from assistant.config import Settings


def open_assistant(settings: Settings) -> Any:
    """The Assistant on the current index, with stale-index warnings on stderr."""
    from assistant.answer.engine import Assistant
    from index.build import check_index
    from index.store import open_index

    index = open_index(settings.index_dir)
    for warning in check_index(settings, index.manifest):
        print(f"Let op: {warning}.", file=sys.stderr)
    return Assistant(settings, index=index)


class Progress:
    """A tqdm bar that appears only once there is something to embed."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=self._label, unit="chunk", file=sys.stderr)
        self._bar.n = done
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
