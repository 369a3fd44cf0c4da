"""The one-writer rule: a build holds an exclusive lock on the index directory.

The lock is ``fcntl.flock`` on ``<index>/ingest.lock``; the kernel releases it when its
process ends, however it ends (kill -9 included), so a lock is never left stale. While it
holds the lock, the build writes its owner (pid, host, start time) into the file, so a
second build can say whose build it is waiting for. Only the holder of the lock touches
staging folders, which is why it may remove every one it finds: their builders are gone.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from index.errors import IndexBusy

LOCK_NAME = "ingest.lock"


def describe_owner(index_dir: Path) -> str:
    """Who holds (or last held) the build lock, in Dutch: "proces 123 op host, gestart om 10:04:05"."""
    try:
        owner = json.loads((index_dir / LOCK_NAME).read_text(encoding="utf-8"))
        started = datetime.fromisoformat(owner["started"]).strftime("%H:%M:%S")
        return f"proces {owner['pid']} op {owner['host']}, gestart om {started}"
    except (OSError, ValueError, KeyError, TypeError):
        return "een ander proces"


def pid_alive(pid: int) -> bool:
    """Does process ``pid`` exist? (Folders named after their process are stale once it is gone.)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def sweep(folder: Path, prefix: str) -> None:
    """Remove ``<prefix><pid>-*`` entries in ``folder`` whose process is gone."""
    if not folder.is_dir():
        return
    for entry in folder.glob(f"{prefix}*"):
        owner = entry.name[len(prefix) :].split("-", 1)[0]
        if owner.isdigit() and not pid_alive(int(owner)):
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)


def is_locked(index_dir: Path) -> bool:
    """Is a build running on ``index_dir`` right now?"""
    path = index_dir / LOCK_NAME
    if not path.exists():
        return False
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


@contextmanager
def build_lock(index_dir: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index directory's build lock for the duration of the block.

    Args:
        index_dir: the index directory (created if missing).
        wait: when another build holds the lock, wait for it (True) or raise (False).
        on_wait: called once with the owner's description before waiting.

    Raises:
        IndexBusy: another build holds the lock and ``wait`` is off.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    # "a+": opening must not truncate the owner line a running build wrote
    with (index_dir / LOCK_NAME).open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = describe_owner(index_dir)
            if not wait:
                raise IndexBusy(owner) from None
            if on_wait is not None:
                on_wait(owner)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(
                json.dumps(
                    {"pid": os.getpid(), "host": socket.gethostname(), "started": datetime.now().isoformat(timespec="seconds")}
                )
            )
            handle.flush()
        except OSError:
            pass  # a full disk: the owner line is a courtesy, the lock itself holds
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
