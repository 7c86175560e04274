"""Side by side, our kernel and ipykernel: what a hostile local peer's attacks cost each in resident memory (the peak
during the attack and what remains 10 s after the peer left). Run: see docs/benchmarks.md ("A kernel as a network
service"). Not a test: it asserts nothing, it measures."""
import sys
import threading
import time

import zmq
from jupyter_client.manager import start_new_kernel

import test_hostile_peers as hp

MB = hp.MB


def attack_unsigned_stdin(km):
    context = zmq.Context()
    dealer = hp.flood(km, "stdin", hp.unsigned, context)
    hp.wait_until_sent(dealer)
    context.destroy(linger=0)


def attack_empty_frames(km, megabytes=4):
    connection = hp.raw_connection(km, "shell")
    connection.sendall(hp.zmtp_greeting())
    connection.recv(64)
    connection.sendall(hp.zmtp_ready())
    try:
        connection.sendall(b"\x01\x00" * (megabytes * MB // 2))
    except OSError:
        pass
    time.sleep(1.0)
    connection.close()


def measure(kernel_name, attack):
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=60)
    try:
        kc.execute_interactive("1 + 1", timeout=60)
        pid = km.provisioner.pid
        before = hp.rss(pid)
        peak, _ = hp.peak_rss_during(pid, lambda: attack(km))
        time.sleep(10)
        after = hp.rss(pid)
        beating = kc.hb_channel.is_beating()
        return (peak - before) // MB, (after - before) // MB, beating
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    ours = sys.argv[1] if len(sys.argv) > 1 else ".net-csharp"
    for name, attack in [("640 MB unsigned to stdin", attack_unsigned_stdin), ("4 MB of empty frames to shell", attack_empty_frames)]:
        for kernel in [ours, "python3"]:
            peak, after, beating = measure(kernel, attack)
            print(f"{name:32} {kernel:12} peak +{peak} MB, 10 s after +{after} MB, heartbeat {'answers' if beating else 'DEAD'}", flush=True)
