using System.Collections.Immutable;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// Tells the editing sessions open on a topology which items another session stored (one per app:
/// a singleton). Handlers run on the publisher's thread; circuits marshal to their own dispatcher.
/// </summary>
public sealed class TopologyBroadcaster
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

    public void Publish(TopologyChangeNotice notice)
    {
        foreach (var handler in _handlers.GetValueOrDefault(notice.TopologyId, []))
            handler(notice);
    }

    public int SubscriberCount(Guid topologyId) => _handlers.GetValueOrDefault(topologyId, []).Count;

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
