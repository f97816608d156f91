#!/usr/bin/env python3
"""Measures sco as a terminal sees it, through a pseudo-terminal of a fixed size.

Prints: time from spawn to the first complete frame, bytes written for the first frame, the
browser's peak resident memory, and bytes written per key press (median over several presses of each key). Usage:
    scripts/measure-terminal.py [--binary PATH] [--size 80x24] [--runs N] [--until TEXT] [-- arguments]
"""
import argparse, fcntl, os, pty, select, signal, statistics, struct, sys, termios, time


def spawn(binary, args, cols, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary] + args, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until_quiet(fd, quiet=0.15, limit=5.0, until=None):
    """Reads output until nothing arrives for `quiet` seconds (after `until` appeared, if given)."""
    data = b""
    start = time.monotonic()
    seen_at = None
    while time.monotonic() - start < limit:
        r, _, _ = select.select([fd], [], [], quiet)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            if until is not None and seen_at is None and until in data:
                seen_at = time.monotonic() - start
        elif until is None or seen_at is not None:
            break
    return data, seen_at


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=".build/release/sco")
    p.add_argument("--size", default="80x24")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--until", default="Timeline 1/", help="text that shows the first frame is drawn (for a peer: its status line)")
    p.add_argument("rest", nargs="*")
    a = p.parse_args()
    cols, rows = map(int, a.size.split("x"))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("SSH_CONNECTION", None)
    firsts, first_bytes, peaks = [], [], []
    per_key = {"j": [], "k": [], "\x1b[6~": [], "G": [], "g": []}
    for _ in range(a.runs):
        pid, fd = spawn(a.binary, a.rest, cols, rows, env)
        data, seen = read_until_quiet(fd, until=a.until.encode())
        firsts.append((seen if seen is not None else float("nan")) + 0.0)
        first_bytes.append(len(data))
        for key in ["j", "k", "j", "k", "\x1b[6~", "g", "G", "g"] * 2:
            os.write(fd, key.encode())
            out, _ = read_until_quiet(fd, quiet=0.1, limit=2)
            per_key[key].append(len(out))
        with open(f"/proc/{pid}/status") as status:
            peaks += [int(line.split()[1]) for line in status if line.startswith("VmHWM")]
        os.write(fd, b"q")
        read_until_quiet(fd, quiet=0.2, limit=2)
        os.waitpid(pid, 0)
        os.close(fd)
    print(f"size {cols}x{rows}, {a.runs} runs, binary {a.binary}")
    print(f"first frame: median {statistics.median(firsts)*1000:.1f} ms, {int(statistics.median(first_bytes))} bytes")
    print(f"peak resident memory: median {statistics.median(peaks) / 1024:.1f} MiB")
    names = {"\x1b[6~": "PgDn"}
    for key, sizes in per_key.items():
        print(f"key {names.get(key, key)!s:5}: median {int(statistics.median(sizes))} bytes (min {min(sizes)}, max {max(sizes)})")


if __name__ == "__main__":
    main()
