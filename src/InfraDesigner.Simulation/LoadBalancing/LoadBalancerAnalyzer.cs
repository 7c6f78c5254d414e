using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>Simulates an L4 load balancer's pool under load, with health checks, failures and returns.</summary>
public static class LoadBalancerAnalyzer
{
    public const string Engine = "load-balancer";

    public static LoadBalancerAnswer Analyze(LoadBalancerQuestion question) =>
        Analyze(question, ProgressSink.None, CancellationToken.None);

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        LoadBalancerQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) => Analyze(question, sink, ct), cancellationToken);

    internal static LoadBalancerAnswer Analyze(LoadBalancerQuestion q, ProgressSink progress, CancellationToken cancellationToken)
    {
        q.Validate();
        var sim = new LoadBalancerSimulation(q);
        var total = (int)Math.Ceiling(q.DurationSeconds);
        sim.Run(t => progress.Report("simulating", (int)t, total, $"{t:0.#} of {q.DurationSeconds:0.#} s simulated"), cancellationToken);
        progress.Report("simulating", total, total, "done");

        var routed = sim.Routed;
        var names = q.Members.Select(m => m.Name).ToArray();
        var members = new MemberStats[names.Length];
        var requests = new int[names.Length];
        foreach (var (_, m) in routed)
        {
            requests[m]++;
        }
        for (var m = 0; m < members.Length; m++)
        {
            var times = sim.Responses(m).Select(r => r.Seconds).Order().ToArray();
            members[m] = new MemberStats(names[m], requests[m], Share(requests[m], routed.Count), times.Length, sim.Failed(m),
                times.Length == 0 ? 0 : times.Average() * 1000,
                times.Length == 0 ? 0 : times[(int)Math.Min(times.Length - 1, Math.Ceiling(0.95 * times.Length) - 1)] * 1000);
        }
        var outages = (q.Outages ?? []).Select(o => Impact(q, sim, o, Array.IndexOf(names, o.Member), names)).ToList();
        var allResponses = Enumerable.Range(0, names.Length).SelectMany(m => sim.Responses(m).Select(r => r.Seconds)).ToArray();
        var failedTotal = members.Sum(m => m.Failed) + sim.Unrouted;
        return new LoadBalancerAnswer(q.Algorithm, routed.Count + sim.Unrouted, failedTotal,
            allResponses.Length == 0 ? 0 : allResponses.Average() * 1000, members, outages, Timeline(q, sim),
            Explain(q, members, outages, sim.Drains), [.. sim.Drains.OrderBy(d => d.StartedAtSeconds)], sim.ClientsOnOneMember,
            LoadBalancerAssumptions.Describe(q));
    }

    private static OutageImpact Impact(LoadBalancerQuestion q, LoadBalancerSimulation sim, MemberOutage outage, int m, string[] names)
    {
        var state = sim.Outage(m);
        var from = state.Detected ?? q.DurationSeconds;
        var to = state.Returned ?? q.DurationSeconds;
        var counts = new int[names.Length];
        var inWindow = 0;
        foreach (var (time, member) in sim.Routed)
        {
            if (time >= from && time < to)
            {
                counts[member]++;
                inWindow++;
            }
        }
        var shares = names.Select((name, i) => (name, share: Share(counts[i], inWindow))).ToDictionary(x => x.name, x => x.share);
        return new OutageImpact(outage.Member, outage.FailAtSeconds, state.Detected, state.Recovered, state.Returned,
            state.Failed, shares, ClientDisruption.Percent(q, m, sim.ClientIps));
    }

    private static List<LoadBucket> Timeline(LoadBalancerQuestion q, LoadBalancerSimulation sim)
    {
        var buckets = (int)Math.Ceiling(q.DurationSeconds / q.BucketSeconds);
        var members = q.Members.Count;
        var counts = new int[buckets, members];
        var completed = new int[buckets, members];
        var responseSeconds = new double[buckets, members];
        int Bucket(double time) => Math.Min(buckets - 1, (int)(time / q.BucketSeconds));
        foreach (var (time, member) in sim.Routed)
        {
            counts[Bucket(time), member]++;
        }
        for (var m = 0; m < members; m++)
        {
            foreach (var response in sim.Responses(m))
            {
                completed[Bucket(response.CompletedAtSeconds), m]++;
                responseSeconds[Bucket(response.CompletedAtSeconds), m] += response.Seconds;
            }
        }
        return [.. Enumerable.Range(0, buckets).Select(b => new LoadBucket(b * q.BucketSeconds,
            [.. Enumerable.Range(0, members).Select(m => counts[b, m])],
            [.. Enumerable.Range(0, members).Select(m => completed[b, m] == 0 ? (double?)null : responseSeconds[b, m] / completed[b, m] * 1000)]))];
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Explain(LoadBalancerQuestion q, MemberStats[] members, List<OutageImpact> outages, IEnumerable<DrainImpact> drains)
    {
        var text = $"{q.Algorithm}: " + string.Join(", ", members.Select(m => $"{m.Member} {m.Share:P0} ({m.MeanResponseMs:0.#} ms mean)"));
        foreach (var o in outages)
        {
            if (o.DetectedAtSeconds is null)
            {
                text += $". {o.Member} failed at {o.FailedAtSeconds:0.#} s and was not detected before the end";
                continue;
            }
            var receivers = o.SharesWhileOut.Where(s => s.Value > 0).Select(s => $"{s.Key} {s.Value:P0}");
            text += $". {o.Member} failed at {o.FailedAtSeconds:0.#} s, marked down at {o.DetectedAtSeconds:0.#} s " +
                    $"({o.DetectionDelaySeconds:0.#} s later), {o.RequestsFailed} request(s) failed; " +
                    $"meanwhile traffic went to {string.Join(", ", receivers)} only";
            if (o.DisruptionPercent is { } d)
            {
                text += $"; {d:0.#} % of clients changed member";
            }
            if (o.ReturnedAtSeconds is { } back)
            {
                text += $"; back in the pool at {back:0.#} s";
            }
        }
        foreach (var d in drains)
        {
            text += $". {d.Member} drained from {d.StartedAtSeconds:0.#} s holding {d.InFlight} request(s): " +
                    (d.EmptyAtSeconds is { } empty ? $"empty at {empty:0.##} s" : $"{d.Cut} cut at the {q.DrainTimeoutSeconds:0.#} s drain timeout");
        }
        return text + ".";
    }
}
