#!/usr/bin/env python3
"""The applications of the recorded cases: tiny socket programs, Python stdlib only.

Each role prints one JSON object per line (what the application saw, with wall-clock
times) so record.sh can put the application's view into manifest.json next to the
packets. Every blocking call has a timeout so a case can never hang.

Roles:
  server   ADDR:PORT [--accept-timeout S] [--connections N]
                                               listen; N times: accept a connection, wait
                                               for EOF or reset, close it
  listen   ADDR:PORT --for S                   listen without accepting, for S seconds
  client   ADDR:PORT PEER:PORT [--hold S] [--start-at T] [--abort]
                                               bind, connect, hold S seconds, close
                                               (--abort: close with SO_LINGER 0, i.e. RST)
  crash-reconnect ADDR:PORT PEER:PORT --hold S --pause S
                                               connect, hold, abort (the recorder drops
                                               that RST so the peer never hears of it),
                                               pause, connect again from the same port
  inject-syn ADDR:PORT PEER:PORT --seq N [--at T]
                                               send one hand-made SYN through a raw
                                               socket (an "old duplicate" SYN)
"""
import argparse
import json
import os
import socket
import struct
import sys
import time


def log(**fields) -> None:
    fields["wall"] = round(time.time(), 6)
    print(json.dumps(fields), flush=True)


def addr(text: str) -> tuple[str, int]:
    host, port = text.rsplit(":", 1)
    return host, int(port)


def sleep_until(wall: float | None) -> None:
    if wall is not None:
        late = time.time() - wall
        if late > 0.005:  # the plan did not hold (slow start): say so in the manifest
            log(event="started-late", seconds=round(late, 3))
        time.sleep(max(0.0, wall - time.time()))


def bound_socket(local: tuple[str, int]) -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(local)
    return s


def connect(local: tuple[str, int], peer: tuple[str, int], timeout: float,
            s: socket.socket | None = None) -> socket.socket | None:
    s = s or bound_socket(local)
    s.settimeout(timeout)
    started = time.time()
    log(role="client", event="connect", local=f"{local[0]}:{local[1]}", peer=f"{peer[0]}:{peer[1]}")
    try:
        s.connect(peer)
    except OSError as e:
        result = {socket.timeout: "timeout"}.get(type(e), None) or {
            111: "refused",  # ECONNREFUSED
            110: "timeout",  # ETIMEDOUT
            104: "reset",  # ECONNRESET
        }.get(e.errno or 0, f"error:{e.errno}")
        log(role="client", event="connect-result", result=result, errno=e.errno, seconds=round(time.time() - started, 3))
        s.close()
        return None
    log(role="client", event="connect-result", result="ok", seconds=round(time.time() - started, 3))
    return s


def abort(s: socket.socket) -> None:
    # SO_LINGER {on, 0}: close() discards the connection with a RST instead of a FIN.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def run_server(a) -> None:
    s = bound_socket(addr(a.local))
    s.listen(16)
    s.settimeout(a.accept_timeout)
    log(role="server", event="listen")
    for _ in range(a.connections):
        try:
            c, peer = s.accept()
        except socket.timeout:
            log(role="server", event="accept-result", result="timeout")
            return
        log(role="server", event="accept-result", result="ok", peer=f"{peer[0]}:{peer[1]}")
        c.settimeout(a.accept_timeout)
        try:
            data = c.recv(4096)
            log(role="server", event="recv", bytes=len(data), result="eof" if not data else "data")
        except socket.timeout:
            log(role="server", event="recv", result="timeout")
        except OSError as e:
            log(role="server", event="recv", result="reset" if e.errno == 104 else f"error:{e.errno}")
        c.close()
        log(role="server", event="close")


def run_listen(a) -> None:
    s = bound_socket(addr(a.local))
    s.listen(16)
    log(role="server", event="listen")
    time.sleep(a.for_seconds)
    s.close()
    log(role="server", event="close")


def wait_for_go(ready_file: str, go_file: str, offset: float) -> None:
    """Says "ready", waits for the recorder's "go" file and sleeps until the instant it
    names plus OFFSET: both programs of a simultaneous open are running already, so their
    start-up time (seconds on a busy machine) cannot spoil a plan measured in ms."""
    open(ready_file, "w").close()
    deadline = time.time() + 30
    while not os.path.exists(go_file):
        if time.time() > deadline:
            raise SystemExit("no go signal")
        time.sleep(0.001)
    sleep_until(float(open(go_file).read().strip()) + offset)


def run_client(a) -> None:
    pre_bound = None
    if a.go_file:
        pre_bound = bound_socket(addr(a.local))
        wait_for_go(a.ready_file, a.go_file, a.go_offset)
    sleep_until(a.start_at)
    s = connect(addr(a.local), addr(a.peer), a.connect_timeout, pre_bound)
    if s is None:
        return
    time.sleep(a.hold)
    if a.abort:
        abort(s)
        log(role="client", event="abort")
        return
    if a.wait_eof:
        s.settimeout(a.connect_timeout)
        try:
            data = s.recv(4096)
            log(role="client", event="recv", bytes=len(data), result="eof" if not data else "data")
        except OSError as e:
            log(role="client", event="recv", result=f"error:{e.errno}")
    s.close()
    log(role="client", event="close")


def run_crash_reconnect(a) -> None:
    sleep_until(a.start_at)
    s = connect(addr(a.local), addr(a.peer), a.connect_timeout)
    if s is None:
        return
    time.sleep(a.hold)
    abort(s)
    log(role="client", event="crash")
    time.sleep(a.pause)
    again = connect(addr(a.local), addr(a.peer), a.connect_timeout)
    if again is not None:
        time.sleep(a.hold)
        again.close()
        log(role="client", event="close")


def checksum(data: bytes) -> int:
    # RFC 1071 one's-complement sum of 16-bit words.
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def run_inject_syn(a) -> None:
    (src, sport), (dst, dport) = addr(a.local), addr(a.peer)
    sleep_until(a.start_at)
    options = struct.pack("!BBH", 2, 4, 1460)  # MSS 1460, the only option: an old-style SYN
    offset_words = (20 + len(options)) // 4
    tcp = struct.pack("!HHIIBBHHH", sport, dport, a.seq, 0, offset_words << 4, 0x02, 64240, 0, 0) + options
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, socket.IPPROTO_TCP, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0x1234, 0x4000, 64, socket.IPPROTO_TCP, 0,
                     socket.inet_aton(src), socket.inet_aton(dst))
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    raw.sendto(ip + tcp, (dst, 0))
    log(role="injector", event="inject-syn", seq=a.seq, src=a.local, dst=a.peer)


def main() -> None:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="role", required=True)
    srv = sub.add_parser("server")
    srv.add_argument("local")
    srv.add_argument("--accept-timeout", type=float, default=10.0)
    srv.add_argument("--connections", type=int, default=1)
    lst = sub.add_parser("listen")
    lst.add_argument("local")
    lst.add_argument("--for", dest="for_seconds", type=float, required=True)
    cli = sub.add_parser("client")
    cli.add_argument("local")
    cli.add_argument("peer")
    cli.add_argument("--hold", type=float, default=0.5)
    cli.add_argument("--start-at", type=float)
    cli.add_argument("--abort", action="store_true")
    cli.add_argument("--wait-eof", action="store_true")
    cli.add_argument("--connect-timeout", type=float, default=60.0)
    cli.add_argument("--ready-file")
    cli.add_argument("--go-file")
    cli.add_argument("--go-offset", type=float, default=0.0)
    crash = sub.add_parser("crash-reconnect")
    crash.add_argument("local")
    crash.add_argument("peer")
    crash.add_argument("--hold", type=float, default=0.5)
    crash.add_argument("--pause", type=float, default=0.5)
    crash.add_argument("--connect-timeout", type=float, default=20.0)
    crash.add_argument("--start-at", type=float)
    inj = sub.add_parser("inject-syn")
    inj.add_argument("local")
    inj.add_argument("peer")
    inj.add_argument("--seq", type=int, required=True)
    inj.add_argument("--start-at", type=float)
    a = p.parse_args()
    {"server": run_server, "listen": run_listen, "client": run_client, "crash-reconnect": run_crash_reconnect,
     "inject-syn": run_inject_syn}[a.role](a)


if __name__ == "__main__":
    sys.exit(main())
