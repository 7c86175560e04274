"""Simulated learners of a classroom hub: each logs in through the hub's REST API, starts their server, opens notebooks
(a session per notebook, as the notebook page does), runs every cell through the kernel websocket, edits and saves
their copy, and leaves. Loopback only; every wait has a deadline. Used by classroom/loadtest.py and the CI test
(tests/Clawdemy.Notebooks.Kernel.Tests/Jupyter/test_classroom.py). Debian's /usr/bin/python3 with its tornado."""
import asyncio
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from urllib.parse import quote

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

AsyncHTTPClient.configure(None, max_clients=256)

CELL_TIMEOUT = 180
START_TIMEOUT = 240


class Hub:
    """Where the hub is: http://127.0.0.1:PORT."""

    def __init__(self, url):
        self.url = url.rstrip("/")
        self.http = AsyncHTTPClient()

    async def request(self, method, path, token=None, body=None, timeout=60):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"token {token}"
        request = HTTPRequest(self.url + path, method=method, headers=headers, request_timeout=timeout,
                              body=None if body is None and method in ("GET", "DELETE") else json.dumps(body or {}),
                              allow_nonstandard_methods=True)
        try:
            response = await self.http.fetch(request, raise_error=False)
        except HTTPClientError as e:  # a timeout: name the request it was
            raise HTTPClientError(e.code, f"{method} {path}: {e.message} after {timeout} s") from e
        if response.code >= 400 or response.code == 599:
            raise HTTPClientError(response.code, f"{method} {path}: {response.code} {response.body[:300] if response.body else response.error}")
        return json.loads(response.body) if response.body else None


class CellRun:
    def __init__(self, index, seconds, status, outputs):
        self.index, self.seconds, self.status, self.outputs = index, seconds, status, outputs

    @property
    def failed(self):
        return self.status != "ok" or any(o["output_type"] == "error" for o in self.outputs)


class Learner:
    def __init__(self, hub, name, password):
        self.hub, self.name, self.password = hub, name, password
        self.token = None
        self.base = f"/user/{quote(name)}"

    async def log_in(self):
        """A token for this learner, asked of the hub with their name and the password (what the login form checks)."""
        reply = await self.hub.request("POST", f"/hub/api/users/{quote(self.name)}/tokens",
                                       body={"auth": {"username": self.name, "password": self.password}, "note": "simulated learner"})
        self.token = reply["token"]

    async def start_server(self):
        try:
            await self.hub.request("POST", f"/hub/api/users/{quote(self.name)}/server", self.token)
        except HTTPClientError as e:
            if e.code != 400:  # 400: already running
                raise
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            user = await self.hub.request("GET", f"/hub/api/users/{quote(self.name)}", self.token)
            server = user.get("servers", {}).get("")
            if server and server.get("ready"):
                return
            await asyncio.sleep(0.5)
        raise TimeoutError(f"{self.name}: server not ready within {START_TIMEOUT} s")

    async def api(self, method, path, body=None, timeout=60):
        return await self.hub.request(method, self.base + path, self.token, body, timeout)

    async def read_notebook(self, path):
        return (await self.api("GET", f"/api/contents/{quote(path)}?content=1"))["content"]

    async def save_notebook(self, path, notebook):
        await self.api("PUT", f"/api/contents/{quote(path)}", {"type": "notebook", "format": "json", "content": notebook})

    async def open(self, path):
        """Opens the notebook as its page does: a session, and so a kernel started in the notebook's folder."""
        session = await self.api("POST", "/api/sessions", {"path": path, "type": "notebook", "name": "",
                                                           "kernel": {"name": ".net-csharp"}}, timeout=120)
        return Notebook(self, path, session["id"], session["kernel"]["id"])

    async def server_gone(self):
        user = await self.hub.request("GET", f"/hub/api/users/{quote(self.name)}", self.token)
        return not user.get("servers")

    async def stop_server(self):
        try:
            await self.hub.request("DELETE", f"/hub/api/users/{quote(self.name)}/server", self.token)
        except HTTPClientError as e:
            if e.code not in (400, 404):
                raise


class Notebook:
    """One open notebook: its session, its kernel and the kernel's websocket."""

    def __init__(self, learner, path, session_id, kernel_id):
        self.learner, self.path, self.session_id, self.kernel_id = learner, path, session_id, kernel_id
        self.socket = None
        self.client_session = uuid.uuid4().hex

    async def connect(self):
        hub = self.learner.hub
        url = hub.url.replace("http://", "ws://") + f"{self.learner.base}/api/kernels/{self.kernel_id}/channels?session_id={self.client_session}"
        request = HTTPRequest(url, headers={"Authorization": f"token {self.learner.token}"}, request_timeout=60)
        self.socket = await websocket_connect(request, max_message_size=64 * 1024 * 1024)

    def message(self, msg_type, content, channel="shell"):
        msg_id = uuid.uuid4().hex
        return msg_id, {"header": {"msg_id": msg_id, "msg_type": msg_type, "session": self.client_session, "username": self.learner.name,
                                   "date": "", "version": "5.3"},
                        "parent_header": {}, "metadata": {}, "content": content, "channel": channel, "buffers": []}

    async def execute(self, index, code, timeout=CELL_TIMEOUT):
        """Runs one cell; returns its CellRun (outputs as nbformat keeps them) and execution count, failing after `timeout` s."""
        msg_id, message = self.message("execute_request", {"code": code, "silent": False, "store_history": True,
                                                           "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        started = time.monotonic()
        await self.socket.write_message(json.dumps(message))
        outputs, status, idle, count = [], None, False, None
        deadline = started + timeout
        while not (idle and status is not None):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return CellRun(index, time.monotonic() - started, "timeout", outputs), None
            raw = await asyncio.wait_for(self.socket.read_message(), remaining)
            if raw is None:
                return CellRun(index, time.monotonic() - started, "disconnected", outputs), None
            if isinstance(raw, bytes):
                continue  # binary frames carry buffers, which the course's outputs do not use
            msg = json.loads(raw)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] in ("restarting", "dead"):
                # The server tells its clients that the kernel died (its restarter starts another): the cell is lost.
                return CellRun(index, time.monotonic() - started, "kernel " + msg["content"]["execution_state"], outputs), None
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if msg["channel"] == "shell" and kind == "execute_reply":
                status, count = content["status"], content.get("execution_count")
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
            elif kind == "stream":
                outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
            elif kind in ("display_data", "execute_result"):
                output = {"output_type": kind, "data": content["data"], "metadata": content.get("metadata", {})}
                if kind == "execute_result":
                    output["execution_count"] = content.get("execution_count")
                outputs.append(output)
            elif kind == "error":
                outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"], "traceback": content["traceback"]})
        return CellRun(index, time.monotonic() - started, status, outputs), count

    async def run_all(self, notebook):
        """Runs every code cell of `notebook` (a dict), in order, writing outputs and counts into it; returns the CellRuns."""
        runs = []
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            run, count = await self.execute(index, "".join(cell["source"]))
            cell["outputs"], cell["execution_count"] = run.outputs, count
            runs.append(run)
        return runs

    async def close(self):
        """Closes the tab: the websocket goes, the kernel stays (idle culling ends it)."""
        if self.socket is not None:
            self.socket.close()
            self.socket = None

    async def halt(self):
        """File > Close and Halt: the session and its kernel end."""
        await self.close()
        await self.learner.api("DELETE", f"/api/sessions/{self.session_id}")


def text_of(outputs):
    return json.dumps(outputs, ensure_ascii=False)


def marker_cell(learner_name):
    """The learner's own edit: a code cell that names them, added at the end of the notebook."""
    return {"cell_type": "code", "execution_count": None, "id": "edit-" + uuid.uuid4().hex[:8], "metadata": {"dotnet_interactive": {"language": "csharp"}},
            "outputs": [], "source": [f'var myName = "{learner_name}";\n', '$"edited by {myName}"']}


def alive(pid):
    """Whether `pid` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kernel_processes(uid):
    """The C# kernels running as `uid` (pid → resident bytes): processes whose command line is `... kernel --connection-file ...`."""
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if os.stat(f"/proc/{pid}").st_uid != uid or not alive(pid):
                continue
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
            if b"kernel" not in argv or b"--connection-file" not in argv or b"prlimit" in os.path.basename(argv[0]):
                continue
            with open(f"/proc/{pid}/status", encoding="utf-8") as f:
                rss = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))
            found[int(pid)] = rss
        except (OSError, StopIteration):
            continue
    return found


def limits_of(pid):
    """The resource limits of a process, from /proc/PID/limits: name ("Max cpu time") → (soft, hard), as the file says them."""
    with open(f"/proc/{pid}/limits", encoding="ascii") as f:
        rows = f.read().splitlines()[1:]
    return {row[:26].strip(): tuple(row[26:].split()[:2]) for row in rows}


def processes_of(uid):
    pids = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if os.stat(f"/proc/{pid}").st_uid == uid and alive(pid):
                    pids.append(int(pid))
            except OSError:
                continue
    return pids


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


class TemporaryClassroom:
    """classroom/serve on free loopback ports for learners made for the occasion (names clw<random><suffix>), with its
    state and the learners' homes in a temporary folder; remove() stops the hub and removes users, homes and folder."""

    def __init__(self, repo, suffixes, password, kernel_command, cull_idle, server_idle, learner_tasks=768,
                 kernel_cpu_seconds=3600):
        self.repo, self.password = repo, password
        self.folder = tempfile.mkdtemp(prefix="clawdemy-classroom-")
        os.chmod(self.folder, 0o755)
        tag = secrets.token_hex(3)
        self.names = [f"clw{tag}{suffix}" for suffix in suffixes]
        self.port, hub_port, proxy_port = free_ports(3)
        self.url = f"http://127.0.0.1:{self.port}"
        self.state = os.path.join(self.folder, "state")
        self.log = open(os.path.join(self.folder, "hub.log"), "wb")  # noqa: SIM115 - closed in stop()
        env = dict(os.environ, CLAWDEMY_CLASSROOM_STATE=self.state, CLAWDEMY_CLASSROOM_HOMES=os.path.join(self.folder, "homes"),
                   CLAWDEMY_CLASSROOM_PASSWORD=password, CLAWDEMY_CLASSROOM_PORT=str(self.port),
                   CLAWDEMY_CLASSROOM_HUB_PORT=str(hub_port), CLAWDEMY_CLASSROOM_PROXY_API_PORT=str(proxy_port),
                   CLAWDEMY_CULL_IDLE=str(cull_idle), CLAWDEMY_SERVER_IDLE=str(server_idle),
                   CLAWDEMY_LEARNER_TASKS=str(learner_tasks), CLAWDEMY_KERNEL_CPU_SECONDS=str(kernel_cpu_seconds),
                   CLAWDEMY_KERNEL_COMMAND=json.dumps(kernel_command))
        env.pop("JUPYTER_PATH", None)  # the learners' servers find the classroom's kernelspec only
        self.hub = subprocess.Popen(["bash", os.path.join(repo, "classroom", "serve"), *self.names], env=env,
                                    stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def log_text(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()[-4000:]

    def wait_until_up(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.hub.poll() is not None:
                raise AssertionError("the hub exited at start:\n" + self.log_text())
            try:
                with urllib.request.urlopen(self.url + "/hub/api/", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"the hub did not answer in {timeout} s:\n" + self.log_text())

    @staticmethod
    def uid(name):
        return pwd.getpwnam(name).pw_uid

    @staticmethod
    def home(name):
        return pwd.getpwnam(name).pw_dir

    def learner(self, name):
        return Learner(Hub(self.url), name, self.password)

    def hub_processes(self):
        """The hub and the proxy (pid → resident bytes)."""
        pids = [self.hub.pid]
        try:
            with open(os.path.join(self.state, "hub", "proxy.pid"), encoding="utf-8") as f:
                pids.append(int(f.read()))
        except (OSError, ValueError):
            pass
        return {pid: resident(pid) for pid in pids if alive(pid)}

    def stop(self):
        """SIGTERM, as a service manager stops it; SIGKILL to its group only if it outlives 60 s."""
        if self.hub.poll() is None:
            self.hub.send_signal(signal.SIGTERM)
            try:
                self.hub.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.hub.pid, signal.SIGKILL)
                self.hub.wait(10)
        if not self.log.closed:
            self.log.close()

    def remove(self):
        self.stop()
        subprocess.run(["bash", os.path.join(self.repo, "classroom", "serve"), "--remove", *self.names],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def resident(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0
