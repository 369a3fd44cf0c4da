"""Corpus manifest: read corpus/manifest.toml and match its entries to the files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from index.errors import ManifestError
from index.records import DocFormat, DocKind, DocumentMeta, TableHint

MANIFEST_NAME = "manifest.toml"
# Files in corpus/ that are not source documents.
NOT_SOURCES = {MANIFEST_NAME, "README.md", ".gitkeep"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_REQUIRED = ("id", "file", "format", "title", "kind", "date", "reference")


@dataclass(frozen=True)
class Corpus:
    """The manifest read against the folder.

    Attributes:
        documents: entries whose file exists, in manifest order.
        problems: one line per inconsistency (entry without file, file without entry,
            bad field); each names the file or entry it is about.
    """

    directory: Path
    documents: tuple[DocumentMeta, ...]
    problems: tuple[str, ...]
    dropped: tuple[str, ...] = ()  # ids and file names of entries that could not be used

    def path(self, meta: DocumentMeta) -> Path:
        return self.directory / meta.file


def load_manifest(corpus_dir: Path) -> Corpus:
    """Read the manifest and check it against the files in ``corpus_dir``.

    Args:
        corpus_dir: folder holding manifest.toml and the documents.

    Returns:
        The usable entries and a list of problems. An entry with a bad field or a missing
        file is left out and reported; the others stay usable.

    Raises:
        ManifestError: the manifest itself is missing or is not valid TOML.
    """
    manifest = corpus_dir / MANIFEST_NAME
    if not manifest.is_file():
        raise ManifestError(f"{manifest}: manifest ontbreekt")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{manifest.name}: geen geldige TOML ({exc})") from exc

    entries = data.get("documents")
    if not isinstance(entries, list) or not entries:
        raise ManifestError(f"{manifest.name}: geen [[documents]]-entries")

    problems: list[str] = []
    dropped: list[str] = []
    documents: list[DocumentMeta] = []
    seen_ids: set[str] = set()
    seen_files: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        label = entry.get("file") or entry.get("id") or f"entry {position}"
        try:
            meta = _read_entry(entry)
        except ValueError as exc:
            problems.append(f"{MANIFEST_NAME}, {label}: {exc}")
            dropped.extend(str(entry[k]) for k in ("id", "file") if entry.get(k))
            continue
        if meta.id in seen_ids:
            problems.append(f"{MANIFEST_NAME}, {label}: id '{meta.id}' komt twee keer voor")
            continue
        seen_ids.add(meta.id)
        seen_files.add(meta.file)
        if not (corpus_dir / meta.file).is_file():
            problems.append(f"{meta.file}: staat in het manifest maar het bestand ontbreekt")
            dropped.extend((meta.id, meta.file))
            continue
        documents.append(meta)

    for path in sorted(corpus_dir.iterdir()):
        if path.is_file() and path.name not in NOT_SOURCES and path.name not in seen_files:
            problems.append(f"{path.name}: bestand zonder entry in {MANIFEST_NAME}")

    return Corpus(corpus_dir, tuple(documents), tuple(problems), tuple(dropped))


def _read_entry(entry: dict[str, Any]) -> DocumentMeta:
    missing = [key for key in _REQUIRED if not entry.get(key)]
    if missing:
        raise ValueError(f"verplichte velden ontbreken: {', '.join(missing)}")
    if entry["format"] not in get_args(DocFormat):
        raise ValueError(f"onbekend format '{entry['format']}'")
    if entry["kind"] not in get_args(DocKind):
        raise ValueError(f"onbekende kind '{entry['kind']}'")
    if not _ISO_DATE.match(str(entry["date"])):
        raise ValueError(f"datum '{entry['date']}' is geen ISO-datum (JJJJ-MM of JJJJ-MM-DD)")
    hints = tuple(
        TableHint(caption=str(h["caption"]), columns=tuple(str(c) for c in h["columns"])) for h in entry.get("tables", [])
    )
    return DocumentMeta(
        id=str(entry["id"]),
        file=str(entry["file"]),
        format=entry["format"],
        title=str(entry["title"]),
        kind=entry["kind"],
        date=str(entry["date"]),
        reference=str(entry["reference"]),
        date_note=entry.get("date_note"),
        kenmerk=str(entry["kenmerk"]) if entry.get("kenmerk") else None,
        signatories=tuple(str(s) for s in entry.get("signatories", [])),
        table_hints=hints,
    )
