using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Store;

/// <summary>The accounts' API tokens, stored by the hash of their secret; the secret itself is never stored.</summary>
public sealed class ApiTokenStore(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task AddAsync(ApiTokenRecord token, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return tokens.OrderByDescending(t => t.CreatedAt).ToArray();
    }

    public async Task<int> CountAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.CountAsync(t => t.UserId == userId, cancellationToken);
    }

    public async Task<ApiTokenRecord?> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
    }

    /// <summary>Revokes one of the account's tokens; false when it has none with this id.</summary>
    public async Task<bool> DeleteAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.Where(t => t.Id == id && t.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task MarkUsedAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, at), cancellationToken);
    }
}
