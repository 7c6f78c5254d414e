using System.Collections.Immutable;

namespace InfraDesigner.Web.Features;

/// <summary>
/// Who listens for news of <typeparamref name="T"/> per topology, on this app instance. Handlers run on the
/// publisher's thread; circuits marshal to their own dispatcher.
/// </summary>
public sealed class TopologySubscribers<T>
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<Guid, ImmutableList<Action<T>>> _handlers = ImmutableDictionary<Guid, ImmutableList<Action<T>>>.Empty;

    public IDisposable Subscribe(Guid topologyId, Action<T> handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.SetItem(topologyId, _handlers.GetValueOrDefault(topologyId, []).Add(handler));
        }
        return new Subscription(() => Unsubscribe(topologyId, handler));
    }

    public void Deliver(Guid topologyId, T news)
    {
        foreach (var handler in _handlers.GetValueOrDefault(topologyId, []))
            handler(news);
    }

    public int Count(Guid topologyId) => _handlers.GetValueOrDefault(topologyId, []).Count;

    public IReadOnlyCollection<Guid> Topologies() => [.. _handlers.Keys];

    private void Unsubscribe(Guid topologyId, Action<T> handler)
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
