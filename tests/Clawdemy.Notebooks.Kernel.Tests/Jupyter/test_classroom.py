"""The classroom hub (classroom/serve, Debian's JupyterHub 3.0, configurable-http-proxy from npm) with two learners,
each a system user made for this test: each logs in through the hub's REST API and runs a course notebook through the
kernel websocket; outputs are checked, each learner's files stay theirs, a runaway cell harms only its learner, idle
kernels are culled, and stopping the hub leaves no process. Runs as root (CI does): learners are system users."""
import asyncio
import glob
import json
import os
import sys
import time

import pytest

import kernel_session as ks

sys.path.insert(0, os.path.join(ks.REPO, "classroom"))
import learners as L  # noqa: E402

NOTEBOOK = "notebooks/04_one_neuron.ipynb"
# The lesson's numbers, as 04_one_neuron's trace and comparison tables show them.
LESSON_NUMBERS = ["<td>z = w·x + b</td><td>0.19</td>", "<td>sigmoid</td><td>0.5474</td>", "<td>ReLU</td><td>0.19</td>"]
PASSWORD = os.urandom(8).hex()
CULL_IDLE = 15  # seconds; the single-user servers end after SERVER_IDLE with no kernel and no request
SERVER_IDLE = 30
LEARNER_TASKS = 400  # processes and threads per learner
KERNEL_CPU_SECONDS = 1800  # per kernel: not the configuration's default (3600), so the bound seen is the one asked for


def kernel_command():
    """The kernelspec PythonSuite installed (this build's clawdemy): its argv up to `kernel`."""
    for folder in os.environ["JUPYTER_PATH"].split(os.pathsep):
        spec = os.path.join(folder, "kernels", ks.KERNEL_NAME, "kernel.json")
        if os.path.exists(spec):
            with open(spec, encoding="utf-8") as f:
                argv = json.load(f)["argv"]
            return argv[:argv.index("kernel")]
    raise AssertionError("no kernelspec on JUPYTER_PATH")


def run(coroutine, timeout=300):
    return asyncio.run(asyncio.wait_for(coroutine, timeout))


@pytest.fixture(scope="module")
def classroom():
    assert os.geteuid() == 0, "the classroom makes a system user per learner: run as root (CI does)"
    room = L.TemporaryClassroom(ks.REPO, ["a", "b"], PASSWORD, kernel_command(), cull_idle=CULL_IDLE, server_idle=SERVER_IDLE,
                                learner_tasks=LEARNER_TASKS, kernel_cpu_seconds=KERNEL_CPU_SECONDS)
    room.results = {}
    try:
        room.wait_until_up()
        yield room
    finally:
        room.remove()


async def run_course_notebook(room, name):
    learner = room.learner(name)
    await learner.log_in()
    await learner.start_server()
    notebook = await learner.read_notebook(NOTEBOOK)
    notebook["cells"].append(L.marker_cell(name))
    book = await learner.open(NOTEBOOK)
    await book.connect()
    runs = await book.run_all(notebook)
    await learner.save_notebook(NOTEBOOK, notebook)
    await book.close()  # the learner closes the tab: the kernel is left to idle culling
    return learner, runs


def test_each_learner_runs_a_course_notebook_through_the_hub(classroom):
    async def both():
        return await asyncio.gather(*(run_course_notebook(classroom, name) for name in classroom.names))

    for (learner, runs) in run(both()):
        classroom.results[learner.name] = learner
        failed = [r for r in runs if r.failed]
        assert runs and not failed, f"{learner.name}: {[(r.index, r.status, L.text_of(r.outputs)[:300]) for r in failed]}"
        text = L.text_of([o for r in runs for o in r.outputs])
        for number in LESSON_NUMBERS:
            assert number in text, f"{learner.name}: {number} is not in the outputs"
        assert f"edited by {learner.name}" in L.text_of(runs[-1].outputs)


def test_each_learner_restore_takes_the_course_packages_from_the_classroom_shared_folder(classroom):
    assert len(classroom.results) == 2, "the notebooks did not run"
    for name in classroom.names:
        # The setup cell loaded Plotly.NET (the first test saw its charts), and nothing of it went into the learner's home.
        own = os.path.join(classroom.home(name), ".nuget", "packages")
        assert not glob.glob(os.path.join(own, "plotly.net*")), f"{name} restored the course's packages into {own}"
    shared = os.path.join(classroom.state, "nuget-packages")
    assert os.path.isdir(os.path.join(shared, "plotly.net.csharp")), f"the classroom's shared folder {shared} lacks Plotly.NET.CSharp"


def test_each_learner_saved_notebook_holds_their_own_edits_only(classroom):
    assert len(classroom.results) == 2, "the notebooks did not run"
    for name in classroom.names:
        other = next(n for n in classroom.names if n != name)
        learner = classroom.results[name]
        saved = json.dumps(run(learner.read_notebook(NOTEBOOK)))
        assert f"edited by {name}" in saved and f'\\"{name}\\"' in saved
        assert other not in saved
        on_disk = os.path.join(classroom.home(name), NOTEBOOK)
        status = os.stat(on_disk)
        assert status.st_uid == classroom.uid(name)
        assert os.stat(classroom.home(name)).st_mode & 0o077 == 0, "a learner's home is theirs alone (0700)"
        with open(on_disk, encoding="utf-8") as f:
            assert f"edited by {name}" in f.read()
        # Through the hub, one learner's token opens nothing of the other's server.
        with pytest.raises(L.HTTPClientError) as refused:
            run(learner.hub.request("GET", f"/user/{other}/api/contents/{NOTEBOOK}", learner.token))
        assert refused.value.code in (403, 404), refused.value


def test_a_learner_kernel_cannot_read_another_learner_files(classroom):
    a, b = classroom.names

    async def probe():
        learner = classroom.results[a]
        book = await learner.open("notebooks/00_start_here.ipynb")
        await book.connect()
        cells = [
            "System.Environment.UserName",
            f'System.IO.File.ReadAllText("{os.path.join(classroom.home(b), NOTEBOOK)}").Length',
            f'System.IO.Directory.GetFiles("{classroom.home(b)}").Length',
            f'System.IO.File.WriteAllText("{os.path.join(classroom.home(b), "from-a.txt")}", "hello")',
        ]
        runs = [(await book.execute(i, code))[0] for i, code in enumerate(cells)]
        await book.halt()
        return runs

    whoami, read, listing, write = run(probe())
    assert whoami.status == "ok" and f'"text/plain": "{a}"' in L.text_of(whoami.outputs)
    for attempt in (read, listing, write):
        assert attempt.status == "error", L.text_of(attempt.outputs)[:300]
        assert "UnauthorizedAccessException" in L.text_of(attempt.outputs)
    assert not os.path.exists(os.path.join(classroom.home(b), "from-a.txt"))


def test_a_runaway_cell_harms_no_other_learner(classroom):
    a, b = classroom.names
    hog = "var chunks = new System.Collections.Generic.List<byte[]>(); for (var i = 0; i < 100; i++) { var c = new byte[100_000_000]; Array.Fill(c, (byte)1); chunks.Add(c); } chunks.Count"
    # Children that stay, so that the bound is reached however slowly a loaded machine starts them; ended by the cell.
    fork = ("var kids = new System.Collections.Generic.List<System.Diagnostics.Process>(); string stopped = \"never\";"
            " try { for (var i = 0; i < 5000; i++) kids.Add(System.Diagnostics.Process.Start(\"sleep\", \"600\")); }"
            " catch (Exception e) { stopped = e.Message; }"
            " finally { foreach (var kid in kids) { try { kid.Kill(); } catch { } } } $\"{kids.Count} started; {stopped}\"")

    async def scenario():
        runaway, neighbour = classroom.results[a], classroom.results[b]
        book_a = await runaway.open("notebooks/00_start_here.ipynb")
        book_b = await neighbour.open("notebooks/00_start_here.ipynb")
        await asyncio.gather(book_a.connect(), book_b.connect())
        # A's memory hog and B's cells at the same time: A's cell fails on its heap bound, A's kernel goes on, B is answered.
        hog_run, b_runs = await asyncio.gather(book_a.execute(0, hog), asyncio.gather(*(book_b.execute(i, f"{i} * 7") for i in range(1))))
        after_hog, _ = await book_a.execute(1, "6 * 7")
        # A's fork bomb stops at A's own process bound; B starts a process and computes meanwhile.
        fork_run, b_during = await asyncio.gather(book_a.execute(2, fork), book_b.execute(3, 'System.Diagnostics.Process.Start("true").WaitForExit(); 6 * 9'))
        # Were A's kernel to die of the bound before its finally ran, its sleeps would outlive it: end them here.
        for pid in L.processes_of(classroom.uid(a)):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if f.read().split(b"\0")[0].endswith(b"sleep"):
                        os.kill(pid, 9)
            except OSError:
                pass
        b_after, _ = await book_b.execute(4, "7 * 8")
        await book_a.halt()
        # A's endless loop spins while B computes; then A halts the notebook, and the spinning kernel ends.
        book_a = await runaway.open("notebooks/00_start_here.ipynb")
        await book_a.connect()
        await book_a.execute(0, "1")
        spinning = asyncio.ensure_future(book_a.execute(1, "while (true) { }", timeout=40))
        await asyncio.sleep(3)
        b_beside_loop, _ = await book_b.execute(5, "8 * 8", timeout=30)
        spinners = set(L.kernel_processes(classroom.uid(a)))
        spinner_limits = [L.limits_of(pid) for pid in spinners]
        await book_a.halt()
        spinning.cancel()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and spinners & set(L.kernel_processes(classroom.uid(a))):
            await asyncio.sleep(0.5)
        loop_left = spinners & set(L.kernel_processes(classroom.uid(a)))
        await book_b.halt()
        return hog_run[0], b_runs[0][0], after_hog, fork_run[0], b_during[0], b_after, b_beside_loop, spinners, spinner_limits, loop_left

    hog_run, b_first, after_hog, fork_run, b_during, b_after, b_beside_loop, spinners, spinner_limits, loop_left = run(scenario())
    assert spinners, "A's spinning kernel was not seen"
    # The spinning kernel runs under its own CPU-time bound (the kernel ends at it, were it never halted) and A's process bound.
    for limits in spinner_limits:
        assert limits["Max cpu time"] == (str(KERNEL_CPU_SECONDS), str(KERNEL_CPU_SECONDS)), limits["Max cpu time"]
        assert limits["Max processes"] == (str(LEARNER_TASKS), str(LEARNER_TASKS)), limits["Max processes"]
        assert limits["Max address space"][0] != "unlimited", limits["Max address space"]
    assert not loop_left, "halting the notebook did not end A's spinning kernel"
    assert hog_run.status == "error" and "OutOfMemoryException" in L.text_of(hog_run.outputs), L.text_of(hog_run.outputs)[:300]
    assert after_hog.status == "ok" and "<pre>42</pre>" in L.text_of(after_hog.outputs)
    # The fork bomb did not get its 5000 processes: either the cell saw the bound, or the kernel died of it (and the
    # server's restarter started another); both are A's alone.
    assert fork_run.status != "ok" or "Resource temporarily unavailable" in L.text_of(fork_run.outputs), L.text_of(fork_run.outputs)[:300]
    assert "5000 started" not in L.text_of(fork_run.outputs)
    for result, expected in ((b_first, "<pre>0</pre>"), (b_during, "<pre>54</pre>"), (b_after, "<pre>56</pre>"), (b_beside_loop, "<pre>64</pre>")):
        assert result.status == "ok" and expected in L.text_of(result.outputs), L.text_of(result.outputs)[:300]


def test_idle_culling_ends_the_kernels_and_servers_learners_left(classroom):
    # The notebooks of the first test were closed, not halted: their kernels are left to the culler.
    deadline = time.monotonic() + CULL_IDLE + 60
    while time.monotonic() < deadline and any(L.kernel_processes(classroom.uid(n)) for n in classroom.names):
        time.sleep(1)
    assert not any(L.kernel_processes(classroom.uid(n)) for n in classroom.names), "idle kernels were not culled"
    # Then each server, with no kernel and no activity for SERVER_IDLE, ends itself (checked once a minute).
    deadline = time.monotonic() + SERVER_IDLE + 90
    while time.monotonic() < deadline and any(L.processes_of(classroom.uid(n)) for n in classroom.names):
        time.sleep(1)
    assert not any(L.processes_of(classroom.uid(n)) for n in classroom.names), "idle servers did not end"


def test_stopping_the_hub_leaves_no_process(classroom):
    # A learner comes back (a new server and kernel), then the hub is stopped: it ends their server, kernel and the proxy.
    async def come_back():
        learner = classroom.results[classroom.names[0]]
        await learner.start_server()
        book = await learner.open(NOTEBOOK)
        await book.connect()
        result, _ = await book.execute(0, "1 + 2")
        await book.close()
        return result

    assert run(come_back()).status == "ok"
    assert L.kernel_processes(classroom.uid(classroom.names[0]))
    with open(os.path.join(classroom.state, "hub", "proxy.pid"), encoding="utf-8") as f:
        proxy = int(f.read())
    assert L.alive(proxy)
    classroom.stop()
    assert classroom.hub.returncode is not None
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(L.processes_of(classroom.uid(n)) for n in classroom.names):
        time.sleep(0.5)
    assert not any(L.processes_of(classroom.uid(n)) for n in classroom.names), "a learner's process outlived the hub"
    assert not L.alive(proxy), "the proxy outlived the hub"


def test_an_existing_account_is_never_served_as_a_learner():
    # root (or any account this set-up did not make) named as a learner: the hub refuses to start.
    with L.tempfile.TemporaryDirectory(prefix="clawdemy-classroom-") as folder:
        env = dict(os.environ, CLAWDEMY_CLASSROOM_STATE=os.path.join(folder, "state"), CLAWDEMY_CLASSROOM_HOMES=os.path.join(folder, "homes"),
                   CLAWDEMY_CLASSROOM_PASSWORD=PASSWORD, CLAWDEMY_KERNEL_COMMAND=json.dumps(kernel_command()))
        for variable, port in zip(("PORT", "HUB_PORT", "PROXY_API_PORT"), L.free_ports(3)):
            env[f"CLAWDEMY_CLASSROOM_{variable}"] = str(port)
        refused = L.subprocess.run(["bash", os.path.join(ks.REPO, "classroom", "serve"), "root"], env=env, capture_output=True,
                                   text=True, timeout=120, check=False)
    assert refused.returncode != 0
    assert "root is an existing system user, not a classroom learner" in refused.stdout + refused.stderr
