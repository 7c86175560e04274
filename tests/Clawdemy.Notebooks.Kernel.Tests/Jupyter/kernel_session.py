"""Starting the Clawdemy C# kernel with jupyter_client, and reading what it publishes, for the tests beside this file."""
import os
import queue
import time

from jupyter_client.manager import start_new_kernel
from jupyter_client.utils import run_sync

KERNEL_NAME = os.environ["CLAWDEMY_KERNEL_NAME"]
REPO = os.environ["CLAWDEMY_REPO"]
TIMEOUT = 60


def start():
    """A started kernel and a client whose channels are ready."""
    return start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=TIMEOUT)


def execute(kc, code, **options):
    """Runs code and returns (reply, iopub messages caused by it, in order, up to status idle)."""
    msg_id = kc.execute(code, **options)
    return reply_to(kc, msg_id), iopub_until_idle(kc, msg_id)


def reply_to(kc, msg_id):
    """The shell reply to the request `msg_id`. Replies to other requests are passed over: on a loaded machine,
    jupyter_client's readiness check sends kernel_info_request more than once, and the extra replies come later."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply
    raise AssertionError(f"no shell reply to {msg_id}")


def iopub_until_idle(kc, msg_id):
    messages = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages
    raise AssertionError(f"no idle status for {msg_id}")


def until_stream(kc, msg_id, text):
    """Waits for the cell to print `text`: the cell is then running, past its compilation (which, on a loaded machine,
    can outlast any fixed sleep, and an interrupt during it stops the cell before it starts)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream" and text in msg["content"]["text"]:
            return
    raise AssertionError(f"{msg_id} never printed {text!r}")


def outputs(messages, *types):
    return [m for m in messages if m["msg_type"] in types]


def drain(kc, seconds=0.3):
    """Every iopub message that arrives until none has come for `seconds`."""
    found = []
    while True:
        try:
            found.append(kc.get_iopub_msg(timeout=seconds))
        except queue.Empty:
            return found


def control_reply(kc):
    return run_sync(kc.control_channel.get_msg)(timeout=TIMEOUT)
