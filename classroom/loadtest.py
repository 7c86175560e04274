"""Load test of the classroom hub: N simulated learners at once, each logs in through the hub's REST API, starts their
server and, notebook after notebook, opens it, runs every cell through the kernel websocket, adds a cell of their own,
saves and closes it (Close and Halt; the last one only closed, left to idle culling). Loopback only, bounded in time and
count. Run as root (learners are system users) with Debian's Python, after a build:

    /usr/bin/python3 classroom/loadtest.py --learners 10 20 30 [--notebooks 04_one_neuron,...] [--cull-idle 30]

Prints, per N: cells run, cells failed, the slowest cell, memory per kernel and in all, kernels and servers left after
the learners leave (right away, and once idle culling had its time), and whether each saved notebook holds its own
learner's edit and no other's."""
import argparse
import asyncio
import glob
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ beside learners.py in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import learners as L  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MB = 1024 * 1024


async def one_learner(room, name, notebooks, deadline):
    learner = room.learner(name)
    runs, problems = [], []
    try:
        await learner.log_in()
        await learner.start_server()
        for i, path in enumerate(notebooks):
            if time.monotonic() > deadline:
                problems.append("out of time")
                break
            notebook = await learner.read_notebook(path)
            notebook["cells"].append(L.marker_cell(name))
            book = await learner.open(path)
            await book.connect()
            notebook_runs = await book.run_all(notebook)
            for r in notebook_runs:
                r.path = path
            runs += notebook_runs
            await learner.save_notebook(path, notebook)
            await (book.close() if i == len(notebooks) - 1 else book.halt())
    except Exception as e:  # noqa: BLE001 - one learner's failure is reported, the others go on
        problems.append(f"{type(e).__name__}: {e}"[:300])
    return learner, runs, problems


async def sample_memory(room, stop, peaks):
    while not stop.is_set():
        kernels = {pid: rss for n in room.names for pid, rss in L.kernel_processes(room.uid(n)).items()}
        everything = sum(L.resident(pid) for n in room.names for pid in L.processes_of(room.uid(n)))
        everything += sum(room.hub_processes().values())
        if kernels:
            peaks["kernel"] = max(peaks["kernel"], max(kernels.values()))
            if sum(kernels.values()) > peaks["kernels"]:
                peaks["kernels"], peaks["kernel_count"] = sum(kernels.values()), len(kernels)
        peaks["all"] = max(peaks["all"], everything)
        try:
            await asyncio.wait_for(stop.wait(), 1)
        except asyncio.TimeoutError:
            pass


def count_left(room):
    kernels = sum(len(L.kernel_processes(room.uid(n))) for n in room.names)
    servers = sum(1 for n in room.names if L.processes_of(room.uid(n)))
    return kernels, servers


async def check_saved(room, learners, notebooks):
    """Each learner's saved notebooks: their own marker once, no other learner's name."""
    wrong = 0
    for learner in learners:
        for path in notebooks:
            text = json.dumps(await learner.read_notebook(path))
            others = [n for n in room.names if n != learner.name and n in text]
            if f"edited by {learner.name}" not in text or others:
                wrong += 1
    return wrong


def run_n(n, notebooks, cull_idle, kernel_command, budget):
    room = L.TemporaryClassroom(REPO, [f"{i:02d}" for i in range(1, n + 1)], os.urandom(8).hex(), kernel_command,
                                cull_idle=cull_idle, server_idle=cull_idle)
    try:
        room.wait_until_up()
        started, load_before = time.monotonic(), os.getloadavg()[0]

        async def everyone():
            stop, peaks = asyncio.Event(), {"kernel": 0, "kernels": 0, "kernel_count": 0, "all": 0}
            sampler = asyncio.ensure_future(sample_memory(room, stop, peaks))
            results = await asyncio.gather(*(one_learner(room, name, notebooks, started + budget) for name in room.names))
            stop.set()
            await sampler
            wrong = await check_saved(room, [r[0] for r in results if not r[2]], notebooks)
            return results, peaks, wrong

        results, peaks, wrong = asyncio.run(everyone())
        elapsed = time.monotonic() - started
        left_now = count_left(room)
        wait_until = time.monotonic() + cull_idle + 120  # the culler's interval, then the servers' once-a-minute check
        while time.monotonic() < wait_until and any(count_left(room)):
            time.sleep(1)
        left_later, waited = count_left(room), time.monotonic() - started - elapsed
        runs = [r for _, learner_runs, _ in results for r in learner_runs]
        problems = [p for _, _, ps in results for p in ps]
        return {
            "learners": n, "notebooks": len(notebooks), "seconds": round(elapsed, 1),
            "load_average_1min": [round(load_before, 1), round(os.getloadavg()[0], 1)],
            "cells_run": len(runs), "cells_failed": sum(r.failed for r in runs) + len(problems),
            "cells_expected": n * sum(expected_cells(p) for p in notebooks),
            "slowest_cell_s": round(max((r.seconds for r in runs), default=0), 2),
            "median_cell_s": round(sorted(r.seconds for r in runs)[len(runs) // 2], 3) if runs else 0,
            "peak_kernel_mb": round(peaks["kernel"] / MB), "peak_kernels_mb": round(peaks["kernels"] / MB),
            "kernels_at_peak": peaks["kernel_count"], "peak_all_mb": round(peaks["all"] / MB),
            "kernels_left_at_leaving": left_now[0], "servers_left_at_leaving": left_now[1],
            "kernels_left_after_culling": left_later[0], "servers_left_after_culling": left_later[1],
            "culling_waited_s": round(waited), "saved_notebooks_wrong": wrong, "problems": problems[:5],
            "failed_cells": sorted({(os.path.basename(r.path), r.index, r.status, L.text_of(r.outputs)[:160]) for r in runs if r.failed})[:6],
        }
    finally:
        room.remove()


def expected_cells(path):
    with open(os.path.join(REPO, path), encoding="utf-8") as f:
        return sum(c["cell_type"] == "code" for c in json.load(f)["cells"]) + 1  # + the learner's own cell


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, nargs="+", default=[10, 20, 30])
    parser.add_argument("--notebooks", default="", help="comma-separated names under notebooks/ (default: the whole course)")
    parser.add_argument("--cull-idle", type=int, default=30)
    parser.add_argument("--budget", type=int, default=1200, help="seconds for one N's learners before they stop opening notebooks")
    parser.add_argument("--kernel", default=os.path.join(REPO, "artifacts", "bin", "Clawdemy.Notebooks.Cli", "debug", "clawdemy"))
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("loadtest: run as root (each learner is a system user)")
    if any(n < 1 or n > 60 for n in args.learners):
        raise SystemExit("loadtest: 1 to 60 learners")
    names = [n if n.endswith(".ipynb") else n + ".ipynb" for n in args.notebooks.split(",") if n]
    notebooks = [f"notebooks/{n}" for n in names] or [os.path.relpath(p, REPO) for p in sorted(glob.glob(os.path.join(REPO, "notebooks", "*.ipynb")))]
    for n in args.learners:
        print(json.dumps(run_n(n, notebooks, args.cull_idle, [args.kernel], args.budget)), flush=True)


if __name__ == "__main__":
    main()
