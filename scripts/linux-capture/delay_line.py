#!/usr/bin/env python3
"""A point-to-point IPv4 "wire" with a fixed one-way delay, in user space.

Why: the recording script wants `tc qdisc netem delay 50ms`, but some kernels (this
machine's 6.18 Firecracker kernel among them) are built without CONFIG_NET_SCH_NETEM.
This process opens two TUN devices (no packet-information header), moves each into its
network namespace, and copies every packet read from one to the other after DELAY ms.
It holds no state about TCP and never changes a packet.

Usage: delay_line.py NS_A NS_B IFNAME DELAY_MS READY_FILE
Runs until SIGTERM/SIGINT. Writes READY_FILE once both devices are in place.
"""
import fcntl
import heapq
import os
import select
import signal
import struct
import subprocess
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000


def open_tun(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def main() -> None:
    ns_a, ns_b, ifname, delay_ms, ready_file = sys.argv[1:6]
    delay = float(delay_ms) / 1000.0
    # Create both devices here (root namespace) under temporary names, then move them:
    # the file descriptors stay attached to the devices across the move.
    tmp_a, tmp_b = f"hltmp{os.getpid()}a", f"hltmp{os.getpid()}b"
    fd_a, fd_b = open_tun(tmp_a), open_tun(tmp_b)
    for tmp, ns in ((tmp_a, ns_a), (tmp_b, ns_b)):
        subprocess.run(["ip", "link", "set", "dev", tmp, "netns", ns], check=True)
        subprocess.run(["ip", "-n", ns, "link", "set", "dev", tmp, "name", ifname], check=True)
    peer = {fd_a: fd_b, fd_b: fd_a}
    stopping = False

    def stop(_signum, _frame):
        nonlocal stopping
        stopping = True

    try:
        # Real-time priority keeps the delay steady when the machine is busy (root only).
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(50))
    except (AttributeError, PermissionError, OSError):
        pass
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with open(ready_file, "w") as f:
        f.write("ready\n")

    queue: list[tuple[float, int, int, bytes]] = []  # (due, order, out fd, packet)
    order = 0
    while not stopping:
        timeout = None if not queue else max(0.0, queue[0][0] - time.monotonic())
        try:
            readable, _, _ = select.select([fd_a, fd_b], [], [], timeout if timeout is not None else 0.5)
        except InterruptedError:
            continue
        now = time.monotonic()
        for fd in readable:
            while True:
                try:
                    packet = os.read(fd, 65536)
                except BlockingIOError:
                    break
                heapq.heappush(queue, (now + delay, order, peer[fd], packet))
                order += 1
        now = time.monotonic()
        while queue and queue[0][0] <= now:
            _, _, out, packet = heapq.heappop(queue)
            try:
                os.write(out, packet)
            except OSError:
                pass  # the device is going away (cleanup); a lost packet is harmless then


if __name__ == "__main__":
    main()
