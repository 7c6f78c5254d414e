namespace InfraDesigner.Data.Entities;

/// <summary>
/// One entry of the database's distributed cache. Blazor keeps a paused circuit's state there when the browser
/// could not take it, so another instance, or this one after a restart, can still resume the session.
/// </summary>
public sealed class CacheEntryRecord
{
    public required string Key { get; set; }

    public required byte[] Value { get; set; }

    /// <summary>When the entry goes: the earlier of its absolute expiry and its last read plus its sliding window.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AbsoluteExpiresAt { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }
}
