"""Every course notebook executed by nbclient (jupyter nbconvert --execute) with the kernel its metadata names."""
import glob
import json
import os
import subprocess
import tempfile

import pytest

import kernel_session as ks

NOTEBOOKS = sorted(glob.glob(os.path.join(ks.REPO, "notebooks", "*.ipynb")))
# The lesson's numbers, where the lesson puts them.
LESSON_NUMBERS = {
    "04_one_neuron.ipynb": ["0.19", "0.5474"],
    "06_counting_parameters.ipynb": ["13,002"],
}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=os.path.basename)
def test_notebook_runs_under_nbconvert_with_its_own_kernel(notebook):
    with open(notebook, encoding="utf-8") as f:
        assert json.load(f)["metadata"]["kernelspec"]["name"] == ks.KERNEL_NAME
    out = tempfile.mkdtemp()
    done = subprocess.run(
        ["jupyter", "nbconvert", "--to", "notebook", "--execute", "--output-dir", out,
         "--ExecutePreprocessor.timeout=300", notebook],
        capture_output=True, text=True, timeout=600, cwd=os.path.dirname(notebook))
    assert done.returncode == 0, done.stderr[-3000:]
    with open(os.path.join(out, os.path.basename(notebook)), encoding="utf-8") as f:
        executed = json.load(f)
    outputs = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert errors == [], errors[:1]
    code_cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code_cells)
    text = json.dumps(outputs)
    for number in LESSON_NUMBERS.get(os.path.basename(notebook), []):
        assert number in text, f"{number} is not in the outputs"
    charts = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    figures = [o for o in outputs if "".join(o.get("data", {}).get("text/plain", "")).startswith("Figure:")]
    assert len(charts) == len(figures), "every figure output carries the plotly type"
    assert all(isinstance(c["data"]["application/vnd.plotly.v1+json"]["data"], list) for c in charts)
