"""Retrieval: hybrid search over the index, BM25 (Dutch stemming) and dense vectors fused by
reciprocal rank, with LlamaIndex's own retrievers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from index.records import Chunk
from index.store import LoadedIndex

if TYPE_CHECKING:  # (imported where a retriever is made: llama-index takes seconds to load)
    from llama_index.core.base.embeddings.base import BaseEmbedding


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score (higher is better) and rank (1-based)."""

    chunk: Chunk
    score: float
    rank: int


class HybridRetriever:
    """BM25 + dense retrieval, fused.

    Args:
        index: the opened index.
        embedder: the query embedder; must be the one the index was built with (None
            when only BM25 takes part).
        top_k: how many hits ``retrieve`` returns.
        candidates: how many hits each retriever contributes before fusion.
        mode: LlamaIndex fusion mode: reciprocal_rerank (default), relative_score,
            dist_based_score.
        weights: (dense, bm25) weights for the score-based modes.
        use: which retrievers take part; one alone gives a single-retriever baseline.
    """

    def __init__(
        self,
        index: LoadedIndex,
        embedder: BaseEmbedding | None,
        top_k: int = 5,
        candidates: int = 20,
        mode: str = "reciprocal_rerank",
        weights: tuple[float, float] | None = None,
        use: tuple[str, ...] = ("dense", "bm25"),
    ) -> None:
        from llama_index.core import VectorStoreIndex
        from llama_index.core.llms import MockLLM
        from llama_index.core.retrievers import QueryFusionRetriever
        from llama_index.core.retrievers.fusion_retriever import FUSION_MODES

        self._index = index
        self.embedder = embedder
        index.bm25.similarity_top_k = min(candidates, len(index.chunks))
        retrievers: list[Any] = []
        if "dense" in use:
            dense = VectorStoreIndex.from_vector_store(index.vector_store, embed_model=embedder).as_retriever(
                similarity_top_k=candidates
            )
            retrievers.append(dense)
        if "bm25" in use:
            retrievers.append(index.bm25)
        # MockLLM: fusion with num_queries=1 generates no query variants, so no LLM is used;
        # passing one keeps LlamaIndex from resolving its default (a hosted OpenAI model).
        self._fusion = QueryFusionRetriever(
            retrievers,
            llm=MockLLM(),
            mode=FUSION_MODES(mode),
            similarity_top_k=top_k,
            num_queries=1,
            use_async=False,
            retriever_weights=list(weights) if weights and len(retrievers) == 2 else None,
        )

    def retrieve(self, question: str) -> list[Hit]:
        """The best chunks for ``question``, best first."""
        hits: list[Hit] = []
        seen: set[str] = set()
        for scored in self._fusion.retrieve(question):
            chunk = self._index.chunks.get(scored.node.node_id)
            if chunk is None or chunk.id in seen:
                continue
            seen.add(chunk.id)
            hits.append(Hit(chunk=chunk, score=float(scored.score or 0.0), rank=len(hits) + 1))
        return hits
