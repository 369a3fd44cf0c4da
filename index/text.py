"""Text helpers shared by the parsers, the chunker and the answerer.

Dutch sentence splitting, line joining at hyphens, footnote-marker sentinels and reading
numbers as printed ("64.560", "52,4%", "- 53%").
"""

from __future__ import annotations

import re

# Footnote markers are replaced by these sentinels while parsing, so every format resolves
# them the same way; they never reach Document.text.
FN_OPEN, FN_CLOSE = "\ue000", "\ue001"
_SENTINEL = re.compile(f"{FN_OPEN}(\\d+){FN_CLOSE}")


def fn_marker(n: int) -> str:
    return f"{FN_OPEN}{n}{FN_CLOSE}"


def pop_markers(text: str) -> tuple[str, tuple[int, ...]]:
    """Remove footnote sentinels from ``text``.

    Returns:
        The text without sentinels (and without the space a sentinel leaves before
        punctuation), and the footnote numbers in order of appearance.
    """
    refs = tuple(int(m) for m in _SENTINEL.findall(text))
    text = _SENTINEL.sub("", text)
    return text, refs


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return re.sub(r"\s+", " ", text).strip()


# A line-end hyphen is kept where Dutch writes one: nearly all of them in these sources
# (publiek-private, niet-HIC-daders, co-creatiesessies). Only a lower-case split whose
# joined form is a known word (seen elsewhere in the corpus) loses its hyphen.
def join_lines(lines: list[str], vocabulary: set[str] | None = None) -> str:
    """Join hard-wrapped lines into one string.

    Args:
        lines: the physical lines of one paragraph.
        vocabulary: lower-case words seen in the corpus, to recognise soft hyphens.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalnum():
            head = re.search(r"(\w+)-$", out)
            tail = re.match(r"(\w+)", line)
            if (
                vocabulary
                and head
                and tail
                and head.group(1).islower()
                and tail.group(1).islower()
                and (head.group(1) + tail.group(1)).lower() in vocabulary
                and f"{head.group(1)}-{tail.group(1)}".lower() not in vocabulary
            ):
                out = out[:-1] + line
            else:
                out = out + line
        else:
            out = out + " " + line
    return out


def word_count(text: str) -> int:
    return len(text.split())


# Abbreviations after which a full stop does not end a sentence (lower-cased, without
# the final dot).
_ABBREVIATIONS = {
    "o.a",
    "d.d",
    "t.b.v",
    "i.r.t",
    "nr",
    "e.a",
    "bv",
    "jl",
    "m.u.v",
    "v.w.b",
    "art",
    "sr",
    "ca",
    "c.s",
    "i.s.m",
    "t.a.v",
    "o.b.v",
    "i.v.m",
    "e.d",
    "incl",
    "pg",
    "nl",
    "dhr",
    "mevr",
    "drs",
    "mr",
    "dr",
    "prof",
    "fte",
    "t/m",
    "etc",
    "zgn",
    "resp",
    "vs",
    "m.b.t",
    "a.s",
    "z.s.m",
    "e/o",
    "bijv",
    "nrs",
    "jr",
    "blz",
    "p",
    "al",
}
# the words of an author's name besides capitalised ones: "Universiteit van Amsterdam", "e.a."
_NAME_PARTICLES = {"van", "de", "der", "den", "het", "en", "voor", "e.a.", "et", "al.", "&", "ten", "ter", "in", "op"}


def _author_year(text: str) -> bool:
    """Is ``text`` the head of a bibliographic reference, an author and a year: "Rathenau
    Instituut (2021)", "Spruit, A. e.a. (2019)"?"""
    found = re.fullmatch(r"(.+?)\s\((?:19|20)\d\d[a-z]?\)", text)
    if found is None:
        return False
    words = found.group(1).replace(",", " ").split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


_BOUNDARY = re.compile(r"([.!?])([\"'”’)]*)(\s+)(?=[\"'“‘(]*[A-Z0-9À-Ý])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split Dutch running text into sentences.

    Returns:
        (start, end) offsets into ``text``, covering every sentence without its trailing
        whitespace. Never splits inside a number ("1.234"), after an abbreviation
        ("o.a.", "d.d.", "nr.") or after an initial ("F.B.J. Grapperhaus").
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        before = text[start : match.start(1)]
        last = before.split()[-1] if before.split() else ""
        token = last.lower().rstrip(".").lstrip("(\"'“‘[")  # "(art. 437 Sr.)"
        if match.group(1) == "." and (
            token in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", token)  # single letter: an initial or list letter
            or re.fullmatch(r"([a-z]\.)+[a-z]", token)  # F.B.J, a.s
            or re.fullmatch(r"\d{1,2}", token)
            and end - start < 6  # "1." list number
        ):
            continue
        if end - start < 2:
            continue
        if match.group(1) == "." and _author_year(before.strip()):
            continue  # "Rathenau Instituut (2021). Online ontspoord ...": one reference
        spans.append((start, end))
        start = match.end(3)
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


_NUMBER = re.compile(r"^([+-])?\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s?(%)?$")


def parse_number(printed: str) -> float | None:
    """Read a number as printed in a Dutch source.

    "64.560" -> 64560.0, "52,4%" -> 52.4, "- 53%" -> -53.0, "+2%" -> 2.0, "-" -> None.
    The dot is a thousands separator and the comma the decimal sign, as in the sources.
    """
    match = _NUMBER.match(printed.strip().rstrip("."))
    if not match:
        return None
    sign, whole, frac, _ = match.groups()
    value = float(whole.replace(".", "") + ("." + frac if frac else ""))
    return -value if sign == "-" else value


def is_value(token: str) -> bool:
    """True for a table cell that holds a number, a percentage or a '-' placeholder."""
    token = token.strip()
    return token == "-" or parse_number(token) is not None


def format_number(value: float, decimals: int = 0) -> str:
    """Format in Dutch notation: 2321 -> "2.321", 5.25 (2 decimals) -> "5,25"."""
    text = f"{abs(value):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if value < 0 else "") + text
