using InfraDesigner.Web.Instances;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// Tells the editing sessions open on a topology which items another session stored (one per app:
/// a singleton), on this instance and, through the relay, on the other instances of the same database.
/// Handlers run on the publisher's thread; circuits marshal to their own dispatcher.
/// </summary>
public sealed class TopologyBroadcaster(ITopologyNoticeRelay relay)
{
    private readonly TopologySubscribers<TopologyChangeNotice> _sessions = new();

    public IDisposable Subscribe(Guid topologyId, Action<TopologyChangeNotice> handler) => _sessions.Subscribe(topologyId, handler);

    /// <summary>A change stored here: told to this instance's sessions at once, then to the other instances.</summary>
    public Task PublishAsync(TopologyChangeNotice notice)
    {
        Deliver(notice);
        return relay.SendAsync(notice);
    }

    /// <summary>Tells this instance's sessions only (a change stored here, or relayed from another instance).</summary>
    public void Deliver(TopologyChangeNotice notice) => _sessions.Deliver(notice.TopologyId, notice);

    public int SubscriberCount(Guid topologyId) => _sessions.Count(topologyId);

    public IReadOnlyCollection<Guid> OpenTopologies() => _sessions.Topologies();
}
