namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// Discrete-event simulation of one VIP: arrivals, per-member FIFO service with limited
/// concurrency, health checks, failures and recoveries, persistence, slow start and drains, in simulated
/// time. A request sent to a member that is down (but not yet marked down) fails, as do those in flight
/// when it fails; a drained member finishes what it has until the drain timeout.
/// </summary>
internal sealed class LoadBalancerSimulation
{
    private enum Kind { Arrival, Completion, HealthCheck, Fail, Recover, Drain, DrainTimeout }

    private readonly record struct Event(Kind Kind, int Member, double ArrivalTime, int Epoch);

    private readonly LoadBalancerQuestion q;
    private readonly HealthCheckSettings checks;
    private readonly Random random;
    private readonly PriorityQueue<Event, (double, long)> events = new();
    private readonly MemberSelector selector;
    private readonly int n;
    private readonly bool[] up;
    private readonly bool[] markedHealthy;
    private readonly int[] goodChecks;
    private readonly int[] badChecks;
    private readonly int[] busy;
    private readonly int[] active;
    private readonly int[] epoch;
    private readonly Queue<double>[] waiting;
    private readonly List<Response>[] responses;
    private readonly int[] failed;
    private readonly List<(double Time, int Member)> routed = [];
    private readonly Dictionary<int, (double? Detected, double? Recovered, double? Returned, int Failed)> outageState = [];
    private readonly bool[] draining;
    private readonly Dictionary<int, DrainImpact> drains = [];
    private readonly StickTable? stickTable;
    private readonly SlowStart slowStart;
    private readonly bool dynamicWeights;
    private readonly int[] clientMember;
    private readonly bool[] clientMoved;
    private long sequence;
    private int unrouted;

    public LoadBalancerSimulation(LoadBalancerQuestion question)
    {
        q = question;
        checks = q.HealthCheck ?? HealthCheckSettings.Default;
        random = new Random(q.Seed);
        n = q.Members.Count;
        selector = new MemberSelector(q.Members, q.Algorithm, q.MaglevTableSize);
        up = [.. Enumerable.Repeat(true, n)];
        markedHealthy = [.. Enumerable.Repeat(true, n)];
        goodChecks = new int[n];
        badChecks = new int[n];
        busy = new int[n];
        active = new int[n];
        epoch = new int[n];
        waiting = [.. Enumerable.Range(0, n).Select(_ => new Queue<double>())];
        responses = [.. Enumerable.Range(0, n).Select(_ => new List<Response>())];
        failed = new int[n];
        ClientIps = [.. Enumerable.Range(0, q.ClientCount).Select(_ => (uint)random.NextInt64(0x0A000000, 0x0AFFFFFF))];
        draining = new bool[n];
        stickTable = q.StickinessSeconds is { } expire ? new StickTable(expire) : null;
        slowStart = new SlowStart(q.Members, q.SlowStartSeconds);
        dynamicWeights = q.Algorithm is LoadBalancerAlgorithm.RoundRobin or LoadBalancerAlgorithm.WeightedRoundRobin or LoadBalancerAlgorithm.LeastConnections;
        clientMember = [.. Enumerable.Repeat(-1, q.ClientCount)];
        clientMoved = new bool[q.ClientCount];
    }

    public IReadOnlyCollection<DrainImpact> Drains => drains.Values;

    /// <summary>The share of the clients that sent requests whose requests all went to one member.</summary>
    public double ClientsOnOneMember
    {
        get
        {
            var seen = clientMember.Count(m => m >= 0);
            return seen == 0 ? 1 : (double)Enumerable.Range(0, clientMember.Length).Count(c => clientMember[c] >= 0 && !clientMoved[c]) / seen;
        }
    }

    public uint[] ClientIps { get; }

    public IReadOnlyList<(double Time, int Member)> Routed => routed;

    public int Unrouted => unrouted;

    public IReadOnlyList<Response> Responses(int member) => responses[member];

    public int Failed(int member) => failed[member];

    public (double? Detected, double? Recovered, double? Returned, int Failed) Outage(int member) =>
        outageState.GetValueOrDefault(member);

    public void Run(Action<double> onProgress, CancellationToken cancellationToken)
    {
        Schedule(Exponential(1 / q.ArrivalRatePerSecond), new Event(Kind.Arrival, -1, 0, 0));
        for (var i = 0; i < n; i++)
        {
            // Checks are staggered over one interval, as real balancers spread them.
            Schedule(checks.IntervalSeconds * (i + 1) / n, new Event(Kind.HealthCheck, i, 0, 0));
        }
        foreach (var outage in q.Outages ?? [])
        {
            var m = q.Members.Select(x => x.Name).ToList().IndexOf(outage.Member);
            Schedule(outage.FailAtSeconds, new Event(Kind.Fail, m, 0, 0));
            if (outage.RecoverAtSeconds is { } back)
            {
                Schedule(back, new Event(Kind.Recover, m, 0, 0));
            }
        }
        foreach (var drain in q.Drains ?? [])
        {
            Schedule(drain.AtSeconds, new Event(Kind.Drain, q.Members.Select(x => x.Name).ToList().IndexOf(drain.Member), 0, 0));
        }
        var handled = 0L;
        while (events.TryDequeue(out var e, out var key) && key.Item1 <= q.DurationSeconds)
        {
            if (++handled % 8192 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                onProgress(key.Item1);
            }
            Handle(e, key.Item1);
        }
    }

    private void Handle(Event e, double now)
    {
        switch (e.Kind)
        {
            case Kind.Arrival:
                Arrive(now);
                Schedule(now + Exponential(1 / q.ArrivalRatePerSecond), e);
                break;
            case Kind.Completion when e.Epoch == epoch[e.Member]:
                Complete(e.Member, e.ArrivalTime, now);
                break;
            case Kind.HealthCheck:
                Check(e.Member, now);
                Schedule(now + checks.IntervalSeconds, e);
                break;
            case Kind.Fail:
                Fail(e.Member);
                break;
            case Kind.Recover:
                up[e.Member] = true;
                outageState[e.Member] = outageState[e.Member] with { Recovered = now };
                break;
            case Kind.Drain:
                StartDrain(e.Member, now);
                break;
            case Kind.DrainTimeout:
                CutDrain(e.Member);
                break;
        }
    }

    private void StartDrain(int m, double now)
    {
        if (draining[m])
        {
            return;
        }
        draining[m] = true;
        drains[m] = new DrainImpact(q.Members[m].Name, now, active[m], 0, 0, active[m] == 0 ? now : null);
        UpdateRotation();
        Schedule(now + q.DrainTimeoutSeconds, new Event(Kind.DrainTimeout, m, 0, epoch[m]));
    }

    private void CutDrain(int m)
    {
        if (active[m] == 0 || drains[m].EmptyAtSeconds is not null)
        {
            return;
        }
        drains[m] = drains[m] with { Cut = drains[m].Cut + active[m] };
        Fail(m, markDown: false);
    }

    private void Arrive(double now)
    {
        var c = random.Next(ClientIps.Length);
        var m = Choose(c, now);
        if (m < 0)
        {
            unrouted++;
            return;
        }
        routed.Add((now, m));
        clientMoved[c] |= clientMember[c] >= 0 && clientMember[c] != m;
        clientMember[c] = m;
        if (!up[m])
        {
            CountFailure(m, 1);
            return;
        }
        active[m]++;
        if (busy[m] < q.Members[m].Concurrency)
        {
            StartService(m, now, now);
        }
        else
        {
            waiting[m].Enqueue(now);
        }
    }

    /// <summary>The client's stuck member while it is in rotation (else redispatched), or the algorithm's pick.</summary>
    private int Choose(int client, double now)
    {
        if (dynamicWeights)
        {
            slowStart.Apply(now, selector.EffectiveWeight);
        }
        if (stickTable?.Lookup(client, now) is { } stuck and >= 0 && selector.InRotation(stuck))
        {
            stickTable.Store(client, stuck, now);
            return stuck;
        }
        var m = selector.Pick(ClientIps[client], active);
        if (m >= 0)
        {
            stickTable?.Store(client, m, now);
        }
        return m;
    }

    private void StartService(int m, double arrival, double now)
    {
        busy[m]++;
        Schedule(now + Exponential(q.MeanServiceSeconds), new Event(Kind.Completion, m, arrival, epoch[m]));
    }

    private void Complete(int m, double arrival, double now)
    {
        responses[m].Add(new Response(now, now - arrival));
        busy[m]--;
        active[m]--;
        if (draining[m] && drains[m] is { EmptyAtSeconds: null } drain)
        {
            drains[m] = drain with { Completed = drain.Completed + 1, EmptyAtSeconds = active[m] == 0 ? now : null };
        }
        if (waiting[m].TryDequeue(out var next))
        {
            StartService(m, next, now);
        }
    }

    private void Fail(int m, bool markDown = true)
    {
        epoch[m]++;
        if (markDown)
        {
            up[m] = false;
            outageState[m] = (null, null, null, 0);
        }
        CountFailure(m, active[m]);
        busy[m] = active[m] = 0;
        waiting[m].Clear();
    }

    private void CountFailure(int m, int count)
    {
        failed[m] += count;
        if (outageState.TryGetValue(m, out var s))
        {
            outageState[m] = s with { Failed = s.Failed + count };
        }
    }

    private void Check(int m, double now)
    {
        if (up[m])
        {
            badChecks[m] = 0;
            if (!markedHealthy[m] && ++goodChecks[m] >= checks.Rise)
            {
                SetMarked(m, true);
                outageState[m] = outageState[m] with { Returned = now };
                slowStart.Returned(m, now);
            }
            return;
        }
        goodChecks[m] = 0;
        if (markedHealthy[m] && ++badChecks[m] >= checks.Fall)
        {
            SetMarked(m, false);
            outageState[m] = outageState[m] with { Detected = now };
        }
    }

    private void SetMarked(int m, bool healthy)
    {
        markedHealthy[m] = healthy;
        goodChecks[m] = badChecks[m] = 0;
        UpdateRotation();
    }

    private void UpdateRotation() => selector.SetInRotation([.. Enumerable.Range(0, n).Select(m => markedHealthy[m] && !draining[m])]);

    private void Schedule(double time, Event e) => events.Enqueue(e, (time, sequence++));

    private double Exponential(double mean) => -Math.Log(1 - random.NextDouble()) * mean;
}
