"""Messages: every expected failure as the one Dutch sentence a user reads.

Core code raises ``HicError``s; the edges (the command line and the app) call
``dutch_message`` to say what happened and what to do.
"""

from __future__ import annotations

from assistant.errors import (
    CorpusError,
    DiskFull,
    EmbedderMismatch,
    EmbedderUnavailable,
    HicError,
    IndexBusy,
    IndexDamaged,
    IndexNotBuilt,
    IndexStale,
    LLMUnavailable,
)


def dutch_message(exc: HicError) -> str:
    """The user-facing Dutch sentence for an expected failure."""
    if isinstance(exc, IndexNotBuilt):
        return f"Er is nog geen index ({exc}). Bouw die eerst met: hic ingest"
    if isinstance(exc, EmbedderMismatch):
        return f"De index is met een ander embeddingmodel gebouwd: {exc}. Bouw opnieuw met: hic ingest --rebuild"
    if isinstance(exc, IndexDamaged):
        return f"De index is beschadigd ({exc}). Herstel hem met: hic ingest (de vectoren komen uit de cache)"
    if isinstance(exc, IndexBusy):
        return f"Er loopt al een build van de index ({exc}). Probeer het opnieuw als die klaar is."
    if isinstance(exc, DiskFull):
        return (
            f"Te weinig schijfruimte om de index te bouwen ({exc}). De index in gebruik is niet gewijzigd; "
            "maak ruimte vrij en voer 'hic ingest' opnieuw uit."
        )
    if isinstance(exc, IndexStale):
        return f"De index hoort niet meer bij het corpus ({exc}). Werk hem bij met: hic ingest"
    if isinstance(exc, CorpusError):
        return f"Probleem met het corpus: {exc}. De bestaande index is niet gewijzigd."
    if isinstance(exc, EmbedderUnavailable):
        return f"Het embeddingmodel kan niet worden geladen: {exc}"
    if isinstance(exc, LLMUnavailable):
        return f"Het taalmodel is niet bereikbaar: {exc}"
    return f"Er ging iets mis: {exc}"
