"""The Jupyter project's kernel conformance suite (jupyter_kernel_test), subclassed for the Clawdemy C# kernel."""
import os
import unittest

import jupyter_kernel_test


class CSharpKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ["CLAWDEMY_KERNEL_NAME"]
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to stderr");'
    code_generate_error = 'throw new InvalidOperationException("a cell that fails");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "0.1 + 0.09", "result": "0.19"},
        {"code": '"squish"', "result": "squish"},
        {"code": "new[] { 1, 2, 3 }", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'display(HTML("<b>bias</b>"));', "mime": "text/html"},
        {"code": "display(0.5474);", "mime": "text/plain"},
    ]

    completion_samples = [
        {"text": "Console.Wri", "matches": {"Write", "WriteLine"}},
        {"text": "var weights = 1;\nweig", "matches": {"weights"}},
        {"text": "Math.Ta", "matches": {"Tan", "Tanh", "Tau"}},
    ]
    complete_code_samples = ["1 + 1", 'Console.WriteLine("squish");', "var bias = 0.1;", "if (true) { }"]
    incomplete_code_samples = ["if (true) {", "Console.WriteLine(", "var s = @\"open", "for (var i = 0; i < 3; i++)"]
    invalid_code_samples = ["var x = 1 +;", "}", "int 5x = 3;"]
    code_inspect_sample = "Math.Sqrt"

    code_history_pattern = "6 * *"
    supported_history_operations = ("tail", "range", "search")

    # IPython's pager payload and clear_output have no counterpart in the Polyglot C# dialect this kernel speaks.
    test_pager = None
    test_clear_output = None


if __name__ == "__main__":
    unittest.main()
