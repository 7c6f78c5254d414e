using System.Collections.Concurrent;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// The simulations running on each topology in this app instance, so everyone who has its Simulate panel open sees
/// who runs what and how far it got. Progress reaches the watchers at most every <see cref="Interval"/> (an engine
/// may report thousands of steps a second; a circuit needs a few renders), the start and the end at once.
/// </summary>
public sealed class RunsInProgress(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _clock = clock;
    private readonly ConcurrentDictionary<Guid, SharedRun> _running = new();
    private readonly TopologySubscribers<SharedRun> _watchers = new();

    /// <summary>The runs under way on the topology, oldest first.</summary>
    public IReadOnlyList<SharedRun> On(Guid topologyId) =>
        [.. _running.Values.Where(r => r.TopologyId == topologyId).OrderBy(r => r.StartedAt)];

    /// <summary>Calls <paramref name="changed"/> with a run on the topology whenever it starts, moves on or ends.</summary>
    public IDisposable Watch(Guid topologyId, Action<SharedRun> changed) => _watchers.Subscribe(topologyId, changed);

    /// <summary>Announces a run; report its progress on the answer, and dispose it when the run ends.</summary>
    public Announcement Start(Guid topologyId, Guid origin, string title, string by)
    {
        var run = new SharedRun(Guid.NewGuid(), topologyId, origin, title, by, _clock.GetUtcNow());
        _running[run.Id] = run;
        _watchers.Deliver(topologyId, run);
        return new Announcement(this, run);
    }

    public sealed class Announcement(RunsInProgress runs, SharedRun started) : IDisposable
    {
        private SharedRun _run = started;
        private DateTimeOffset _told = started.StartedAt;

        public Guid RunId => _run.Id;

        public void Report(SimulationProgress progress)
        {
            _run = _run with { Latest = progress };
            runs._running[_run.Id] = _run;
            var now = runs._clock.GetUtcNow();
            if (now - _told < Interval) return;
            _told = now;
            runs._watchers.Deliver(_run.TopologyId, _run);
        }

        /// <summary>Marks the run as stopped by its user before it answered.</summary>
        public void Cancelled() => _run = _run with { Cancelled = true };

        public void Dispose()
        {
            if (!runs._running.TryRemove(_run.Id, out _)) return;
            _run = _run with { EndedAt = runs._clock.GetUtcNow() };
            runs._watchers.Deliver(_run.TopologyId, _run);
        }
    }
}
