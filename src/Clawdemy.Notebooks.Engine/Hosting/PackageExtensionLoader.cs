using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace Clawdemy.Notebooks.Engine.Hosting;

/// <summary>
/// Loads the kernel extensions a restored NuGet package ships, as Polyglot does: after each command, every package added
/// with a folder <c>interactive-extensions/dotnet</c> has each of its assemblies loaded into the default load context,
/// and each public <see cref="IKernelExtension"/> type in them created and given the root kernel (Plotly.NET.Interactive's
/// formatters arrive this way). The loader lives in the dotnet-interactive app, which is not on the feed.
/// </summary>
/// <remarks>
/// An assembly is loaded once however many packages bring it. An extension that throws fails the command with
/// "Failed to load kernel extension …", and the kernel goes on. The app also runs a package's <c>extension.dib</c>; no
/// package on the feed ships one, so that is left out.
/// </remarks>
internal static class PackageExtensionLoader
{
    /// <summary>The folder of a package that holds its .NET Interactive extensions.</summary>
    public static readonly string ExtensionFolder = Path.Combine("interactive-extensions", "dotnet");

    /// <summary>Adds the loader to <paramref name="root"/>: it watches for <see cref="PackageAdded"/> and loads after the command that added them.</summary>
    /// <param name="root">The root kernel.</param>
    /// <param name="afterExtensions">Run after a command whose packages brought extensions, to register formatters that must win over theirs.</param>
    public static void AddTo(CompositeKernel root, Action? afterExtensions = null)
    {
        var added = new ConcurrentQueue<PackageAdded>();
        var loaded = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        root.RegisterForDisposal(root.KernelEvents.Subscribe(e =>
        {
            if (e is PackageAdded package) added.Enqueue(package);
        }));
        root.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            var any = false;
            while (added.TryDequeue(out var package))
            {
                var folder = Path.Combine(package.PackageReference.PackageRoot, ExtensionFolder);
                if (!Directory.Exists(folder)) continue;
                foreach (var file in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
                {
                    if (loaded.TryAdd(AssemblyName.GetAssemblyName(file).FullName, true)) any |= await LoadAsync(file, root, context);
                }
            }

            if (any) afterExtensions?.Invoke();
        });
    }

    /// <returns>Whether the assembly had an extension.</returns>
    private static async Task<bool> LoadAsync(string file, Kernel root, KernelInvocationContext context)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
        var types = assembly.ExportedTypes
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IKernelExtension).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToArray();
        if (types.Length > 0) KernelInvocationContextExtensions.Display(context, $"Loading extensions from `{assembly.Location}`");
        foreach (var type in types)
        {
            var extension = (IKernelExtension)Activator.CreateInstance(type)!;
            try
            {
                await extension.OnLoadAsync(root);
                context.Publish(new KernelExtensionLoaded(extension, context.Command));
            }
            catch (Exception e)
            {
                var message = $"Failed to load kernel extension \"{type.Name}\" from assembly {assembly.Location}";
                context.Publish(new ErrorProduced(message, context.Command, []));
                context.Fail(context.Command, e, message);
            }
        }

        return types.Length > 0;
    }
}
