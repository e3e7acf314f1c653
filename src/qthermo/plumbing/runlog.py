"""Logging for workflow jobs: progress to the rule's log file and to stderr."""

from __future__ import annotations

import logging
import sys

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
    return logger
