using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

/// <summary>The lessons trainers imported, each one row holding its file; every write is one committed statement.</summary>
public sealed class LessonStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StoredLesson>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Lessons.AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(l => l.Id, StringComparer.Ordinal).Select(StoredLesson.Of).ToArray();
    }

    public async Task<StoredLesson?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Lessons.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) is { } row ? StoredLesson.Of(row) : null;
    }

    /// <summary>Stores a lesson under its id, replacing the one there (the caller decides who may); the owner stays the first importer.</summary>
    public async Task SaveAsync(string id, string json, string? ownerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Lessons.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (row is null) db.Lessons.Add(row = new LessonRecord { Id = id, Json = json, OwnerId = ownerId });
        row.Json = json;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the lesson; the topologies started from it stay, as ordinary topologies. False when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Lessons.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
