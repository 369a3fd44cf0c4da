"""The answer engine: question -> retrieval -> evidence -> composition -> ``Answer``."""
