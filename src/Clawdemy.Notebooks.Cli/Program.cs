using Clawdemy.Notebooks.Cli;

return await Cli.InvokeAsync(args, Console.Out, Console.Error);
