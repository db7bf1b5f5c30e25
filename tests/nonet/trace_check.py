"""Reading strace's ``connect``/``sendto``/``sendmsg`` lines: which of them reach the network.

Allowed: a Unix socket (AF_UNIX: files on this machine), the kernel (AF_NETLINK), a socket's
disconnect (AF_UNSPEC), a send on a socket already connected (no address: its connect was judged),
and TCP to loopback on the test's own PostgreSQL port. Everything else is a network call.
"""

from __future__ import annotations

import re

_CALL = re.compile(r"^(?:\[pid\s+)?\d*\]?\s*(connect|sendto|sendmsg)\((.*)$")
_FAMILY = re.compile(r"sa_family=(AF_[A-Z0-9]+)")
_PORT = re.compile(r"sin6?_port=htons\((\d+)\)")
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"')
_LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC"}
_LOOPBACK = {"127.0.0.1", "::1"}


def network_calls(trace: str, allowed_port: int | None = None) -> list[str]:
    """The lines of ``trace`` that reach anything but this machine's own sockets and the allowed port."""
    found = []
    for line in trace.splitlines():
        match = _CALL.match(line.strip())
        if match is None:
            continue
        call, rest = match.groups()
        if not _reaches_network(call, rest, allowed_port):
            continue
        found.append(line.strip())
    return found


def _reaches_network(call: str, rest: str, allowed_port: int | None) -> bool:
    family = _FAMILY.search(rest)
    if family is None:
        if call == "connect":
            return True  # an address strace could not decode: judged a network call
        return _has_address(call, rest)
    if family.group(1) in _LOCAL_FAMILIES:
        return False
    if family.group(1) in ("AF_INET", "AF_INET6"):
        port, address = _PORT.search(rest), _ADDRESS.search(rest)
        host = address and (address.group(1) or address.group(2))
        return not (allowed_port is not None and port and int(port.group(1)) == allowed_port and host in _LOOPBACK)
    return True


def _has_address(call: str, rest: str) -> bool:
    """A send without a decoded family: on a connected socket (NULL address) it goes where connect said."""
    if call == "sendto":
        return not re.search(r",\s*NULL,\s*0\)\s*=", rest)
    return "msg_name=NULL" not in rest and "msg_name" in rest


def traced_processes(trace: str) -> int:
    """How many programs the trace saw started (``execve`` lines that succeeded)."""
    return sum(1 for line in trace.splitlines() if "execve(" in line and line.rstrip().endswith("= 0"))
