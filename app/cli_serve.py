"""``staatsprint serve``: the event server on the facilitator's laptop, in the foreground until Ctrl+C.

The options use only the standard library (like app/cli.py); ``run_serve`` imports the rest.
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import time
from pathlib import Path
from typing import TextIO

DEFAULT_PORT = 5433  # app/sync/server.py DEFAULT_PORT (not imported here: this module stays light)


def add_serve_command(commands, shared: argparse.ArgumentParser) -> None:
    serve = commands.add_parser("serve", parents=[shared], help="serve an event to many laptops: a PostgreSQL server with TLS, "
                                "a login per team and juror, and one join file per login")
    serve.add_argument("--event", type=int, default=None, help="the event id in the local database (default: the newest)")
    serve.add_argument("--folder", metavar="DIR", default=None,
                       help="the server's folder (default: server/<event uid> in your data folder)")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"the TCP port (default: {DEFAULT_PORT})")
    serve.add_argument("--listen", metavar="ADDR", default="*",
                       help="the address to listen on (default: * = every network of this laptop)")
    serve.add_argument("--host", metavar="ADDR", default=None,
                       help="the address written into the join files (default: this laptop's address on the network)")
    serve.add_argument("--join-files", metavar="DIR", default=None,
                       help="where to write the join files (default: a folder beside the server's folder)")
    serve.add_argument("--members", action="store_true", help="a login (and join file) per member too")


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1024 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port (1024-65535): {value!r}")
    return port


def run_serve(store, args: argparse.Namespace, event_id: int, out: TextIO, wait: bool = True) -> int:
    """Start the event's server, print where it is and where the join files are, and keep it
    running until Ctrl+C (``wait``); DomainErrors reach app/cli_commands.py (exit 2)."""
    from app.storage.config import data_folder
    from app.sync.server_event import ServeOptions, event_size, prepare_event_server

    size = event_size(store.engine, event_id)
    folder = Path(args.folder) if args.folder else data_folder() / "server" / size.uid
    join_files = Path(args.join_files) if args.join_files else folder.parent / f"{folder.name}-join-files"
    addresses = network_addresses() if args.listen in ("*", "0.0.0.0") else [args.listen]
    host = args.host or (addresses[0] if addresses else "127.0.0.1")
    options = ServeOptions(folder=folder, join_files=join_files, port=args.port, listen=args.listen, host=host,
                           members=args.members, durable=getattr(args, "durable", True))  # tests: no fsync
    print(f"starting the event server for {size.name!r} in {folder} ...", file=out, flush=True)
    served = prepare_event_server(store.engine, event_id, options)
    _say_where(served, size, options, addresses, out, host_given=args.host is not None)
    if not wait:
        return 0
    return _run_until_stopped(served.cluster, out)


def _say_where(served, size, options, addresses: list[str], out: TextIO, host_given: bool = False) -> None:
    from app.sync.server_tls import fingerprint

    others = [a for a in addresses if a != options.host]
    print(f"event server for {size.name!r} (event {served.event_id}) is running", file=out)
    print(f"  address:   {options.host}  port {options.port}" + (f"  (also {', '.join(others)})" if others else ""), file=out)
    print(f"  database:  staatsprint, TLS on; certificate SHA-256 {fingerprint(served.certificate_pem)}", file=out)
    print(f"  max_connections: {served.max_connections} = 2 x ({size.teams} teams + {size.members} members + "
          f"{size.jurors} jurors + 2 facilitator laptops) + 10 spare (at least 30)", file=out)
    print(f"  join files ({len(served.join_paths)}): {options.join_files}", file=out)
    mine = [path for path in served.join_paths if path.name.startswith("facilitator-")]
    if mine:
        print(f"  your own (the facilitator's) join file: {mine[0].name}", file=out)
    for line in reach_warnings(options.host, options.listen, host_given):
        print("  " + line, file=out)
    print("  A join file holds a password: hand it over on a stick, never show it on the beamer.", file=out)
    print("press Ctrl+C to stop the server", file=out, flush=True)


def _loopback(address: str) -> bool:
    return address.startswith("127.") or address in ("::1", "localhost")


def reach_warnings(host: str, listen: str, host_given: bool) -> list[str]:
    """What keeps other laptops out: join files that point at this laptop itself, or a server that listens
    only on loopback. Said plainly; the server runs all the same (a rehearsal on one laptop is fine)."""
    if _loopback(host):
        if host_given:
            return [f"the join files point at {host}: they work on this laptop only (give --host with this laptop's "
                    "address on the venue's network for the others)"]
        return ["no network address found: the join files work on this laptop only; join the venue's network and "
                "serve again, or give --host"]
    if _loopback(listen):
        return [f"listening on {listen} only: other laptops cannot reach {host}; leave out --listen (every network) "
                "or give this laptop's address"]
    return []


def _run_until_stopped(cluster, out: TextIO) -> int:
    previous = signal.signal(signal.SIGTERM, _interrupt) if hasattr(signal, "SIGTERM") else None
    try:
        while (cluster.data / "postmaster.pid").is_file():
            time.sleep(0.5)
        print("staatsprint: error: the event server stopped by itself: " + cluster.log_tail(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        cluster.stop()
        print("event server stopped", file=out, flush=True)
        return 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def network_addresses() -> list[str]:
    """This laptop's IPv4 addresses on its networks (not loopback), the one with a default route first."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    unique = []
    for address in found:
        if address not in unique and not address.startswith("127.") and address != "0.0.0.0":
            unique.append(address)
    return unique
