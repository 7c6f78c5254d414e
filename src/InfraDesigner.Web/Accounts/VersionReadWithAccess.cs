namespace InfraDesigner.Web.Accounts;

/// <summary>
/// The topology version the access check read, handed down the same async flow to the use case it guards, so the
/// use case opens the topology without reading its version again: one round trip to the database instead of two
/// on every question (a hub trace spent most of its time opening pooled connections). Only the flow that the
/// check started sees it, only for the topology it was read for, and only for use cases that read (a write would
/// make it stale).
/// </summary>
public static class VersionReadWithAccess
{
    private static readonly AsyncLocal<(Guid TopologyId, long Version)?> Current = new();

    public static long? For(Guid topologyId) => Current.Value is { } read && read.TopologyId == topologyId ? read.Version : null;

    /// <summary>Holds the version for the rest of this flow until disposed.</summary>
    public static IDisposable Hold(Guid topologyId, long version)
    {
        var outer = Current.Value;
        Current.Value = (topologyId, version);
        return new Restore(outer);
    }

    private sealed class Restore((Guid, long)? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
