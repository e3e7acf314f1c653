"""Results computed once per sensitivity evaluation (:func:`qthermo.ledger.alternatives.sensitivity`).

A paper's sensitivity job re-evaluates its claims under every reading of every interpretation
choice and at every point of every scan. Many of those evaluations repeat work: every choice's
default reading is the configured section, and a reading that changes one model leaves the
tables of the others as they were. Inside :func:`scope`:

* :func:`shared` computes ``build(*args, **kwargs)`` once per distinct arguments;
* :func:`shared_reads` computes ``build(*sections, **kwargs)`` once per distinct *values read*:
  the config sections are handed to ``build`` as read-only views that record every key it
  reads (and every key it finds absent), and a later call reuses the result when its sections
  agree on all of them. A deterministic build that reads its sections only through the views
  takes the same path, so it would compute the same result.

Both return deep copies (safe to modify). Outside a scope they simply call ``build``.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

__all__ = ["scope", "shared", "shared_reads"]

_STORE: contextvars.ContextVar[dict[Any, Any] | None] = contextvars.ContextVar(
    "qthermo_sensitivity_scope", default=None
)
_ABSENT, _MAPPING, _KEYS = "<absent>", "<mapping>", "<keys>"


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Results of :func:`shared` and :func:`shared_reads` are kept until the block ends."""
    token = _STORE.set({})
    try:
        yield
    finally:
        _STORE.reset(token)


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr)


def shared(build: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``build(*args, **kwargs)``, computed once per distinct (JSON-able) arguments inside a
    :func:`scope`; a repeat returns a deep copy of the first result."""
    store = _STORE.get()
    if store is None:
        return build(*args, **kwargs)
    key = (build, _canon([args, kwargs]))
    if key not in store:
        store[key] = build(*args, **kwargs)
    return copy.deepcopy(store[key])


class _Reads(Mapping[str, Any]):
    """A read-only view of a (nested) config mapping that records, by key path, every value
    read, every key found absent, and every key set listed (iteration, ``len``)."""

    def __init__(self, data: Mapping[str, Any], path: tuple[Any, ...], log: dict) -> None:
        self._data, self._path, self._log = data, path, log

    def __getitem__(self, key: str) -> Any:
        path = (*self._path, key)
        if key not in self._data:
            self._log[path] = _ABSENT
            raise KeyError(key)
        value = self._data[key]
        if isinstance(value, Mapping):
            self._log[path] = _MAPPING
            return _Reads(value, path, self._log)
        self._log[path] = _canon(value)
        return copy.deepcopy(value)

    def __iter__(self) -> Iterator[str]:
        self._log[(*self._path, _KEYS)] = _canon(sorted(self._data))
        return iter(list(self._data))

    def __len__(self) -> int:
        self._log[(*self._path, _KEYS)] = _canon(sorted(self._data))
        return len(self._data)

    def __deepcopy__(self, memo: dict) -> dict[str, Any]:
        return {k: copy.deepcopy(self[k], memo) for k in self}  # every key read


def _state(sections: tuple[Mapping[str, Any], ...], path: tuple[Any, ...]) -> str:
    """What the view at ``path`` would record now (see :class:`_Reads`)."""
    node: Any = sections[path[0]]
    for i, key in enumerate(path[1:], start=1):
        if key == _KEYS and i == len(path) - 1:
            return _canon(sorted(node))
        if not isinstance(node, Mapping) or key not in node:
            return _ABSENT
        node = node[key]
    return _MAPPING if isinstance(node, Mapping) else _canon(node)


def shared_reads(build: Callable[..., Any], *sections: Mapping[str, Any], **kwargs: Any) -> Any:
    """``build(*sections, **kwargs)``, computed once per distinct values of what it reads from
    ``sections`` (and distinct ``kwargs``) inside a :func:`scope`; a repeat returns a deep copy
    of the first result. ``build`` must be deterministic and read ``sections`` only by key,
    iteration or ``len`` (not ``isinstance(..., dict)``)."""
    store = _STORE.get()
    if store is None:
        return build(*sections, **kwargs)
    entries = store.setdefault(("reads", build, len(sections), _canon(kwargs)), [])
    for reads, result in entries:
        if all(_state(sections, path) == state for path, state in reads.items()):
            return copy.deepcopy(result)
    log: dict[tuple[Any, ...], str] = {}
    views = [_Reads(s, (i,), log) for i, s in enumerate(sections)]
    result = build(*views, **kwargs)
    entries.append((log, result))
    return copy.deepcopy(result)
