using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Entities;
using InfraDesigner.Data.Providers;
using InfraDesigner.Domain.Topologies;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

/// <summary>
/// Stores topology documents item by item. Every method commits one transaction or nothing, so an
/// edit that returns is durable, and a refused one leaves the database as it was. Each change writes
/// its lines of the change log (<see cref="AuditEntryRecord"/>) in the same transaction, naming <c>by</c>.
/// </summary>
public sealed partial class TopologyStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Stores a new topology owned by <paramref name="ownerId"/> (an account's id; null: only admins see it).</summary>
    public Task<Guid> CreateAsync(string documentJson, string? ownerId, ChangeAuthor? by = null, CancellationToken cancellationToken = default)
    {
        var (name, description, items) = DocumentLayout.Split(documentJson);
        return CreateAsync(name, description, items, ownerId, lessonId: null, by, cancellationToken);
    }

    /// <inheritdoc cref="CreateAsync(string, string?, ChangeAuthor?, CancellationToken)"/>
    public Task<Guid> CreateAsync(Topology topology, string? ownerId, ChangeAuthor? by = null, CancellationToken cancellationToken = default) =>
        CreateAsync(topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), ownerId, lessonId: null, by, cancellationToken);

    /// <summary>Stores a trainee's attempt at a lesson: an ordinary topology that remembers the lesson it is graded against.</summary>
    public Task<Guid> CreateLessonAttemptAsync(Topology topology, string? ownerId, string lessonId, ChangeAuthor? by = null, CancellationToken cancellationToken = default) =>
        CreateLessonAttemptAsync(topology, ownerId, lessonId, by, alongside: null, cancellationToken);

    /// <summary>As above, storing <paramref name="alongside"/>'s rows (given the new id) in the same transaction.</summary>
    internal Task<Guid> CreateLessonAttemptAsync(Topology topology, string? ownerId, string lessonId, ChangeAuthor? by, Action<AppDbContext, Guid>? alongside, CancellationToken cancellationToken) =>
        CreateAsync(topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), ownerId, lessonId, by, cancellationToken, alongside);

    private async Task<Guid> CreateAsync(string name, string description, List<DocumentItem> items, string? ownerId, string? lessonId, ChangeAuthor? by, CancellationToken cancellationToken,
        Action<AppDbContext, Guid>? alongside = null)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Topologies.Add(new TopologyRecord { Id = id, Name = name, Description = description, CreatedAt = now, UpdatedAt = now, Version = 1, OwnerId = ownerId, LessonId = lessonId });
        db.AuditLog.Add(new AuditScope(by ?? ChangeAuthor.System, now, id, name, 1).Entry(AuditAction.Created, after: $"{items.Count} items"));
        alongside?.Invoke(db, id);
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
    public async Task<EditResult> ApplyAsync(Guid id, IReadOnlyList<ItemChange> changes, ChangeAuthor? by = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audit = await TouchAsync(db, id, by, cancellationToken);
        var versions = new Dictionary<ItemKey, long>();
        foreach (var change in changes)
        {
            (versions[change.Key], var before) = await ApplyOneAsync(db, id, change, cancellationToken);
            db.AuditLog.Add(audit.ItemEntry(change.Key, before, change.Json));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(audit.TopologyVersion!.Value, versions);
    }

    /// <summary>
    /// Replaces the whole document: items that differ are written, missing ones removed, in one transaction.
    /// Null when there is no such topology.
    /// </summary>
    public Task<EditResult?> ReplaceAsync(Guid id, string documentJson, ChangeAuthor? by = null, CancellationToken cancellationToken = default) =>
        ReplaceAsync(id, documentJson, AuditAction.Replaced, null, by, cancellationToken);

    public Task<EditResult?> ReplaceAsync(Guid id, Topology topology, ChangeAuthor? by = null, CancellationToken cancellationToken = default) =>
        ReplaceAsync(id, topology.Name, topology.Description ?? "", DocumentLayout.ItemsOf(topology), AuditAction.Replaced, null, by, cancellationToken);

    private Task<EditResult?> ReplaceAsync(Guid id, string documentJson, AuditAction action, string? what, ChangeAuthor? by, CancellationToken cancellationToken)
    {
        var (name, description, items) = DocumentLayout.Split(documentJson);
        return ReplaceAsync(id, name, description, items, action, what, by, cancellationToken);
    }

    /// <summary>Logs the replacement (<paramref name="action"/>, naming <paramref name="what"/>) and then each item it added, changed or removed.</summary>
    private async Task<EditResult?> ReplaceAsync(Guid id, string name, string description, List<DocumentItem> items, AuditAction action, string? what, ChangeAuthor? by, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var topology = await db.Topologies.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topology is null) return null;
        var stored = await db.TopologyItems.Where(i => i.TopologyId == id).ToDictionaryAsync(i => new ItemKey(i.Collection, i.Key), cancellationToken);
        var versions = new Dictionary<ItemKey, long>();
        var added = new List<DocumentItem>();
        var audit = new AuditScope(by ?? ChangeAuthor.System, clock.GetUtcNow(), id, name, topology.Version + 1);
        db.AuditLog.Add(audit.Entry(action, what, topology.Name == name ? null : topology.Name, topology.Name == name ? null : name));
        foreach (var item in items)
        {
            if (stored.Remove(item.Key, out var existing))
            {
                if (existing.Json != item.Json)
                {
                    db.AuditLog.Add(audit.ItemEntry(item.Key, existing.Json, item.Json));
                    existing.Version++;
                }
                (existing.Json, existing.Ordinal) = (item.Json, item.Ordinal);
                versions[item.Key] = existing.Version;
            }
            else
            {
                db.AuditLog.Add(audit.ItemEntry(item.Key, null, item.Json));
                added.Add(item);
                versions[item.Key] = 1;
            }
        }
        foreach (var (key, removed) in stored) db.AuditLog.Add(audit.ItemEntry(key, removed.Json, null));
        db.TopologyItems.RemoveRange(stored.Values);
        (topology.Name, topology.Description, topology.UpdatedAt) = (name, description, audit.At);
        topology.Version = audit.TopologyVersion!.Value;
        await db.SaveChangesAsync(cancellationToken);
        await ProviderBehaviour.For(db).InsertItemsAsync(db, id, added, version: 1, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditResult(topology.Version, versions);
    }

    /// <summary>Sets the name and description; answers the new topology version, or null when there is no such topology.</summary>
    public async Task<long?> RenameAsync(Guid id, string name, string description, ChangeAuthor? by = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topology = await db.Topologies.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topology is null) return null;
        var audit = new AuditScope(by ?? ChangeAuthor.System, clock.GetUtcNow(), id, name, topology.Version + 1);
        db.AuditLog.Add(audit.Entry(AuditAction.Renamed, null, Described(topology.Name, topology.Description), Described(name, description)));
        (topology.Name, topology.Description, topology.UpdatedAt) = (name, description, audit.At);
        topology.Version = audit.TopologyVersion!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return topology.Version;
    }

    /// <summary>Deletes the topology with its revisions; the change log keeps the deleted document. False when there is no such topology.</summary>
    public async Task<bool> DeleteAsync(Guid id, ChangeAuthor? by = null, CancellationToken cancellationToken = default)
    {
        if (await LoadAsync(id, cancellationToken) is not { } deleted) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Topologies.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) == 0) return false;
        db.AuditLog.Add(new AuditScope(by ?? ChangeAuthor.System, clock.GetUtcNow(), id, deleted.Name, null).Entry(AuditAction.Deleted, before: deleted.DocumentJson));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Described(string name, string description) => description.Length == 0 ? name : $"{name}: {description}";

    /// <summary>Stores one change; answers the item's new version (0: removed) and its JSON before (null: added).</summary>
    private static async Task<(long Version, string? Before)> ApplyOneAsync(AppDbContext db, Guid id, ItemChange change, CancellationToken cancellationToken)
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
            return (1, null);
        }
        // Versions only go up, so the JSON read at the expected version is what the guarded write below replaces.
        var before = await rows.Where(i => i.Version == expected).Select(i => i.Json).SingleOrDefaultAsync(cancellationToken);
        var matched = before is null ? 0 : change.Json is null
            ? await rows.Where(i => i.Version == expected).ExecuteDeleteAsync(cancellationToken)
            : await rows.Where(i => i.Version == expected).ExecuteUpdateAsync(
                set => set.SetProperty(i => i.Json, change.Json).SetProperty(i => i.Version, expected + 1), cancellationToken);
        if (matched == 1) return (change.Json is null ? 0 : expected + 1, before);
        var current = await rows.Select(i => (long?)i.Version).SingleOrDefaultAsync(cancellationToken);
        throw new EditConflictException(change.Key, current is null
            ? $"{change.Key} was deleted by someone else."
            : $"{change.Key} was changed by someone else (now version {current}, you edited version {expected}). Reload it to see their change.");
    }

    private async Task<AuditScope> TouchAsync(AppDbContext db, Guid id, ChangeAuthor? by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var touched = await db.Topologies.Where(t => t.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(t => t.Version, t => t.Version + 1).SetProperty(t => t.UpdatedAt, now), cancellationToken);
        if (touched == 0) throw NotFound(id);
        var topology = await db.Topologies.Where(t => t.Id == id).Select(t => new { t.Version, t.Name }).SingleAsync(cancellationToken);
        return new AuditScope(by ?? ChangeAuthor.System, now, id, topology.Name, topology.Version);
    }

    private static KeyNotFoundException NotFound(Guid id) => new($"There is no topology {id}.");
}
