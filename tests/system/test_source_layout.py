"""Where code may import from: nothing outside tests/ imports the tests, and no test module
imports another (what they share lives in tests/helpers/ and tests/conftest.py)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from tests.helpers import ROOT

TESTS = ROOT / "tests"
# Not the project's code: the virtual environment, build output, caches.
SKIPPED = {".venv", ".git", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"}
MIRRORED = {"choreography", "motion", "journal", "stats", "practice", "ui", "system"}


def python_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.iterdir()):
        if path.name in SKIPPED or path.name.startswith("."):
            continue
        if path.is_dir():
            yield from python_files(path)
        elif path.suffix == ".py":
            yield path


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in `path`, at any depth (a function's too)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            if node.module == "tests":  # `from tests import body_checks`
                yield from ((node.lineno, f"tests.{alias.name}") for alias in node.names)


def _is_tests(module: str) -> bool:
    return module == "tests" or module.startswith("tests.")


def test_nothing_outside_tests_imports_from_tests() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in python_files(ROOT) if TESTS not in path.parents
        for line, module in imported_modules(path) if _is_tests(module)
    ]
    assert offenders == []


def test_test_modules_import_only_the_helpers() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in python_files(TESTS)
        for line, module in imported_modules(path)
        if _is_tests(module) and module != "tests.helpers"
        and not module.startswith("tests.helpers.")
    ]
    assert offenders == []
    # Nor the scripts a test runs in a process of its own (Python in a string).
    in_scripts = [
        f"{path.relative_to(ROOT)} names {name}"
        for path in python_files(TESTS)
        for name in re.findall(r"\btests\.[a-z_]+", path.read_text(encoding="utf-8"))
        if name != "tests.helpers"
    ]
    assert in_scripts == []


def test_every_test_module_sits_in_the_folder_of_what_it_tests() -> None:
    stray = [str(path.relative_to(ROOT)) for path in python_files(TESTS)
             if path.name.startswith("test_") and path.parent.name not in MIRRORED]
    assert stray == []
    assert {p.name for p in TESTS.iterdir() if p.is_dir() and (p / "__init__.py").exists()} \
        == MIRRORED | {"helpers"}
