namespace InfraDesigner.Data.Documents;

/// <summary>
/// One item added, replaced or removed. <see cref="Json"/> null removes the item.
/// <see cref="ExpectedVersion"/> is the version the editor last saw; null means the item must not exist yet.
/// </summary>
public sealed record ItemChange(ItemKey Key, string? Json, long? ExpectedVersion)
{
    public static ItemChange Add(ItemKey key, string json) => new(key, json, null);
    public static ItemChange Update(ItemKey key, string json, long expectedVersion) => new(key, json, expectedVersion);
    public static ItemChange Remove(ItemKey key, long expectedVersion) => new(key, null, expectedVersion);
}
