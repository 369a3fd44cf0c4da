"""Query side of the HIC-assistent: the answer engine (``answer/``), the app's workbench
(``workbench/``) and the command line (``cli/``) over a shared base (``config``, ``errors``,
``records``, ``messages``)."""

__version__ = "0.1.0"
