using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Providers;
using InfraDesigner.Domain.Topologies;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

/// <summary>
/// Stores topology documents item by item. Every method commits one transaction or nothing, so an
/// edit that returns is durable, and a refused one leaves the database as it was.
/// </summary>
public sealed partial class TopologyStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Stores a new topology owned by <paramref name="ownerId"/> (an account's id; null: only admins see it).</summary>
    public Task<Guid> CreateAsync(string documentJson, string? ownerId, CancellationToken cancellationToken = default)
    {
        var (name, description, items) = DocumentLayout.Split(documentJson);
        return CreateAsync(name, description, items, ownerId, lessonId: null, cancellationToken);
    }

    /// <inheritdoc cref="CreateAsync(string, string?, CancellationToken)"/>
    public Task<Guid> CreateAsync(Topology topology, string? ownerId, CancellationToken cancellationToken = default) =>
        CreateAsync(topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), ownerId, lessonId: null, cancellationToken);

    /// <summary>Stores a trainee's attempt at a lesson: an ordinary topology that remembers the lesson it is graded against.</summary>
    public Task<Guid> CreateLessonAttemptAsync(Topology topology, string? ownerId, string lessonId, CancellationToken cancellationToken = default) =>
        CreateAsync(topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), ownerId, lessonId, cancellationToken);

    private async Task<Guid> CreateAsync(string name, string description, List<DocumentItem> items, string? ownerId, string? lessonId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Topologies.Add(new TopologyRecord { Id = id, Name = name, Description = description, CreatedAt = now, UpdatedAt = now, Version = 1, OwnerId = ownerId, LessonId = lessonId });
        await db.SaveChangesAsync(cancellationToken);
        await ProviderBehaviour.For(db).InsertItemsAsync(db, id, items, version: 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<StoredTopology?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topology = await db.Topologies.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topology is null) return null;
        var rows = await db.TopologyItems.AsNoTracking().Where(i => i.TopologyId == id).ToListAsync(cancellationToken);
        var items = rows.Select(r => new DocumentItem(new ItemKey(r.Collection, r.Key), r.Ordinal, r.Json)).ToList();
        return new StoredTopology(
            topology.Id, topology.Name, topology.Description, topology.Version, topology.UpdatedAt,
            DocumentLayout.Assemble(topology.Name, topology.Description, items),
            rows.ToDictionary(r => new ItemKey(r.Collection, r.Key), r => r.Version),
            topology.LessonId);
    }

    /// <summary>The topology's version (it goes up with every write), or null when there is no such topology.</summary>
    public async Task<long?> GetVersionAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Topologies.Where(t => t.Id == id).Select(t => (long?)t.Version).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Applies item changes in one transaction; any conflict refuses them all.</summary>
    public async Task<EditResult> ApplyAsync(Guid id, IReadOnlyList<ItemChange> changes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var topologyVersion = await TouchAsync(db, id, cancellationToken);
        var versions = new Dictionary<ItemKey, long>();
        foreach (var change in changes)
            versions[change.Key] = await ApplyOneAsync(db, id, change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(topologyVersion, versions);
    }

    /// <summary>
    /// Replaces the whole document: items that differ are written, missing ones removed, in one transaction.
    /// Null when there is no such topology.
    /// </summary>
    public Task<EditResult?> ReplaceAsync(Guid id, string documentJson, CancellationToken cancellationToken = default)
    {
        var (name, description, items) = DocumentLayout.Split(documentJson);
        return ReplaceAsync(id, name, description, items, cancellationToken);
    }

    public Task<EditResult?> ReplaceAsync(Guid id, Topology topology, CancellationToken cancellationToken = default) =>
        ReplaceAsync(id, topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), cancellationToken);

    private async Task<EditResult?> ReplaceAsync(Guid id, string name, string description, List<DocumentItem> items, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var topology = await db.Topologies.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topology is null) return null;
        var stored = await db.TopologyItems.Where(i => i.TopologyId == id).ToDictionaryAsync(i => new ItemKey(i.Collection, i.Key), cancellationToken);
        var versions = new Dictionary<ItemKey, long>();
        var added = new List<DocumentItem>();
        foreach (var item in items)
        {
            if (stored.Remove(item.Key, out var existing))
            {
                if (existing.Json != item.Json) existing.Version++;
                (existing.Json, existing.Ordinal) = (item.Json, item.Ordinal);
                versions[item.Key] = existing.Version;
            }
            else
            {
                added.Add(item);
                versions[item.Key] = 1;
            }
        }
        db.TopologyItems.RemoveRange(stored.Values);
        (topology.Name, topology.Description, topology.UpdatedAt) = (name, description, clock.GetUtcNow());
        topology.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await ProviderBehaviour.For(db).InsertItemsAsync(db, id, added, version: 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(topology.Version, versions);
    }

    /// <summary>Sets the name and description; answers the new topology version, or null when there is no such topology.</summary>
    public async Task<long?> RenameAsync(Guid id, string name, string description, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topology = await db.Topologies.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topology is null) return null;
        (topology.Name, topology.Description, topology.UpdatedAt) = (name, description, clock.GetUtcNow());
        topology.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return topology.Version;
    }

    private static async Task<long> ApplyOneAsync(AppDbContext db, Guid id, ItemChange change, CancellationToken cancellationToken)
    {
        var (collection, key) = (change.Key.Collection, change.Key.Key);
        var rows = db.TopologyItems.Where(i => i.TopologyId == id && i.Collection == collection && i.Key == key);
        if (change.ExpectedVersion is not { } expected)
        {
            if (await rows.AnyAsync(cancellationToken))
                throw new EditConflictException(change.Key, $"{change.Key} already exists; someone else may have added it.");
            var ordinal = await db.TopologyItems.Where(i => i.TopologyId == id && i.Collection == collection)
                .MaxAsync(i => (int?)i.Ordinal, cancellationToken) ?? -1;
            db.TopologyItems.Add(new TopologyItemRecord { TopologyId = id, Collection = collection, Key = key, Ordinal = ordinal + 1, Json = change.Json!, Version = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        var matched = change.Json is null
            ? await rows.Where(i => i.Version == expected).ExecuteDeleteAsync(cancellationToken)
            : await rows.Where(i => i.Version == expected).ExecuteUpdateAsync(
                set => set.SetProperty(i => i.Json, change.Json).SetProperty(i => i.Version, expected + 1), cancellationToken);
        if (matched == 1) return change.Json is null ? 0 : expected + 1;
        var current = await rows.Select(i => (long?)i.Version).SingleOrDefaultAsync(cancellationToken);
        throw new EditConflictException(change.Key, current is null
            ? $"{change.Key} was deleted by someone else."
            : $"{change.Key} was changed by someone else (now version {current}, you edited version {expected}). Reload it to see their change.");
    }

    private async Task<long> TouchAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var touched = await db.Topologies.Where(t => t.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.Version, t => t.Version + 1).SetProperty(t => t.UpdatedAt, now), cancellationToken);
        if (touched == 0) throw NotFound(id);
        return await db.Topologies.Where(t => t.Id == id).Select(t => t.Version).SingleAsync(cancellationToken);
    }

    private static KeyNotFoundException NotFound(Guid id) => new($"There is no topology {id}.");
}
