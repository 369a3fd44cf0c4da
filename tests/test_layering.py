"""The layering rule: imports point down the data flow only (docs/decisions/0009).

app.py -> assistant.cli | assistant.workbench -> assistant.answer -> the query side's base
(config, errors, records, messages) -> index. The contracts live in pyproject.toml
([tool.importlinter]); these tests run them and add what a contract cannot say: no cycles
at all, and nothing imports app.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("index", "assistant", "eval")


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, include_external_packages=True, cache_dir=None)


def test_the_import_contracts_in_pyproject_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_importing_every_ingest_module_loads_nothing_of_the_query_side():
    code = (
        "import importlib, pkgutil, sys, index\n"
        "for m in pkgutil.walk_packages(index.__path__, 'index.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('assistant', 'eval', 'app'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_no_module_imports_the_app_script():
    graph = _graph()
    assert "app" not in graph.modules or not graph.find_modules_that_directly_import("app")


def test_there_are_no_import_cycles_not_even_through_imports_inside_functions():
    graph = _graph()
    ours = {m for m in graph.modules if m.split(".")[0] in PACKAGES}
    edges = {m: {n for n in graph.find_modules_directly_imported_by(m) if n in ours} for m in ours}
    cycles = [sorted(c) for c in _strongly_connected(edges) if len(c) > 1]
    assert cycles == []


def test_a_layering_violation_is_detected(tmp_path):
    """The check itself can fail: a module of the ingest side importing the query side."""
    pkg = tmp_path / "index"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "bad.py").write_text("from assistant import config\n")
    (tmp_path / "assistant").mkdir()
    (tmp_path / "assistant" / "__init__.py").write_text("")
    (tmp_path / "assistant" / "config.py").write_text("import index.bad\n")
    code = (
        "import grimp\n"
        "g = grimp.build_graph('index', 'assistant', cache_dir=None)\n"
        "print(sorted(g.find_modules_directly_imported_by('index.bad')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "assistant.config" in result.stdout, result.stderr
    cycle = {"index.bad": {"assistant.config"}, "assistant.config": {"index.bad"}}
    assert [sorted(c) for c in _strongly_connected(cycle) if len(c) > 1] == [["assistant.config", "index.bad"]]


def _strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative; returns the strongly connected components."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components
