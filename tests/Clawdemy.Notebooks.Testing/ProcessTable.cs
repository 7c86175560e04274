namespace Clawdemy.Notebooks.Testing;

/// <summary>The machine's processes as /proc lists them (Linux): for tests that check what a run leaves behind, by pid, parent and process group, never by name.</summary>
public static class ProcessTable
{
    /// <summary>One process: its id, state letter (Z for a zombie not yet reaped), parent and process group.</summary>
    public readonly record struct Entry(int Pid, char State, int Parent, int Group)
    {
        /// <summary>Whether it runs (a zombie has ended and only waits to be reaped).</summary>
        public bool Alive => State != 'Z';
    }

    /// <summary>Every process that can be read now.</summary>
    public static IReadOnlyList<Entry> Read()
    {
        var entries = new List<Entry>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                entries.Add(new Entry(pid, fields[0][0], int.Parse(fields[1]), int.Parse(fields[2])));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // It ended while the table was read.
            }
        }

        return entries;
    }

    /// <summary>The living processes whose chain of parents reaches <paramref name="root"/>.</summary>
    public static List<int> LivingDescendants(int root)
    {
        var table = Read().ToDictionary(e => e.Pid);
        return table.Values.Where(e => e.Alive && Reaches(e, root, table)).Select(e => e.Pid).ToList();
    }

    /// <summary>The living processes of the process group <paramref name="group"/>.</summary>
    public static List<int> LivingMembers(int group) => Read().Where(e => e.Group == group && e.Alive).Select(e => e.Pid).ToList();

    /// <summary>Whether <paramref name="pid"/> is a living process.</summary>
    public static bool IsAlive(int pid) => Read().Any(e => e.Pid == pid && e.Alive);

    /// <summary>
    /// The debugger pipes and diagnostic socket that the .NET runtime of process <paramref name="pid"/> made in the
    /// temporary folder; it removes them at a normal exit, so after a kill they are left.
    /// </summary>
    public static IEnumerable<string> RuntimeFiles(int pid) =>
        Directory.GetFiles(Path.GetTempPath(), $"clr-debug-pipe-{pid}-*").Concat(Directory.GetFiles(Path.GetTempPath(), $"dotnet-diagnostic-{pid}-*"));

    private static bool Reaches(Entry entry, int root, Dictionary<int, Entry> table)
    {
        for (var at = entry; at.Pid > 1; at = table[at.Parent])
        {
            if (at.Parent == root) return true;
            if (!table.ContainsKey(at.Parent)) return false;
        }

        return false;
    }
}
