"""Logging for workflow jobs: progress to the rule's log file and to stderr."""

from __future__ import annotations

import logging
import sys
import traceback

__all__ = ["job_logger"]


def job_logger(name: str, log_path: str | None = None) -> logging.Logger:
    """A logger writing timestamps-free progress lines to ``log_path`` and stderr.

    Log lines carry no wall-clock dates so that logs, too, are reproducible in content.
    """
    logger = logging.getLogger(name)
    logger.setLevel(logging.INFO)
    logger.handlers.clear()
    fmt = logging.Formatter("[%(name)s] %(message)s")
    err = logging.StreamHandler(sys.stderr)
    err.setFormatter(fmt)
    logger.addHandler(err)
    if log_path:
        fh = logging.FileHandler(log_path, mode="w", encoding="utf-8")
        fh.setFormatter(fmt)
        logger.addHandler(fh)
    logger.propagate = False
    _log_uncaught_exceptions(logger)
    return logger


def _log_uncaught_exceptions(logger: logging.Logger) -> None:
    """Route an uncaught exception's traceback into the job's log as well as stderr, so that
    ``--show-failed-logs`` and a reader of ``logs/`` see why a job failed."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            for handler in logger.handlers:
                if isinstance(handler, logging.FileHandler):
                    handler.stream.write(f"[{logger.name}] job failed:\n{text}")
                    handler.flush()
        previous(exc_type, exc, tb)

    sys.excepthook = hook
