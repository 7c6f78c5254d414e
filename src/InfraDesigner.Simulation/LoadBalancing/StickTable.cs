namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// Source-IP persistence as HAProxy's "stick-table type ip ... expire E" with "stick on src": a client's member is
/// remembered, and the entry's expiry is renewed on every request.
/// </summary>
internal sealed class StickTable(double expireSeconds)
{
    private readonly Dictionary<int, (int Member, double Last)> entries = [];

    /// <summary>The member client <paramref name="client"/> is stuck to, or -1 when it has none or it expired.</summary>
    public int Lookup(int client, double now) =>
        entries.TryGetValue(client, out var entry) && now - entry.Last <= expireSeconds ? entry.Member : -1;

    public void Store(int client, int member, double now) => entries[client] = (member, now);
}
