"""Side-by-side kernel benchmark: the same jupyter_client script against each named kernelspec, in one run.

Usage: /usr/bin/python3 kernel_bench.py [--starts N] [--trips N] [--interrupts CSHARP_KERNEL] KERNEL_NAME...
For each kernel: start to ready (start_new_kernel: process start, ports, kernel_info reply and iopub), median of N
fresh kernels; round trip of a one-line cell (execute_request to execute_reply and status idle), median of N in one
kernel after a warm-up; round trip of the kernel's own magic listing (%lsmagic, #!lsmagic), which runs no compiler:
the protocol's and the kernel's own cost, without the language's. Kernels are measured in turns, so machine noise falls
on all of them alike.
"""
import argparse
import statistics
import time

from jupyter_client.manager import start_new_kernel

MAGIC_LISTING = {"python3": "%lsmagic"}
"""The magic listing cell by kernelspec name; any other kernel is taken for a .NET Interactive one (#!lsmagic)."""


def start_to_ready(name):
    began = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    elapsed = time.perf_counter() - began
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed


def round_trips(name, trips, code):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    try:
        for _ in range(20):
            kc.execute_interactive(code, output_hook=lambda m: None, timeout=60)
        times = []
        for _ in range(trips):
            began = time.perf_counter()
            reply = kc.execute_interactive(code, output_hook=lambda m: None, timeout=60)
            times.append(time.perf_counter() - began)
            assert reply["content"]["status"] == "ok"
        return times
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def interrupt_latency(name, code):
    """Seconds from interrupt_request to the interrupted cell's execute_reply (a C# kernel only: the loops are C#)."""
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    try:
        kc.execute(code)
        time.sleep(1.0)
        began = time.perf_counter()
        km.interrupt_kernel()
        kc.get_shell_msg(timeout=60)
        return time.perf_counter() - began
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


COOPERATIVE = ("var token = KernelInvocationContext.Current.CancellationToken;\n"
               "while (true) { token.ThrowIfCancellationRequested(); System.Threading.Thread.Sleep(10); }")
TIGHT = "while (true) { }"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--trips", type=int, default=200)
    parser.add_argument("--interrupts", metavar="CSHARP_KERNEL", help="also time interrupts of a cooperative and a tight loop in this kernel")
    parser.add_argument("kernels", nargs="+")
    args = parser.parse_args()
    starts = {k: [] for k in args.kernels}
    for _ in range(args.starts):
        for k in args.kernels:
            starts[k].append(start_to_ready(k))
    trips = {k: round_trips(k, args.trips, "1 + 1") for k in args.kernels}
    magic = {k: round_trips(k, args.trips, MAGIC_LISTING.get(k, "#!lsmagic")) for k in args.kernels}
    print(f"{'kernel':<16} {'start to ready (ms)':>20} {'one-line round trip (ms)':>26} {'lsmagic round trip (ms)':>25}")
    for k in args.kernels:
        print(f"{k:<16} {statistics.median(starts[k]) * 1000:>20.0f} {statistics.median(trips[k]) * 1000:>26.2f}"
              f" {statistics.median(magic[k]) * 1000:>25.2f}")
    if args.interrupts:
        for label, code in (("cooperative loop", COOPERATIVE), ("tight loop (kernel ends)", TIGHT)):
            times = [interrupt_latency(args.interrupts, code) for _ in range(5)]
            print(f"interrupt, {label}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
