"""One writer: a second build waits for the first or, asked not to wait, says whose build runs."""

from __future__ import annotations

import os
import threading
import time

import pytest

from assistant.errors import IndexBusy
from index.build import build_index
from index.lock import build_lock, is_locked
from index.store import current_build


def test_a_second_build_without_waiting_names_the_running_one(tiny_settings, hash_embedder):
    with build_lock(tiny_settings.index_dir):
        assert is_locked(tiny_settings.index_dir)
        with pytest.raises(IndexBusy, match=f"proces {os.getpid()}"):
            build_index(tiny_settings, embedder=hash_embedder, wait=False)
    assert not is_locked(tiny_settings.index_dir)
    assert build_index(tiny_settings, embedder=hash_embedder, wait=False).status == "built"


def test_a_second_build_waits_for_the_first_and_then_finds_nothing_to_do(tiny_settings, hash_embedder):
    waited: list[str] = []
    released = threading.Event()

    def hold() -> None:
        with build_lock(tiny_settings.index_dir):
            build_index_inner_done.wait(5)
            time.sleep(0.3)
        released.set()

    build_index_inner_done = threading.Event()
    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    build_index_inner_done.set()
    report = build_index(tiny_settings, embedder=hash_embedder, on_wait=waited.append)
    holder.join()
    assert released.is_set() and waited and "proces" in waited[0]
    assert report.status == "built" and current_build(tiny_settings.index_dir) is not None


def test_a_staging_folder_of_a_running_build_is_not_removed_by_a_waiting_one(tiny_settings, hash_embedder):
    staging = tiny_settings.index_dir / "builds" / "20990101T000000000000-deadbeef.tmp"
    with build_lock(tiny_settings.index_dir):
        staging.mkdir(parents=True)
        with pytest.raises(IndexBusy):
            build_index(tiny_settings, embedder=hash_embedder, wait=False)
        assert staging.is_dir()  # its owner still holds the lock
    build_index(tiny_settings, embedder=hash_embedder)
    assert not staging.exists()  # once the lock is free, a leftover is stale and goes


def test_sweep_removes_only_what_processes_that_are_gone_left_behind(tmp_path):
    import subprocess
    import sys

    from index.lock import sweep

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    (tmp_path / f"hic-chroma-{dead}-abc").mkdir()
    (tmp_path / f"hic-chroma-{os.getpid()}-def").mkdir()
    (tmp_path / "hic-chroma-zonder-pid").mkdir()
    sweep(tmp_path, "hic-chroma-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"hic-chroma-{os.getpid()}-def", "hic-chroma-zonder-pid"]
