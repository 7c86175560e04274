# JupyterHub 3.0 (Debian's `jupyterhub` package) serving the course to a class on one machine.
#
# Start it with `classroom/serve LEARNER...` (README, "A classroom on JupyterHub"); that script sets the CLAWDEMY_*
# variables read below and runs `jupyterhub -f classroom/jupyterhub_config.py` as root.
#
# What it sets up:
# - the proxy is configurable-http-proxy from npm (package.json, node_modules/.bin), not Debian's older copy;
# - each learner is a system user of their own (created here when missing, home 0700), and the hub's
#   LocalProcessSpawner starts their single-user server (Debian's classic Notebook 6.4) as that user, in their home,
#   with the course's notebooks copied in once (never over their edits) and our kernel installed as `.net-csharp`;
# - limits: per kernel, a managed-heap bound (a cell that allocates past it fails with OutOfMemoryException and the
#   kernel goes on), an address-space bound (what the heap bound cannot see), a CPU-time bound; per learner, a bound on
#   their processes and threads (a fork bomb stops at it). Kernels run each in a session of their own, and the Linux
#   scheduler's autogroups share the CPU between sessions, so one endless loop takes one share, not the machine;
# - idle culling: a kernel idle for CLAWDEMY_CULL_IDLE seconds with no client is shut down, and a single-user server
#   with no kernel and no activity for as long ends itself (jupyterhub-idle-culler is not packaged by Debian; on
#   Kubernetes, Zero to JupyterHub's culler does this: see classroom/z2jh-values.yaml).
#
# AUTHENTICATION: every learner logs in with one shared password (DummyAuthenticator), and only the listed learners
# may. That suits a trusted classroom network or a test, nothing more. For production, use PAMAuthenticator (learners'
# own system passwords), an OAuth authenticator of your school's identity provider, or NativeAuthenticator, and put
# the hub behind TLS (c.JupyterHub.ssl_key / ssl_cert, or a reverse proxy).
import glob
import json
import os
import pwd
import re
import shutil
import subprocess

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

here = os.path.dirname(os.path.abspath(__file__))
repo = os.environ.get("CLAWDEMY_REPO") or os.path.dirname(here)
state = os.environ.get("CLAWDEMY_CLASSROOM_STATE") or "/var/lib/clawdemy-classroom"
homes = os.environ.get("CLAWDEMY_CLASSROOM_HOMES") or "/home"
learners = [name for name in os.environ.get("CLAWDEMY_LEARNERS", "").replace(",", " ").split() if name]
password = os.environ.get("CLAWDEMY_CLASSROOM_PASSWORD", "")
if not learners:
    raise SystemExit("classroom: no learners (set CLAWDEMY_LEARNERS, or use classroom/serve LEARNER...)")
if not password:
    raise SystemExit("classroom: no shared password (set CLAWDEMY_CLASSROOM_PASSWORD)")


def setting(name, default):
    return int(os.environ.get(name) or default)


port = setting("CLAWDEMY_CLASSROOM_PORT", 8000)
hub_port = setting("CLAWDEMY_CLASSROOM_HUB_PORT", 8081)
proxy_api_port = setting("CLAWDEMY_CLASSROOM_PROXY_API_PORT", 8001)
cull_idle = setting("CLAWDEMY_CULL_IDLE", 600)
server_idle = setting("CLAWDEMY_SERVER_IDLE", cull_idle)
kernel_memory_mb = setting("CLAWDEMY_KERNEL_MEMORY_MB", 1024)
kernel_cpu_seconds = setting("CLAWDEMY_KERNEL_CPU_SECONDS", 3600)
learner_tasks = setting("CLAWDEMY_LEARNER_TASKS", 768)

# The learners' system users: the marker in the comment field is how classroom/serve --remove knows which are ours.
LEARNER_COMMENT = "clawdemy classroom learner"
if not os.path.isdir(homes):
    os.makedirs(homes)
    os.chmod(homes, 0o755)
for name in learners:
    try:
        account = pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--home-dir", os.path.join(homes, name), "--shell", "/bin/bash",
                        "--user-group", "--comment", LEARNER_COMMENT, name], check=True)
        account = pwd.getpwnam(name)
    if account.pw_gecos != LEARNER_COMMENT:
        # Never serve as an account this set-up did not make (root, a teacher, a service): pick another name.
        raise SystemExit(f"classroom: {name} is an existing system user, not a classroom learner")
    os.chmod(account.pw_dir, 0o700)  # useradd's default mode lets every user read it

# Our kernel and the helper library, staged (hard-linked, else copied) into the classroom's folder, which every learner
# can read: the build's own folders may sit under a home no learner can enter. The kernel is installed there by its own
# installer, then wrapped in the per-kernel limits: prlimit sets them on the kernel process before .NET starts.
kernel_command = json.loads(os.environ["CLAWDEMY_KERNEL_COMMAND"]) if os.environ.get("CLAWDEMY_KERNEL_COMMAND") else [
    os.path.join(repo, "artifacts", "bin", "Clawdemy.Notebooks.Cli", "debug", "clawdemy")]
os.makedirs(state, exist_ok=True)
os.chmod(state, 0o755)
private = os.path.join(state, "hub")  # the hub's database, cookie secret and pid files: root's alone
os.makedirs(private, exist_ok=True)
os.chmod(private, 0o700)


def link_or_copy(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def stage(source, target):
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, copy_function=link_or_copy, symlinks=True)
    for folder, _, files in os.walk(target):
        os.chmod(folder, 0o755)


program = kernel_command[-1]
stage(os.path.dirname(program), os.path.join(state, "app"))
kernel_command = [*kernel_command[:-1], os.path.join(state, "app", os.path.basename(program))]
stage(os.path.join(repo, "artifacts", "lib"), os.path.join(state, "artifacts", "lib"))
stage(os.path.join(repo, "data"), os.path.join(state, "data"))  # the MNIST sample and trained network the lessons load
kernel_prefix = os.path.join(state, "kernel")
subprocess.run([*kernel_command, "kernel", "install", "--prefix", kernel_prefix], check=True, stdout=subprocess.DEVNULL)
spec_file = os.path.join(kernel_prefix, "share", "jupyter", "kernels", ".net-csharp", "kernel.json")
with open(spec_file, encoding="utf-8") as f:
    spec = json.load(f)
address_space_mb = kernel_memory_mb + 4096  # the runtime reserves address space beyond its heap (code, stacks, mapped assemblies)
spec["argv"] = ["prlimit", f"--as={address_space_mb * 1024 * 1024}", f"--cpu={kernel_cpu_seconds}", "--", *spec["argv"]]
spec["env"] = {
    "DOTNET_GCHeapHardLimit": hex(kernel_memory_mb * 1024 * 1024),
    "DOTNET_EnableDiagnostics": "0",
}
with open(spec_file, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=1)
    f.write("\n")
for folder, _, files in os.walk(kernel_prefix):
    os.chmod(folder, 0o755)
    for file in files:
        os.chmod(os.path.join(folder, file), 0o644)

# The NuGet packages the course's notebooks load (`#r "nuget: NAME, VERSION"` in their setup cells), restored once here
# into a folder every learner reads and none writes, and given to the learners' restores as a fallback folder: a
# learner's first setup cell then finds every package there instead of downloading and extracting them into a home of
# its own (thirty of those at once passed the load test's cell timeout on two cores: docs/benchmarks.md). A package a
# learner adds is still restored into their own ~/.nuget/packages.
NUGET_DIRECTIVE = re.compile(r'^#r\s+"nuget:\s*([^,"\s]+)\s*,\s*([^"\s]+)\s*"', re.MULTILINE)
course_packages = set()
for notebook in glob.glob(os.path.join(repo, "notebooks", "*.ipynb")):
    with open(notebook, encoding="utf-8") as f:
        for cell in json.load(f)["cells"]:
            if cell["cell_type"] == "code":
                source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
                course_packages.update(NUGET_DIRECTIVE.findall(source))
shared_packages = os.path.join(state, "nuget-packages")
restore_project = os.path.join(state, "course-packages")
os.makedirs(restore_project, exist_ok=True)
with open(os.path.join(restore_project, "course-packages.csproj"), "w", encoding="utf-8") as f:
    references = "".join(f'<PackageReference Include="{name}" Version="{version}" />' for name, version in sorted(course_packages))
    f.write(f'<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework>'
            f'</PropertyGroup><ItemGroup>{references}</ItemGroup></Project>\n')
subprocess.run(["dotnet", "restore", restore_project, "--verbosity", "quiet"], check=True,
               env=dict(os.environ, NUGET_PACKAGES=shared_packages, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1"))
for folder, _, files in os.walk(shared_packages):
    os.chmod(folder, 0o755)
    for file in files:
        os.chmod(os.path.join(folder, file), 0o644)

# The hub, its proxy and its database, all on loopback (put a TLS-terminating proxy in front to open it to a room).
c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [os.path.join(repo, "node_modules", ".bin", "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = os.path.join(private, "proxy.pid")
c.JupyterHub.db_url = "sqlite:///" + os.path.join(private, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(private, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(private, "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True  # the hub's end ends every learner's server (and so their kernels)
c.JupyterHub.cleanup_proxy = True
if os.environ.get("CLAWDEMY_CLASSROOM_ADMIN_TOKEN"):
    # For the teacher's scripts and the tests: a service with the admin role, known by its token.
    c.JupyterHub.services = [{"name": "classroom-admin", "api_token": os.environ["CLAWDEMY_CLASSROOM_ADMIN_TOKEN"]}]
    c.JupyterHub.load_roles = [{"name": "classroom-admin", "scopes": ["admin:users", "admin:servers", "list:users", "read:users"],
                                "services": ["classroom-admin"]}]

c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = password
c.Authenticator.allowed_users = set(learners)

# Each learner's single-user server, as that learner, in their home, with the course there.
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = ["prlimit", f"--nproc={learner_tasks}", "--", "jupyterhub-singleuser"]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/tree/notebooks"
c.Spawner.http_timeout = 60
c.Spawner.start_timeout = 120
c.Spawner.environment = {
    # Classic Notebook 6.4 (Debian's jupyter-notebook); jupyter_server would do as well once installed.
    "JUPYTERHUB_SINGLEUSER_APP": "notebook.notebookapp.NotebookApp",
    "JUPYTER_PATH": os.path.join(kernel_prefix, "share", "jupyter"),
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    "DOTNET_NOLOGO": "1",
    # Read by NuGet's restore (an MSBuild property from the environment) in the restores the learners' kernels run.
    "RestoreAdditionalProjectFallbackFolders": shared_packages,
}
c.Spawner.args = [
    f"--MappingKernelManager.cull_idle_timeout={cull_idle}",
    f"--MappingKernelManager.cull_interval={max(5, min(60, cull_idle // 4))}",
    "--MappingKernelManager.cull_connected=False",
    f"--NotebookApp.shutdown_no_activity_timeout={server_idle}",
    "--MappingKernelManager.default_kernel_name=.net-csharp",
]
# Enforced where the spawner can (KubeSpawner, SystemdSpawner); LocalProcessSpawner only passes them on as MEM_LIMIT
# and CPU_LIMIT, so here the kernels' own bounds above do the work.
c.Spawner.mem_limit = f"{kernel_memory_mb + 512}M"
c.Spawner.cpu_limit = 1.0

course = os.path.join(repo, "notebooks")
staged = {"artifacts": os.path.join(state, "artifacts"), "data": os.path.join(state, "data")}


def prepare_home(spawner):
    """The learner's home: 0700, theirs; ~/notebooks holds their own copy of the course (copied the first time only, so
    their edits stay); ~/artifacts and ~/data point at the staged helper library and data the notebooks load (read-only to them)."""
    user = pwd.getpwnam(spawner.user.name)
    home = user.pw_dir
    os.chmod(home, 0o700)
    notebooks = os.path.join(home, "notebooks")
    if not os.path.isdir(notebooks):
        os.makedirs(notebooks)
        for name in sorted(os.listdir(course)):
            if name.endswith(".ipynb"):
                shutil.copyfile(os.path.join(course, name), os.path.join(notebooks, name))
        for folder, _, files in os.walk(notebooks):
            os.chown(folder, user.pw_uid, user.pw_gid)
            for file in files:
                os.chown(os.path.join(folder, file), user.pw_uid, user.pw_gid)
    for name, target in staged.items():
        link = os.path.join(home, name)
        if not os.path.lexists(link):
            os.symlink(target, link)
            os.lchown(link, user.pw_uid, user.pw_gid)


c.Spawner.pre_spawn_hook = prepare_home
