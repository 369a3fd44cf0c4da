"""The ``hic`` command line: commands, listings and benchmarks."""
