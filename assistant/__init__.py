"""Query side of the HIC-assistent: question -> retrieval -> evidence -> answer."""

__version__ = "0.1.0"
