"""The assistant on a words-only build: what a first start serves while the vectors embed."""

from __future__ import annotations

import pytest

from assistant.answer.engine import Assistant
from index.build import build_index
from index.store import open_index
from tests.conftest import HashEmbedding


class Dying(HashEmbedding):
    def _get_text_embeddings(self, texts):
        raise KeyboardInterrupt


def test_a_words_only_build_answers_figures_and_text_without_an_embedder(tiny_settings):
    with pytest.raises(KeyboardInterrupt):
        build_index(tiny_settings, embedder=Dying())
    index = open_index(tiny_settings.index_dir)
    assert not index.has_vectors
    assistant = Assistant(tiny_settings, index=index)
    figure = assistant.ask("Hoeveel overvallen waren er in 2021?")
    assert not figure.refused and figure.citations
    text = assistant.ask("Wat is het doel van het Offensief tegen Explosies?")
    assert assistant.retriever.embedder is None  # BM25 alone: no model was loaded
    assert not text.refused and "duurzaam te verminderen" in " ".join(c.quote for c in text.citations)
