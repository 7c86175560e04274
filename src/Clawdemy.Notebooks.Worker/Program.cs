using Clawdemy.Notebooks.Engine.Workers;

// One notebook per process: the request arrives on stdin, cell results leave on stdout.
return await WorkerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput());
