"""The C# kernel through jupyter_client, as front ends use it."""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest
import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.session import Session

import kernel_session as ks


@pytest.fixture(scope="module")
def kernel():
    km, kc = ks.start()
    yield km, kc
    kc.stop_channels()
    # Shut down as a front end closing the notebook does, with a request: the kernel exits by itself (a kill would
    # leave the .NET runtime's debugger pipes in /tmp).
    km.shutdown_kernel()


def test_state_is_carried_from_cell_to_cell(kernel):
    _, kc = kernel
    reply, _ = ks.execute(kc, "var weights = new[] { 0.3, -0.2, 0.5 };")
    assert reply["content"]["status"] == "ok"
    reply, messages = ks.execute(kc, "weights.Sum()")
    assert reply["content"]["status"] == "ok"
    [result] = ks.outputs(messages, "execute_result")
    assert result["content"]["data"]["text/plain"] == "0.6"
    assert result["content"]["execution_count"] == reply["content"]["execution_count"]


def test_a_display_update_from_a_later_cell_is_sent_with_its_values_display_id(kernel):
    # The final release's display() shows one DisplayedValue and returns another (DisplayExtensions.Display), so the
    # update carries the returned value's id, as Polyglot receives it; the displays' ids are transient ids all the same.
    _, kc = kernel
    _, first = ks.execute(kc, 'var shown = display("sigmoid");')
    [display] = ks.outputs(first, "display_data")
    assert display["content"]["transient"]["display_id"]
    assert display["content"]["data"]["text/plain"] == "sigmoid"
    reply, later = ks.execute(kc, 'shown.Update("ReLU");\nshown.DisplayId')
    assert reply["content"]["status"] == "ok"
    [update] = ks.outputs(later, "update_display_data")
    [result] = ks.outputs(later, "execute_result")
    assert update["content"]["transient"]["display_id"] == result["content"]["data"]["text/plain"]
    assert update["content"]["data"]["text/plain"] == "ReLU"


def test_the_kernel_survives_a_thrown_exception(kernel):
    _, kc = kernel
    reply, messages = ks.execute(kc, 'throw new InvalidOperationException("boom");')
    assert reply["content"]["status"] == "error"
    assert "boom" in reply["content"]["evalue"]
    errors = ks.outputs(messages, "error")
    assert len(errors) == 1 and "boom" in errors[0]["content"]["evalue"]
    assert ks.outputs(messages, "stream") == []
    reply, messages = ks.execute(kc, "1 + 1")
    assert reply["content"]["status"] == "ok"
    assert ks.outputs(messages, "execute_result")[0]["content"]["data"]["text/plain"] == "2"


def test_a_request_sent_after_the_error_reply_is_run_not_aborted(kernel):
    _, kc = kernel
    # Only requests that were queued when the cell failed are aborted; one sent after its reply is new work. The window
    # between the reply and the kernel's look at its queue is short, so the round is repeated.
    for round in range(20):
        failing = kc.execute(f'throw new Exception("round {round}");')
        assert ks.reply_to(kc, failing)["content"]["status"] == "error"
        # Sent at once, without waiting for the failed cell's idle status.
        reply, messages = ks.execute(kc, f"{round} + 1")
        assert reply["content"]["status"] == "ok", f"round {round}: {reply['content']}"
        assert ks.outputs(messages, "execute_result")[0]["content"]["data"]["text/plain"] == str(round + 1)


def test_a_compile_error_names_the_cell_line(kernel):
    _, kc = kernel
    reply, messages = ks.execute(kc, "var a = 1;\nvar b = undefinedName;")
    assert reply["content"]["status"] == "error"
    [error] = ks.outputs(messages, "error")
    assert "(2,9): error CS0103" in error["content"]["evalue"]
    assert any("CS0103" in line for line in error["content"]["traceback"])


def test_queued_requests_after_an_error_are_aborted(kernel):
    _, kc = kernel
    # The failing cell takes a moment, so that the next request is queued behind it however loaded the machine is.
    failing = kc.execute('System.Threading.Thread.Sleep(500); throw new Exception("first fails");')
    queued = kc.execute('Console.WriteLine("must not run");')
    replies = {}
    for msg_id in (failing, queued):
        replies[msg_id] = ks.reply_to(kc, msg_id)
    assert replies[failing]["content"]["status"] == "error"
    assert replies[queued]["content"]["status"] == "aborted"
    streams = [m for m in ks.drain(kc) if m["msg_type"] == "stream"]
    assert not any("must not run" in m["content"]["text"] for m in streams)


def test_output_arrives_while_the_cell_is_still_running(kernel):
    _, kc = kernel
    msg_id = kc.execute('Console.WriteLine("first"); System.Threading.Thread.Sleep(1500); Console.WriteLine("second");')
    seen = {}
    while "second" not in seen:
        msg = kc.get_iopub_msg(timeout=ks.TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
            for word in ("first", "second"):
                if word in msg["content"]["text"]:
                    seen[word] = time.monotonic()
    assert seen["second"] - seen["first"] > 1.0
    ks.reply_to(kc, msg_id)


def test_a_chart_carries_the_plotly_type_beside_html_and_text(kernel):
    _, kc = kernel
    library = os.path.join(ks.REPO, "artifacts", "lib", "Clawdemy.Notebooks.dll")
    reply, messages = ks.execute(kc, f'#r "{library}"\nusing Clawdemy.Notebooks;\nPlots.ActivationCurves()')
    assert reply["content"]["status"] == "ok", reply["content"]
    [result] = ks.outputs(messages, "execute_result")
    data = result["content"]["data"]
    assert isinstance(data["application/vnd.plotly.v1+json"]["data"], list)
    assert len(data["application/vnd.plotly.v1+json"]["data"]) >= 2
    assert "Plotly.newPlot" in data["text/html"]
    assert data["text/plain"] == "Chart: 5 activation functions compared (5 traces)"


def test_a_learners_restyled_combined_and_from_scratch_charts_draw_offline_after_plotly_net_interactive_loads(kernel):
    _, kc = kernel
    library = os.path.join(ks.REPO, "artifacts", "lib", "Clawdemy.Notebooks.dll")
    # Plotly.NET.Interactive's extension registers its own text/html (plotly.js from a CDN through require.js); the
    # kernel's formatters are registered again after it, so the charts still need no network.
    setup = f'#r "nuget: Plotly.NET.Interactive, 6.0.0"\n#r "nuget: Plotly.NET.CSharp, 0.14.0"\n#r "{library}"\nusing Clawdemy.Notebooks;'
    reply, _ = ks.execute(kc, setup)
    assert reply["content"]["status"] == "ok", reply["content"]
    cells = {
        'Plots.BiasSlider().WithTitle("mine")': "Chart: mine (2 traces)",
        'Plotly.NET.CSharp.Chart.Combine(new[] { Plots.ActivationCurves(Activations.Sigmoid), '
        'Plotly.NET.CSharp.Chart.Line<double, double, string>(new[] { -6.0, 6.0 }, new[] { 0.0, 1.0 }, Name: "mine") })': "traces)",
        'Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 })': "Chart: untitled (1 traces)",
    }
    for code, text in cells.items():
        reply, messages = ks.execute(kc, code)
        assert reply["content"]["status"] == "ok", (code, reply["content"])
        [result] = ks.outputs(messages, "execute_result")
        data = result["content"]["data"]
        assert data["text/plain"].endswith(text) and data["text/plain"].startswith("Chart: "), (code, data["text/plain"])
        assert isinstance(data["application/vnd.plotly.v1+json"]["data"], list)
        assert "cdn.plot.ly" not in data["text/html"] and "requirejs" not in data["text/html"], code
        assert 'class="clawdemy-figure"' in data["text/html"]


def test_every_bundle_carries_plain_text(kernel):
    _, kc = kernel
    _, messages = ks.execute(kc, 'display(HTML("<i>weights</i>"));\nnew { Weight = 0.3, Bias = 0.1 }')
    bundles = [m["content"]["data"] for m in ks.outputs(messages, "display_data", "execute_result")]
    assert len(bundles) == 2
    assert all("text/plain" in b for b in bundles)


def test_an_unknown_request_gets_an_error_reply(kernel):
    _, kc = kernel
    msg = kc.session.msg("frobnicate_request", {})
    kc.shell_channel.send(msg)
    reply = ks.reply_to(kc, msg["header"]["msg_id"])
    assert reply["header"]["msg_type"] == "frobnicate_reply"
    assert reply["content"]["status"] == "error"
    assert "frobnicate_request" in reply["content"]["evalue"]


def test_kernel_info_on_control_is_answered_between_busy_and_idle(kernel):
    _, kc = kernel
    msg = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(msg)
    reply = ks.control_reply(kc)
    assert reply["content"]["language_info"]["name"] == "C#"
    states = [m["content"]["execution_state"] for m in ks.iopub_until_idle(kc, msg["header"]["msg_id"]) if m["msg_type"] == "status"]
    assert states == ["busy", "idle"]


def _raw_shell(kc):
    socket = zmq.Context.instance().socket(zmq.DEALER)
    socket.linger = 0
    socket.connect(f"tcp://{kc.ip}:{kc.shell_port}")
    return socket


def test_a_message_with_a_bad_signature_is_dropped_and_never_run(kernel):
    _, kc = kernel
    forger = Session(key=b"not-the-kernel-key")
    shell = _raw_shell(kc)
    forged = forger.msg("execute_request", {"code": 'Console.WriteLine("forged");', "silent": False})
    forger.send(shell, forged)
    assert shell.poll(1500) == 0, "the kernel answered a forged message"
    streams = [m for m in ks.drain(kc, 0.5) if m["msg_type"] == "stream"]
    assert not any("forged" in m["content"]["text"] for m in streams)
    shell.close()
    reply, _ = ks.execute(kc, "1")
    assert reply["content"]["status"] == "ok"


def test_a_replayed_message_is_dropped(kernel):
    _, kc = kernel
    shell = _raw_shell(kc)
    msg = kc.session.msg("kernel_info_request", {})
    frames = kc.session.serialize(msg)
    shell.send_multipart(frames)
    assert shell.poll(5000) != 0
    shell.recv_multipart()
    shell.send_multipart(frames)
    assert shell.poll(1500) == 0, "the kernel answered a replayed message"
    shell.close()


def _start_by_hand(env_extra):
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    write_connection_file(path, ip="127.0.0.1", key=b"a-key")
    with open(os.path.join(os.environ["JUPYTER_PATH"], "kernels", ks.KERNEL_NAME, "kernel.json")) as f:
        argv = [a.replace("{connection_file}", path) for a in json.load(f)["argv"]]
    env = dict(os.environ, **env_extra)
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    client = BlockingKernelClient(connection_file=path)
    try:
        client.load_connection_file()
        # A client with no KernelManager judges the kernel dead by its heartbeat, which by default must answer each ping
        # within 1 s; a kernel starting on a loaded machine may not: allow 10 s (set before the channel starts).
        client.hb_channel.time_to_dead = 10.0
        client.start_channels()
        client.wait_for_ready(timeout=ks.TIMEOUT)
    except BaseException:
        client.stop_channels()
        process.kill()
        process.wait()
        os.remove(path)
        raise
    return process, client, path


def test_the_kernel_shuts_down_on_request_and_writes_nothing_to_stdout():
    process, client, path = _start_by_hand({})
    try:
        ks.execute(client, 'Console.WriteLine("to the front end, not to stdout");')
        client.shutdown()
        reply = ks.control_reply(client)
        assert reply["content"]["status"] == "ok"
        assert process.wait(timeout=10) == 0
        assert process.stdout.read() == b""
    finally:
        client.stop_channels()
        if process.poll() is None:
            process.kill()
        os.remove(path)


def test_the_kernel_exits_when_its_parent_dies():
    parent = subprocess.Popen(["sleep", "600"])
    try:
        process, client, path = _start_by_hand({"JPY_PARENT_PID": str(parent.pid)})
    except BaseException:
        parent.kill()
        parent.wait()
        raise
    try:
        parent.kill()
        parent.wait()
        assert process.wait(timeout=10) is not None
        assert b"parent process" in process.stderr.read()
    finally:
        client.stop_channels()
        if process.poll() is None:
            process.kill()
        os.remove(path)


def test_a_bad_connection_file_is_one_line_on_stderr_and_exit_1():
    with open(os.path.join(os.environ["JUPYTER_PATH"], "kernels", ks.KERNEL_NAME, "kernel.json")) as f:
        argv = json.load(f)["argv"]
    fd, path = tempfile.mkstemp(suffix=".json")
    os.write(fd, b'{"transport": "ipc", "ip": "kernel-ipc"}')
    os.close(fd)
    try:
        done = subprocess.run([a.replace("{connection_file}", path) for a in argv], capture_output=True, timeout=60)
        assert done.returncode == 1
        assert done.stdout == b""
        lines = done.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and path in lines[0] and "ipc" in lines[0]
    finally:
        os.remove(path)


def test_completion_offers_members_of_the_lesson_library_with_their_kinds(kernel):
    _, kc = kernel
    library = os.path.join(ks.REPO, "artifacts", "lib", "Clawdemy.Notebooks.dll")
    ks.execute(kc, f'#r "{library}"\nusing Clawdemy.Notebooks;')
    code = "Activations.Si"
    reply = ks.reply_to(kc, kc.complete(code, len(code)))["content"]
    assert "Sigmoid" in reply["matches"]
    assert reply["cursor_start"] == len("Activations.") and reply["cursor_end"] == len(code)
    kinds = {m["text"]: m["type"] for m in reply["metadata"]["_jupyter_types_experimental"]}
    assert kinds["Sigmoid"] in ("field", "property")


def test_completion_counts_code_points_not_utf16_units(kernel):
    _, kc = kernel
    code = 'var ñame = "🧠"; Console.Wri'
    reply = ks.reply_to(kc, kc.complete(code, len(code)))["content"]
    assert set(reply["matches"]) == {"Write", "WriteLine"}
    assert code[reply["cursor_start"]:reply["cursor_end"]] == "Wri"


def test_inspect_shows_the_signature_and_the_lesson_librarys_documentation(kernel):
    _, kc = kernel
    library = os.path.join(ks.REPO, "artifacts", "lib", "Clawdemy.Notebooks.dll")
    ks.execute(kc, f'#r "{library}"\nusing Clawdemy.Notebooks;')
    code = "NeuronMath.WeightedSum"
    reply = ks.reply_to(kc, kc.inspect(code, len(code)))["content"]
    assert reply["found"]
    assert "WeightedSum(" in reply["data"]["text/plain"]
    assert "```csharp" in reply["data"]["text/markdown"]
    assert len(reply["data"]["text/plain"].split("\n\n", 1)) == 2, "the XML summary follows the signature"


def test_an_incomplete_cell_gets_an_indent(kernel):
    _, kc = kernel
    msg = kc.session.msg("is_complete_request", {"code": "foreach (var w in weights)\n{"})
    kc.shell_channel.send(msg)
    reply = ks.reply_to(kc, msg["header"]["msg_id"])["content"]
    assert reply == {"status": "incomplete", "indent": "    "}


def test_input_is_asked_of_the_front_end_and_read_by_console_readline(kernel):
    _, kc = kernel
    msg_id = kc.execute('var answer = Console.ReadLine();\nanswer.ToUpperInvariant()', allow_stdin=True)
    request = kc.get_stdin_msg(timeout=ks.TIMEOUT)
    assert request["msg_type"] == "input_request" and request["content"]["password"] is False
    kc.input("relu")
    reply = ks.reply_to(kc, msg_id)
    assert reply["content"]["status"] == "ok"
    result = ks.outputs(ks.iopub_until_idle(kc, msg_id), "execute_result")
    assert result[0]["content"]["data"]["text/plain"] == "RELU"


def test_polyglot_password_input_is_hidden_and_prints_masked(kernel):
    _, kc = kernel
    msg_id = kc.execute('var secret = await GetPasswordAsync("key");\nsecret', allow_stdin=True)
    request = kc.get_stdin_msg(timeout=ks.TIMEOUT)
    assert request["content"] == {"prompt": "key", "password": True}
    kc.input("hunter2")
    assert ks.reply_to(kc, msg_id)["content"]["status"] == "ok"
    result = ks.outputs(ks.iopub_until_idle(kc, msg_id), "execute_result")
    assert "hunter2" not in json.dumps([m["content"] for m in result])
    assert result[0]["content"]["data"]["text/plain"] == "************"


def test_input_fails_at_once_when_the_front_end_does_not_allow_it(kernel):
    _, kc = kernel
    began = time.monotonic()
    reply, messages = ks.execute(kc, "Console.ReadLine()", allow_stdin=False)
    assert time.monotonic() - began < 10
    assert reply["content"]["status"] == "error"
    assert "did not allow input" in ks.outputs(messages, "error")[0]["content"]["evalue"]


def interrupted(km, kc, code, marker):
    """Runs code until it prints marker, then interrupts it as a front end's stop button does: the error reply comes soon."""
    msg_id = kc.execute(code)
    ks.until_stream(kc, msg_id, marker)
    time.sleep(0.5)
    began = time.monotonic()
    km.interrupt_kernel()
    reply = ks.reply_to(kc, msg_id)
    # The kernel answers within its 1 s grace; the bound leaves room for a loaded CI machine (docs/benchmarks.md has the measurement).
    assert time.monotonic() - began < 5.0
    assert reply["content"]["status"] == "error"
    return msg_id, reply


def test_interrupting_a_cooperative_loop_keeps_the_kernel_and_its_state(kernel):
    km, kc = kernel
    ks.execute(kc, "var kept = 42;")
    msg_id, reply = interrupted(km, kc, "var token = Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken;\n"
                                        "Console.WriteLine(\"looping\");\n"
                                        "while (true) { token.ThrowIfCancellationRequested(); System.Threading.Thread.Sleep(10); }", "looping")
    assert "state are kept" in reply["content"]["evalue"]
    ks.iopub_until_idle(kc, msg_id)
    _, messages = ks.execute(kc, "kept")
    assert ks.outputs(messages, "execute_result")[0]["content"]["data"]["text/plain"] == "42"


def test_interrupting_a_tight_loop_ends_the_kernel_with_a_clear_error_and_a_restart_works():
    km, kc = ks.start()
    try:
        _, reply = interrupted(km, kc, "Console.WriteLine(\"spinning\");\nwhile (true) { }", "spinning")
        assert "state is lost" in reply["content"]["evalue"]
        deadline = time.monotonic() + 10
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not km.is_alive()
        km.restart_kernel(now=True)
        kc.wait_for_ready(timeout=ks.TIMEOUT)
        reply, messages = ks.execute(kc, "1 + 1")
        assert reply["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel()


def test_the_kernel_exits_when_the_process_that_started_it_dies_without_naming_itself():
    # A launcher that sets no JPY_PARENT_PID and is killed: the kernel, handed to another parent, exits by itself.
    with open(os.path.join(os.environ["JUPYTER_PATH"], "kernels", ks.KERNEL_NAME, "kernel.json")) as f:
        argv = json.load(f)["argv"]
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    write_connection_file(path, ip="127.0.0.1", key=b"a-key")
    env = {k: v for k, v in os.environ.items() if k != "JPY_PARENT_PID"}
    command = " ".join("'" + a.replace("{connection_file}", path) + "'" for a in argv)
    launcher = subprocess.Popen(["sh", "-c", f"{command} & echo $!; wait"], env=env, stdout=subprocess.PIPE, text=True)
    kernel_pid = int(launcher.stdout.readline())
    try:
        time.sleep(3)
        assert os.path.exists(f"/proc/{kernel_pid}")
        launcher.kill()
        launcher.wait()
        deadline = time.monotonic() + 10
        while os.path.exists(f"/proc/{kernel_pid}") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not os.path.exists(f"/proc/{kernel_pid}") or open(f"/proc/{kernel_pid}/stat").read().split(")")[-1].split()[0] == "Z"
    finally:
        if os.path.exists(f"/proc/{kernel_pid}"):
            os.kill(kernel_pid, signal.SIGKILL)
        os.remove(path)
