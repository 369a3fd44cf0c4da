"""Gold check: every expected fact of a question set is printed in the documents it names.

Reads the delivered corpus files (not the index), so a gold answer is checked against what
the documents say, independently of how the assistant parses them::

    python -m eval.gold eval/testset.jsonl eval/questions.jsonl
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KINDS = {
    "figure", "prose_figure", "comparison", "superlative", "yesno", "why", "how", "purpose",
    "definition", "acronym", "list", "who", "when", "docmeta", "subgroup", "multipart",
    "kamervraag", "trend", "unanswerable", "nearmiss",
    # the dev set's kinds
    "fact", "conflict", "followup",
}  # fmt: skip
# Markup of the delivered formats that is not text: <sup>/<b> tags, Markdown bold and
# backslash escapes, Word footnote references and bookmarks. Written out here rather than
# imported from the ingest side, so the check does not trust the code it checks.
MARKUP = re.compile(
    r"<sup>\s*\d+\s*</sup>|</?(?:b|i|u|sup|sub|strong|em)>|\[footnoteRef:\d+\]|\[bookmark:[^\]]*\]"
    r"|\*\*|\\(?=[_*\[\]()#<>])"
)


def plain(text: str) -> str:
    """Lower case, markup removed (also Markdown's "<https://...>" link brackets), whitespace
    collapsed: how quotes and gold are compared."""
    return " ".join(MARKUP.sub("", re.sub(r"<((?:https?://|www\.)[^>\s]+)>", r"\1", text)).lower().split())


def delivered_texts(corpus: Path = CORPUS) -> dict[str, str]:
    """doc id -> the delivered file's text, ``plain``."""
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    return {d["id"]: plain((corpus / d["file"]).read_text(encoding="utf-8")) for d in manifest["documents"]}


def problems(item: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """What is wrong with one gold item (empty when it holds)."""
    out = []
    if item.get("kind") not in KINDS:
        out.append(f"unknown kind {item.get('kind')!r}")
    docs = item.get("docs", [])
    if any(d not in texts for d in docs):
        out.append(f"unknown document in {docs}")
    expects = list(item.get("expect", []))
    for part in item.get("parts", []):
        expects += part.get("expect", [])
        if not part.get("answerable", True) and part.get("expect"):
            out.append(f"unanswerable part with expected facts: {part.get('part')!r}")
    if not item.get("answerable", True) and item.get("expect"):
        out.append("unanswerable item with expected facts")
    if item.get("answerable", True) and not expects and "turns" not in item:
        out.append("answerable item without expected facts")
    for fact in expects:
        if not any(plain(fact) in texts[d] for d in docs if d in texts):
            out.append(f"{fact!r} is printed in none of {docs}")
    if item.get("verdict") not in (None, "ja", "nee"):
        out.append(f"verdict {item['verdict']!r} is not ja/nee")
    return out


def check(path: Path, texts: dict[str, str] | None = None) -> dict[str, list[str]]:
    """id -> problems, for every item of ``path`` that has one."""
    texts = texts or delivered_texts()
    found: dict[str, list[str]] = {}
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("//"):
            continue
        item = json.loads(line)
        issues = problems(item, texts)
        if item["id"] in seen:
            issues.append("duplicate id")
        seen.add(item["id"])
        if issues:
            found[item["id"]] = issues
    return found


def main(argv: list[str]) -> int:
    texts = delivered_texts()
    bad = 0
    for name in argv or ["eval/testset.jsonl", "eval/questions.jsonl"]:
        for item_id, issues in check(Path(name), texts).items():
            bad += 1
            for issue in issues:
                print(f"{name}: {item_id}: {issue}")
    print("gold ok" if not bad else f"{bad} items with problems")
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
