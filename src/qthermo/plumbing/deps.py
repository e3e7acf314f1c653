"""Source files a workflow job depends on: the transitive closure of package imports.

Rules declare ``params: code=code_digest("papers/tajima_funo/fig1")``; :func:`module_closure`
follows every ``from .x import`` / ``from qthermo.x import`` (also inside functions), and
:func:`closure_digest` hashes the content of those files, so that editing any module a job
imports, directly or indirectly, reruns that job (Snakemake's ``params`` rerun trigger) - and
editing an unrelated one, or touching a file without changing it, does not.

The digest is a parameter rather than the files being inputs because Snakemake re-examines the
inputs of every ready job (existence and size) at every scheduling round: with ~30 source files
per job that was most of the scheduler's CPU time in a full run.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = [
    "module_closure",
    "closure_digest",
    "tests_by_module",
    "load_import_cache",
    "save_import_cache",
]

PACKAGE = "qthermo"


def _module_path(root: Path, dotted: str) -> Path | None:
    """File of module ``dotted`` (relative to the package), or None if it is not in the package."""
    rel = Path(*dotted.split(".")) if dotted else Path()
    if (root / rel).with_suffix(".py").is_file():
        return (root / rel).with_suffix(".py")
    if (root / rel / "__init__.py").is_file():
        return root / rel / "__init__.py"
    return None


def _import_targets(source: str, pkg_parts: tuple[str, ...], absolute_only: bool) -> list[str]:
    """Dotted names (relative to the package) that ``source`` imports from the package, found
    anywhere in the file, also inside functions; ``pkg_parts`` locate the file in the package."""
    targets: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level and not absolute_only:
                base = (
                    pkg_parts[: len(pkg_parts) - (node.level - 1)] if node.level > 1 else pkg_parts
                )
                prefix = ".".join([*base, *(node.module.split(".") if node.module else [])])
            elif node.module and (node.module == PACKAGE or node.module.startswith(PACKAGE + ".")):
                prefix = node.module[len(PACKAGE) + 1 :]
            else:
                continue
            targets.append(prefix)
            targets.extend(f"{prefix}.{a.name}" if prefix else a.name for a in node.names)
        elif isinstance(node, ast.Import):
            targets.extend(
                a.name[len(PACKAGE) + 1 :] for a in node.names if a.name.startswith(PACKAGE + ".")
            )
    return sorted(set(targets))


class _TargetCache:
    """:func:`_import_targets` per file content (SHA-256 of the text and the file's place in the
    package), optionally persisted as JSON so that a later process does not parse unchanged
    files again.  An edited file has a new key, so a stale entry can never be used; entries
    this process did not ask for (old versions of edited files) are not written back."""

    def __init__(self) -> None:
        self.entries: dict[str, list[str]] = {}
        self.loaded: set[str] = set()
        self.used: set[str] = set()

    def targets(self, text: str, pkg_parts: tuple[str, ...], absolute_only: bool) -> list[str]:
        key = hashlib.sha256(
            "\0".join([text, "/".join(pkg_parts), str(absolute_only)]).encode()
        ).hexdigest()
        if key not in self.entries:
            self.entries[key] = _import_targets(text, pkg_parts, absolute_only)
        self.used.add(key)
        return self.entries[key]

    @property
    def dirty(self) -> bool:
        """Whether the persisted file differs from what this process used."""
        return self.used != self.loaded


_TARGETS = _TargetCache()


def load_import_cache(path: str | Path) -> None:
    """Use the import targets persisted at ``path`` (by :func:`save_import_cache`), if any.

    A missing or unreadable file only means that every file is parsed again."""
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(entries, dict):
        good = {k: v for k, v in entries.items() if isinstance(v, list)}
        _TARGETS.entries.update((k, v) for k, v in good.items() if k not in _TARGETS.entries)
        _TARGETS.loaded = set(good)


def save_import_cache(path: str | Path) -> None:
    """Persist the import targets this process used to ``path`` (sorted JSON, written to a
    temporary sibling and renamed), and only if they differ from what was loaded.

    The cache only saves time: a directory that cannot be written is not an error."""
    if not _TARGETS.dirty:
        return
    path = Path(path)
    keep = {k: _TARGETS.entries[k] for k in _TARGETS.used}
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(keep, fh, sort_keys=True, indent=0)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600
        os.replace(tmp, path)
    except OSError:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        return
    _TARGETS.loaded = set(keep)


@cache
def _imports(root: Path, path: Path, absolute_only: bool = False) -> frozenset[Path]:
    """Package modules imported anywhere in ``path`` (resolved once per file and process).

    ``absolute_only`` is for files outside the package (tests): only ``qthermo.`` imports count.
    """
    pkg_parts = () if absolute_only else tuple(path.relative_to(root).parent.parts)
    text = path.read_text(encoding="utf-8")
    found = {
        p
        for t in _TARGETS.targets(text, pkg_parts, absolute_only)
        if (p := _module_path(root, t)) is not None
    }
    if absolute_only:
        return frozenset(found)
    # a module inside a sub-package also runs that sub-package's __init__
    for depth in range(len(pkg_parts)):
        init = root.joinpath(*pkg_parts[: depth + 1], "__init__.py")
        if init.is_file():
            found.add(init)
    return frozenset(found)


def module_closure(modules: Iterable[str], root: str | Path = "src/qthermo") -> list[str]:
    """Sorted paths of ``modules`` (names like ``"engine"`` or ``"analyses/tf_fig1"``) and of
    every package module they import, transitively, plus the package ``__init__``."""
    root = Path(root)
    starts = [root / "__init__.py"]
    for m in modules:
        p = _module_path(root, m.replace("/", "."))
        if p is None:
            raise FileNotFoundError(f"no module {m!r} under {root}")
        starts.append(p)
    closure = frozenset[Path]().union(*(_closure(root, p) for p in starts))
    return sorted(str(p) for p in closure)


@cache
def _closure(root: Path, start: Path) -> frozenset[Path]:
    """``start`` and every package module it imports, transitively (once per file and process:
    the ~110 rules of a DAG build share most of their closures)."""
    todo = [start]
    seen: set[Path] = set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo.extend(_imports(root, p) - seen)
    return frozenset(seen)


def closure_digest(paths: Iterable[str | Path], root: str | Path) -> str:
    """SHA-256 over the files ``paths`` (as from :func:`module_closure`): each file's path
    relative to ``root`` and its bytes, in sorted path order.

    Relative paths keep the digest the same when the tree is moved or copied; a file's name is
    part of it, so renaming or removing a module changes it too.
    """
    real_root = os.path.realpath(root)
    h = hashlib.sha256()
    for rel, sha in sorted(_file_entry(os.fspath(p), real_root) for p in paths):
        h.update(f"{rel}\0{sha}\n".encode())
    return "sha256:" + h.hexdigest()


_ENTRIES: dict[tuple[str, str, int, int], tuple[str, str]] = {}


def _file_entry(path: str, real_root: str) -> tuple[str, str]:
    """(path relative to ``real_root``, SHA-256 of the bytes) of one file, computed once per
    file version (path, mtime, size) and process: a DAG build asks for each file ~20 times."""
    st = os.stat(path)
    key = (path, real_root, st.st_mtime_ns, st.st_size)
    if key not in _ENTRIES:
        rel = Path(os.path.relpath(os.path.realpath(path), real_root)).as_posix()
        if rel.startswith("../"):
            raise ValueError(f"{path} is not under {real_root}")
        with open(path, "rb") as fh:
            _ENTRIES[key] = (rel, hashlib.sha256(fh.read()).hexdigest())
    return _ENTRIES[key]


def tests_by_module(tests_dir: str | Path, root: str | Path) -> dict[str, list[str]]:
    """Map each package module (``qthermo.core.model``) to the test files that import it
    directly, as ``tests/<name>.py`` paths relative to the repository (sorted)."""
    tests_dir, root = Path(tests_dir), Path(root)
    out: dict[str, set[str]] = {}
    for test in sorted(tests_dir.rglob("test_*.py")):
        for mod in _imports(root, test, absolute_only=True):
            dotted = ".".join((PACKAGE, *mod.relative_to(root).with_suffix("").parts))
            dotted = dotted.removesuffix(".__init__")
            out.setdefault(dotted, set()).add(
                f"{tests_dir.name}/{test.relative_to(tests_dir).as_posix()}"
            )
    return {k: sorted(v) for k, v in sorted(out.items())}
