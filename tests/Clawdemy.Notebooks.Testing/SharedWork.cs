using System.Collections.Concurrent;

namespace Clawdemy.Notebooks.Testing;

/// <summary>
/// Costly work done once and shared by every test that only reads its result: a notebook's real run in a kernel, a
/// Python module's pytest run, a handout drawn in the browser. Work is keyed by what it is made from and started by its
/// first reader; later readers, at once or concurrently, await the same task, so a failure is shared too and fails each
/// reader alike.
/// </summary>
/// <typeparam name="TKey">What the work is made from.</typeparam>
/// <typeparam name="T">What the work gives.</typeparam>
public sealed class SharedWork<TKey, T>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<T>>> work = new();

    /// <summary>The work for <paramref name="key"/>: started with <paramref name="make"/> on first use, the same task after.</summary>
    public Task<T> Get(TKey key, Func<TKey, Task<T>> make) => work.GetOrAdd(key, k => new Lazy<Task<T>>(() => make(k))).Value;

    /// <summary>The results of the work that has finished well so far, for their owner to dispose.</summary>
    public IEnumerable<T> Finished =>
        work.Values.Where(w => w.IsValueCreated && w.Value.IsCompletedSuccessfully).Select(w => w.Value.Result).ToArray();
}
