using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

public sealed partial class TopologyStore
{
    /// <summary>Stores the current document as a named, immutable revision numbered 1, 2, 3 ...; null when there is no such topology.</summary>
    public async Task<RevisionInfo?> SaveRevisionAsync(Guid id, string name, ChangeAuthor? by = null, CancellationToken cancellationToken = default)
    {
        if (await LoadAsync(id, cancellationToken) is not { } current) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (await db.Revisions.Where(r => r.TopologyId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;
        var revision = new RevisionRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), TopologyId = id, Number = number, Name = name,
            CreatedAt = clock.GetUtcNow(), Document = current.DocumentJson,
        };
        db.Revisions.Add(revision);
        db.AuditLog.Add(new AuditScope(by ?? ChangeAuthor.System, revision.CreatedAt, id, current.Name, current.Version)
            .Entry(AuditAction.RevisionSaved, $"version {number}: {name}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RevisionInfo(revision.Id, revision.Number, revision.Name, revision.CreatedAt);
    }

    public async Task<IReadOnlyList<RevisionInfo>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Revisions.AsNoTracking().Where(r => r.TopologyId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionInfo(r.Id, r.Number, r.Name, r.CreatedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>The document of one revision, or null when the topology has no revision with that number.</summary>
    public async Task<string?> GetRevisionDocumentAsync(Guid id, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Revisions.AsNoTracking().Where(r => r.TopologyId == id && r.Number == number)
            .Select(r => r.Document).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Makes a revision the current document again (the revision itself stays as it was); null when there is no such revision.</summary>
    public async Task<EditResult?> RestoreRevisionAsync(Guid id, int number, ChangeAuthor? by = null, CancellationToken cancellationToken = default) =>
        await GetRevisionDocumentAsync(id, number, cancellationToken) is { } document
            ? await ReplaceAsync(id, document, AuditAction.RevisionRestored, $"version {number}", by, cancellationToken)
            : null;
}
