using InfraDesigner.Data.Store;
using InfraDesigner.Web.Accounts;
using Microsoft.Extensions.Caching.Memory;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>
/// Stored topologies read into the model, shared while their stored version stays the same: a second
/// editor, a simulation or a reload of the page costs one small query (none when the access check read the version: <see cref="VersionReadWithAccess"/>) instead of reading, parsing and
/// validating the whole topology again, and all of them hold the same immutable model. A read under
/// way is shared too, so the page can start one while the browser is still connecting.
/// </summary>
public sealed class TopologyModels(TopologyStore store, IMemoryCache cache)
{
    private static readonly MemoryCacheEntryOptions Kept = new() { SlidingExpiration = TimeSpan.FromMinutes(10) };

    private sealed record Entry(long Version, Task<OpenedTopology?> Reading);

    /// <summary>The topology as stored now, or null when there is none with this id.</summary>
    public async Task<OpenedTopology?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if ((VersionReadWithAccess.For(id) ?? await store.GetVersionAsync(id, cancellationToken)) is not { } version) return null;
        var key = (typeof(TopologyModels), id);
        if (!cache.TryGetValue(key, out Entry? entry) || entry!.Version != version)
        {
            // Not cancelled with this caller: others may be waiting for the same read.
            entry = new Entry(version, ReadAsync(id));
            cache.Set(key, entry, Kept);
        }
        try
        {
            return await entry.Reading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            cache.Remove(key);
            throw;
        }
    }

    private async Task<OpenedTopology?> ReadAsync(Guid id) =>
        await store.LoadAsync(id) is { } stored ? OpenedTopology.Read(stored) : null;
}
