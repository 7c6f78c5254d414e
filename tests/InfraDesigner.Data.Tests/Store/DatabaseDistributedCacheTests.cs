using InfraDesigner.Data.Store;
using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Testing.Databases;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Time.Testing;

namespace InfraDesigner.Data.Tests.Store;

public abstract class DatabaseDistributedCacheTests : IDisposable
{
    private static readonly byte[] State = [1, 2, 3];
    private readonly TestDatabase _database;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));

    protected DatabaseDistributedCacheTests(DatabaseProvider provider)
    {
        _database = TestDatabase.Create(provider);
        using (_database.CreateMigrated()) { }
    }

    /// <summary>A cache of its own on the shared database: what another instance, or this one after a restart, opens.</summary>
    private DatabaseDistributedCache Instance() => new(new TempDatabaseFactory(_database), _time);

    [SkippableFact]
    public async Task An_entry_written_by_one_instance_is_read_by_another_until_it_expires()
    {
        await Instance().SetAsync("circuit", State, new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(2) });

        (await Instance().GetAsync("circuit")).ShouldBe(State);
        _time.Advance(TimeSpan.FromHours(2));
        (await Instance().GetAsync("circuit")).ShouldBeNull();
    }

    [SkippableFact]
    public async Task Writing_a_key_again_replaces_its_value_and_expiry()
    {
        var cache = Instance();
        await cache.SetAsync("circuit", State, new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        await cache.SetAsync("circuit", [9], new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });

        _time.Advance(TimeSpan.FromMinutes(30));
        (await cache.GetAsync("circuit")).ShouldBe([9]);
    }

    [SkippableFact]
    public async Task A_sliding_entry_lives_while_it_is_read_but_never_past_its_absolute_expiry()
    {
        var cache = Instance();
        await cache.SetAsync("circuit", State, new() { SlidingExpiration = TimeSpan.FromMinutes(10), AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(25) });

        _time.Advance(TimeSpan.FromMinutes(8));
        (await cache.GetAsync("circuit")).ShouldBe(State);
        _time.Advance(TimeSpan.FromMinutes(8));
        await cache.RefreshAsync("circuit");
        _time.Advance(TimeSpan.FromMinutes(8));
        (await cache.GetAsync("circuit")).ShouldBe(State);
        _time.Advance(TimeSpan.FromMinutes(2));
        (await cache.GetAsync("circuit")).ShouldBeNull();
    }

    [SkippableFact]
    public async Task A_removed_entry_is_gone_and_expired_entries_are_swept_on_the_next_write()
    {
        var cache = Instance();
        await cache.SetAsync("removed", State, new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        await cache.SetAsync("expired", State, new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        await cache.RemoveAsync("removed");
        _time.Advance(TimeSpan.FromMinutes(5));

        await cache.SetAsync("fresh", State, new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });

        (await cache.GetAsync("removed")).ShouldBeNull();
        await using var db = new TempDatabaseFactory(_database).CreateDbContext();
        db.CacheEntries.Select(e => e.Key).ToArray().ShouldBe(["fresh"]);
    }

    [SkippableFact]
    public async Task An_entry_that_would_never_expire_is_refused_and_nothing_is_stored()
    {
        var cache = Instance();

        var refused = await Should.ThrowAsync<ArgumentException>(() => cache.SetAsync("forever", State, new DistributedCacheEntryOptions()));

        refused.ParamName.ShouldBe("options");
        (await cache.GetAsync("forever")).ShouldBeNull();
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DatabaseDistributedCacheOnSqliteTests() : DatabaseDistributedCacheTests(DatabaseProvider.Sqlite);

public sealed class DatabaseDistributedCacheOnPostgreSqlTests() : DatabaseDistributedCacheTests(DatabaseProvider.PostgreSql);
