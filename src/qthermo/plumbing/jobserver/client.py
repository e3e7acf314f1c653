"""Client end of the local job server (:mod:`qthermo.plumbing.jobserver`).

While a local run has a job server, Snakemake starts each ``script:`` job as
``<shim> <generated script>``; the shim runs this file with the standard library only
(``python -S -E client.py SOCKET PYTHON ARGS...``). It hands the script, the working
directory, the environment and its standard streams to the server, which runs the script in a
forked copy of an interpreter that has already imported numpy, scipy, pandas, matplotlib and
the package, and it exits with the script's exit status.

Anything else, or a server that is absent, declines or fails before taking the job, makes the
client replace itself with the real interpreter and the same arguments: exactly the command
Snakemake would have run without a server.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys

#: first byte of the server's answer: the job was taken, or declined (run it here instead)
ACCEPT, DECLINE = b"Y", b"N"
#: network-order unsigned length prefix of the request, signed exit status of the reply
LENGTH, STATUS = struct.Struct("!I"), struct.Struct("!i")


def recv_exact(sock: socket.socket, n: int) -> bytes | None:
    """Exactly ``n`` bytes from ``sock``, or None if it closes first."""
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def delegate(sock_path: str, args: list[str]) -> int | None:
    """Run ``python ARGS`` in the job server at ``sock_path``.

    Returns the exit status, or ``None`` when the server did not take the job (the caller then
    runs it itself). Only a plain script invocation (one argument ending in ``.py``) is sent.
    """
    if len(args) != 1 or not args[0].endswith(".py"):
        return None
    body = json.dumps({"args": args, "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(sock_path)
    except OSError:
        return None
    with sock:
        try:
            socket.send_fds(sock, [LENGTH.pack(len(body))], [0, 1, 2])
            sock.sendall(body)
            answer = sock.recv(1)
        except OSError:
            return None
        if answer != ACCEPT:
            return None
        try:
            reply = recv_exact(sock, STATUS.size)
        except OSError:
            reply = None
    if reply is None:
        print("qthermo job server: the server stopped before the job ended", file=sys.stderr)
        return 1
    return int(STATUS.unpack(reply)[0])


def main(argv: list[str]) -> None:
    """``client.py SOCKET PYTHON ARGS...``: run ARGS in the server or with PYTHON."""
    sock_path, python, args = argv[1], argv[2], argv[3:]
    status = delegate(sock_path, args)
    if status is not None:
        sys.stdout.flush()
        os._exit(status)
    os.execv(python, [python, *args])


if __name__ == "__main__":
    main(sys.argv)
