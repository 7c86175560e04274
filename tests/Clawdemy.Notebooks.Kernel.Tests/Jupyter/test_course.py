"""Every course notebook executed by nbconvert (the ExecutePreprocessor of jupyter nbconvert --execute) with the kernel its metadata names."""
import glob
import json
import os

import nbformat
import pytest
from nbconvert.preprocessors import ExecutePreprocessor

import kernel_session as ks

NOTEBOOKS = sorted(glob.glob(os.path.join(ks.REPO, "notebooks", "*.ipynb")))
# The lesson's numbers, where the lesson puts them.
LESSON_NUMBERS = {
    "01_weighted_sum.ipynb": ["inputs (1, 0, 1) score w·x = 0.8", "inputs (0, 1, 0) score w·x = -0.2"],
    "03_squish.ipynb": ["σ(40) = 1", "Sigmoid and ReLU compared"],
    "04_one_neuron.ipynb": ["<td>z = w·x + b</td><td>0.19</td>", "<td>sigmoid</td><td>0.5474</td>", "<td>ReLU</td><td>0.19</td>"],
    "06_counting_parameters.ipynb": ["12,560 + 272 + 170 = 13,002"],
    "07_behaviour_in_parameters.ipynb": ["random A: ", ", trained: "],
}
# The notebooks that teach with charts: each draws at least one, carried as plotly's own type.
CHARTED = {"01_weighted_sum.ipynb", "02_bias.ipynb", "03_squish.ipynb", "04_one_neuron.ipynb",
           "05_pixel_template.ipynb", "06_counting_parameters.ipynb", "07_behaviour_in_parameters.ipynb"}


@pytest.fixture(scope="module")
def executed_notebooks():
    """Every course notebook executed by nbconvert's ExecutePreprocessor (what `jupyter nbconvert --execute` runs), all
    in this one Python, each notebook with its own kernel: a notebook's failure (an error output, an error reply, a kernel
    that died, a timeout) is kept as its own, and the notebooks after it still run."""
    runs = {}
    for notebook in NOTEBOOKS:
        executed = nbformat.read(notebook, as_version=4)
        try:
            ExecutePreprocessor(timeout=300).preprocess(executed, {"metadata": {"path": os.path.dirname(notebook)}})
            runs[notebook] = (executed, None)
        except Exception as failure:  # noqa: BLE001 - each notebook's own failure, reported by its own case
            runs[notebook] = (executed, f"{type(failure).__name__}: {failure}"[-3000:])
    return runs


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=os.path.basename)
def test_notebook_runs_under_nbconvert_with_its_own_kernel(notebook, executed_notebooks):
    with open(notebook, encoding="utf-8") as f:
        assert json.load(f)["metadata"]["kernelspec"]["name"] == ks.KERNEL_NAME
    executed, failure = executed_notebooks[notebook]
    assert failure is None, failure
    outputs = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert errors == [], errors[:1]
    code_cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code_cells)
    text = json.dumps(outputs, ensure_ascii=False)
    for number in LESSON_NUMBERS.get(os.path.basename(notebook), []):
        assert number in text, f"{number} is not in the outputs"
    charts = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    # A chart's text/plain is the kernel's one line for a Plotly.NET GenericChart: "Chart: <title> (<n> traces)".
    figures = [o for o in outputs if "".join(o.get("data", {}).get("text/plain", "")).startswith("Chart: ")]
    assert len(charts) == len(figures), "every chart output carries the plotly type"
    assert all("cdn.plot.ly" not in "".join(c["data"]["text/html"]) and "require" not in "".join(c["data"]["text/html"]).replace("required", "") for c in charts)
    assert all(isinstance(c["data"]["application/vnd.plotly.v1+json"]["data"], list) for c in charts)
    if os.path.basename(notebook) in CHARTED:
        assert charts, "the notebook's charts are missing"
