"""Metrics: the names under which figures are filed, and how source labels map to them.

Source labels vary ("Straatroof", "Straatroven", "Woning-inbraken", "(Poging tot)
Aanslagen met explosieven"); every stage uses these canonical names instead.
"""

from __future__ import annotations

import re

# canonical name -> pattern on lower-cased text: a table label, a question or a sentence.
# Order matters: the first match wins, so the narrower "ram- en plofkraken" comes before
# "plofkraken op geldautomaten".
BASE_METRICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aanslagen met explosieven", re.compile(r"aanslag")),
    ("ram- en plofkraken", re.compile(r"ram-? ?en plofkra|ramkra")),
    ("plofkraken op geldautomaten", re.compile(r"plofkra")),
    ("woninginbraken", re.compile(r"woning-?inbr(aa|a|e)k|inbra(ak|ken) in (een )?woning|inbraken|inbrekers")),
    ("straatroven", re.compile(r"straatro|beroving")),
    ("overvallen", re.compile(r"overval")),
    ("geweld", re.compile(r"\bgeweld(sdelict|sincident|dadig)?\w*")),
)


def base_metric(label: str) -> str | None:
    """The canonical base metric a label names, or None."""
    text = label.lower().strip()
    for name, pattern in BASE_METRICS:
        if pattern.search(text):
            return name
    return None


def classify(column: str, row_label: str, title: str) -> tuple[str | None, str]:
    """File one table cell under a metric and a measure.

    Args:
        column: the column label ("Overvallen", "Doel 2019", "Ambitie aantal").
        row_label: the row label ("2021", "Overvallen", "Procentuele ontwikkeling ...").
        title: the table title or caption, which names the subject where columns do not.

    Returns:
        (metric, measure); metric is None when the cell cannot be filed.
    """
    col = column.lower()
    base = base_metric(column) or base_metric(row_label) or base_metric(title)
    if base is None:
        return None, ""
    measure = "realisatie"
    if "ambitie" in col:
        measure = "ambitie"
    elif col.startswith("doel"):
        measure = "doel"
    elif row_label.lower().startswith("procentuele ontwikkeling"):
        measure = "procentuele ontwikkeling"
    if "recidive" in col:
        return f"recidivepercentage {base}", measure
    if "ophelderings" in col or "ophelderingspercentage" in title.lower():
        return f"ophelderingspercentage {base}", measure
    return base, measure
