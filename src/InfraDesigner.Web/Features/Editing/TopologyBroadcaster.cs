using System.Collections.Immutable;
using InfraDesigner.Web.Instances;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// Tells the editing sessions open on a topology which items another session stored (one per app:
/// a singleton), on this instance and, through the relay, on the other instances of the same database.
/// Handlers run on the publisher's thread; circuits marshal to their own dispatcher.
/// </summary>
public sealed class TopologyBroadcaster(ITopologyNoticeRelay relay)
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, ImmutableList<Action<TopologyChangeNotice>>> _handlers = ImmutableDictionary<Guid, ImmutableList<Action<TopologyChangeNotice>>>.Empty;

    public IDisposable Subscribe(Guid topologyId, Action<TopologyChangeNotice> handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.SetItem(topologyId, _handlers.GetValueOrDefault(topologyId, []).Add(handler));
        }
        return new Subscription(() => Unsubscribe(topologyId, handler));
    }

    /// <summary>A change stored here: told to this instance's sessions at once, then to the other instances.</summary>
    public Task PublishAsync(TopologyChangeNotice notice)
    {
        Deliver(notice);
        return relay.SendAsync(notice);
    }

    /// <summary>Tells this instance's sessions only (a change stored here, or relayed from another instance).</summary>
    public void Deliver(TopologyChangeNotice notice)
    {
        foreach (var handler in _handlers.GetValueOrDefault(notice.TopologyId, []))
            handler(notice);
    }

    public int SubscriberCount(Guid topologyId) => _handlers.GetValueOrDefault(topologyId, []).Count;

    public IReadOnlyCollection<Guid> OpenTopologies() => [.. _handlers.Keys];

    private void Unsubscribe(Guid topologyId, Action<TopologyChangeNotice> handler)
    {
        lock (_gate)
        {
            var remaining = _handlers.GetValueOrDefault(topologyId, []).Remove(handler);
            _handlers = remaining.IsEmpty ? _handlers.Remove(topologyId) : _handlers.SetItem(topologyId, remaining);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
