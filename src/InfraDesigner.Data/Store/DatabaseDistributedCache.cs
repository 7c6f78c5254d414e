using InfraDesigner.Data.Configurations;
using InfraDesigner.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace InfraDesigner.Data.Store;

/// <summary>
/// An <see cref="IDistributedCache"/> in the app's own database (SQLite or PostgreSQL), so every instance on it
/// shares the entries and they outlive a restart. Expired entries read as missing and are swept on each write.
/// </summary>
public sealed class DatabaseDistributedCache(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time) : IDistributedCache
{
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var entry = await ReadAndSlideAsync(key, token);
        return entry?.Value;
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public Task RefreshAsync(string key, CancellationToken token = default) => ReadAndSlideAsync(key, token);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(token);
        await db.CacheEntries.Where(e => e.Key == key).ExecuteDeleteAsync(token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, CacheEntryRecordConfiguration.KeyLength, nameof(key));
        ArgumentNullException.ThrowIfNull(value);
        var now = time.GetUtcNow();
        var absolute = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        if (absolute <= now) throw new ArgumentOutOfRangeException(nameof(options), "the absolute expiration is in the past");
        if (absolute is null && options.SlidingExpiration is null)
            throw new ArgumentException("an entry needs an absolute or a sliding expiration; the database cache keeps nothing forever", nameof(options));

        var entry = new CacheEntryRecord
        {
            Key = key,
            Value = value,
            AbsoluteExpiresAt = absolute,
            SlidingExpiration = options.SlidingExpiration,
            ExpiresAt = ExpiryFrom(now, absolute, options.SlidingExpiration),
        };
        await using var db = await dbFactory.CreateDbContextAsync(token);
        await db.CacheEntries.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(token);
        await using var transaction = await db.Database.BeginTransactionAsync(token);
        await db.CacheEntries.Where(e => e.Key == key).ExecuteDeleteAsync(token);
        db.CacheEntries.Add(entry);
        await db.SaveChangesAsync(token);
        await transaction.CommitAsync(token);
    }

    private async Task<CacheEntryRecord?> ReadAndSlideAsync(string key, CancellationToken token)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(token);
        var entry = await db.CacheEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Key == key && e.ExpiresAt > now, token);
        if (entry?.SlidingExpiration is { } sliding)
        {
            var expiresAt = ExpiryFrom(now, entry.AbsoluteExpiresAt, sliding);
            await db.CacheEntries.Where(e => e.Key == key).ExecuteUpdateAsync(set => set.SetProperty(e => e.ExpiresAt, expiresAt), token);
        }
        return entry;
    }

    private static DateTimeOffset ExpiryFrom(DateTimeOffset now, DateTimeOffset? absolute, TimeSpan? sliding)
    {
        var slid = sliding is { } window ? now + window : DateTimeOffset.MaxValue;
        return absolute is { } end && end < slid ? end : slid;
    }
}
