"""The fault suite: builds killed, run twice at once, damaged, out of disk space, fed a file
that is too large. After each, the build in use answers the same 20 questions exactly as
before, the next ``hic ingest`` repairs what needs it, and no output holds a traceback.

Every command runs as a user runs it: the real ``hic`` in a subprocess, the real corpus,
real Chroma and BM25 stores. The embedding cache of the session's index is copied in, so a
build embeds only what a test changed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.faults

HIC = str(Path(sys.executable).parent / "hic")
DEV = Path(__file__).parent.parent / "eval" / "questions.jsonl"
QUESTIONS = [q["question"] for q in map(json.loads, DEV.read_text(encoding="utf-8").splitlines()) if "question" in q][:20]


class Site:
    """A corpus and an index directory of their own, and the ``hic`` command pointed at them."""

    def __init__(self, root: Path, cache: Path) -> None:
        self.corpus = root / "corpus"
        self.index = root / "index"
        shutil.copytree(CORPUS, self.corpus)
        self.index.mkdir(parents=True, exist_ok=True)
        shutil.copy(cache, self.index / "embeddings.sqlite")
        self.questions = root / "questions.jsonl"
        self.questions.write_text("".join(json.dumps({"question": q}) + "\n" for q in QUESTIONS), encoding="utf-8")
        self.env = {**os.environ, "HIC_CORPUS_DIR": str(self.corpus), "HIC_INDEX_DIR": str(self.index)}

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([HIC, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
        return done

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([HIC, *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def answers(self) -> list[dict]:
        done = self.run("ask", "--jsonl", str(self.questions))
        assert done.returncode == 0, done.stderr
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        return [{k: v for k, v in row.items() if k != "timings_ms"} for row in rows]

    def current(self) -> str:
        return (self.index / "CURRENT").read_text(encoding="utf-8").strip()

    def staging(self) -> list[Path]:
        return list((self.index / "builds").glob("*.tmp"))

    def change_corpus(self) -> None:
        """A new paragraph in one document: the next build has something to embed."""
        path = self.corpus / "2021-09-voortgangsrapportage-hic-2021.txt"
        path.write_text(path.read_text(encoding="utf-8") + f"\nEen toegevoegde alinea ({time.time_ns()}).\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path, real_settings):
    site = Site(tmp_path, real_settings.index_dir / "embeddings.sqlite")
    assert site.run("ingest").returncode == 0
    return site


def _kill_at(process: subprocess.Popen[str], line: str) -> str:
    """Read the build's stage lines until ``line`` appears, then kill -9 it."""
    seen = ""
    assert process.stderr is not None
    for text in process.stderr:
        seen += text
        if line in text:
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            return seen
    raise AssertionError(f"the build ended before '{line}': {seen}")


@pytest.mark.parametrize("stage", ["Documenten lezen", "Chunks inbedden", "Index schrijven"])
def test_kill_9_during_a_build_keeps_the_build_in_use_and_the_next_ingest_finishes(site, stage):
    before, current = site.answers(), site.current()
    site.change_corpus()
    _kill_at(site.start("ingest"), stage)
    assert site.current() == current
    assert site.answers() == before
    done = site.run("ingest")
    assert done.returncode == 0 and "Index gebouwd" in done.stdout
    assert site.current() != current and not site.staging()


def test_two_builds_at_once_run_one_after_the_other(site):
    before, current = site.answers(), site.current()
    first = site.start("ingest", "--rebuild")
    time.sleep(1.0)
    busy = site.run("ingest", "--rebuild", "--no-wait")
    second = site.start("ingest", "--rebuild")
    out_first, err_first = first.communicate(timeout=300)
    out_second, err_second = second.communicate(timeout=300)
    assert busy.returncode == 4 and "Er loopt al een build van de index (proces" in busy.stderr
    assert first.returncode == 0 and second.returncode == 0, err_first + err_second
    assert "Traceback" not in err_first + err_second
    assert "wachten tot die klaar is" in err_second or "Index gebouwd" in out_second
    assert site.current() != current and not site.staging()
    assert site.answers() == before  # same corpus, same answers


DAMAGE = {
    "chroma afgekapt": lambda build: (build / "chroma" / "chroma.sqlite3").write_bytes(
        (build / "chroma" / "chroma.sqlite3").read_bytes()[:8192]
    ),
    "bm25 weg": lambda build: shutil.rmtree(build / "bm25"),
    "figures onzin": lambda build: (build / "figures.json").write_text("geen json {", encoding="utf-8"),
    "manifest weg": lambda build: (build / "manifest.json").unlink(),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_build_is_named_in_dutch_and_the_next_ingest_repairs_it_from_the_cache(site, damage):
    before = site.answers()
    DAMAGE[damage](site.index / "builds" / site.current())
    asked = site.run("ask", "Wat is de Taskforce Overvallen?")
    assert asked.returncode == 1 and "hic ingest" in asked.stderr and len(asked.stderr.strip().splitlines()) == 1
    assert site.run("check").returncode == 1
    repaired = site.run("ingest")
    assert repaired.returncode == 0 and "0 nieuw ingebed" in repaired.stdout, repaired.stdout + repaired.stderr
    assert site.run("check").returncode == 0
    assert site.answers() == before


def test_a_file_over_the_size_limit_is_skipped_with_exit_3_and_nothing_else_changes(site):
    before = site.answers()
    (site.corpus / "groot.txt").write_text("overvallen " * 1_200_000, encoding="utf-8")  # 13 MB
    with (site.corpus / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(
            '\n[[documents]]\nid = "groot"\nfile = "groot.txt"\nformat = "pdf-text"\ntitle = "Groot"\n'
            'kind = "kamerbrief"\ndate = "2024-01"\nreference = "Groot"\n'
        )
    started = time.monotonic()
    done = site.run("ingest")
    assert done.returncode == 3 and "groot.txt" in done.stderr and "groter dan de limiet van 10 MB" in done.stderr
    assert time.monotonic() - started < 120  # skipped, not embedded (that would take hours)
    assert site.answers() == before
    docs = json.loads(site.run("docs", "--json").stdout)
    assert "groot" not in {d["id"] for d in docs["documents"]}


@pytest.fixture
def small_disk(tmp_path):
    """A 64 MB tmpfs (root, as in CI); elsewhere a plain folder and a simulated full disk."""
    mount = tmp_path / "klein"
    mount.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], check=True)
        yield mount, True
        subprocess.run(["umount", "-l", str(mount)], check=False)
    else:
        yield mount, False


def _fill(disk: Path, leave: int, name: str = "vulling") -> Path:
    """Fill the file system of ``disk`` until ``leave`` bytes are free (or it is full)."""
    filler = disk / name
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as out:
        remaining = max(free - leave, 0)
        block = b"\0" * (1 << 20)
        try:
            while remaining > 0:
                written = out.write(block[: min(len(block), remaining)])
                out.flush()
                remaining -= written
        except OSError:
            pass  # full
    return filler


def test_a_full_disk_never_hurts_the_build_in_use(site, small_disk, monkeypatch):
    disk, real = small_disk
    moved = Site.__new__(Site)
    moved.__dict__.update(site.__dict__)
    moved.index = disk / "index"
    shutil.copytree(site.index, moved.index)
    moved.env = {**site.env, "HIC_INDEX_DIR": str(moved.index)}
    before, current = moved.answers(), moved.current()
    moved.change_corpus()
    if real:
        filler = _fill(disk, leave=2_000_000)
        refused = moved.run("ingest")
        assert refused.returncode == 1 and "Te weinig schijfruimte" in refused.stderr and "MB" in refused.stderr
        assert moved.current() == current and not moved.staging()
        rest = _fill(disk, leave=0, name="rest")
        assert shutil.disk_usage(disk).free < 100_000
        assert moved.answers() == before  # reading the build in use needs no free space at all
        rest.unlink()
        # a write that fails half-way (the estimate said it would fit): only its own files go
        from assistant.config import Settings
        from assistant.errors import DiskFull
        from index import build as build_module

        filler.unlink()
        filler = _fill(disk, leave=6_000_000)
        monkeypatch.setattr(build_module, "_space_needed", lambda *args: 0)
        settings = Settings(corpus_dir=moved.corpus, index_dir=moved.index)
        with pytest.raises(DiskFull):
            build_module.build_index(settings, rebuild=True)
        assert moved.current() == current and not moved.staging()
        assert moved.answers() == before
        filler.unlink()
    else:
        from assistant.config import Settings
        from assistant.errors import DiskFull
        from index import build as build_module

        def no_room(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(build_module, "write_build", no_room)
        with pytest.raises(DiskFull):
            build_module.build_index(Settings(corpus_dir=moved.corpus, index_dir=moved.index))
        monkeypatch.undo()
        assert moved.current() == current and not moved.staging() and moved.answers() == before
    done = moved.run("ingest")
    assert done.returncode == 0 and moved.current() != current
