using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>Counts how many more VMs of a size fit per host and which resource stops them.</summary>
public static class CapacityAnalyzer
{
    public const string Engine = "capacity";

    public static CapacityAnswer Analyze(ClusterState state, CapacityQuestion question) =>
        Analyze(state, question, ProgressSink.None, CancellationToken.None);

    public static IAsyncEnumerable<SimulationEvent> AnalyzeStreaming(
        ClusterState state, CapacityQuestion question, CancellationToken cancellationToken = default) =>
        SimulationStream.Run(Engine, (sink, ct) => Analyze(state, question, sink, ct), cancellationToken);

    internal static CapacityAnswer Analyze(
        ClusterState state, CapacityQuestion question, ProgressSink progress, CancellationToken cancellationToken)
    {
        var size = question.Size;
        if (size.Vcpu < 0 || size.RamGb < 0 || size.DiskGb < 0)
        {
            throw new ArgumentException("A VM size cannot be negative.", nameof(question));
        }
        var cluster = new CompiledCluster(state);
        var placement = new PlacementState(cluster, keepInitialPlacement: true);
        var headroom = HostHeadroom.Of(placement);
        var demand = new[] { (double)size.Vcpu, size.RamGb, size.DiskGb };
        var byResource = new long[CompiledCluster.D];
        var hosts = new HostCapacity[cluster.HostCount];
        for (var h = 0; h < hosts.Length; h++)
        {
            var fits = new int[CompiledCluster.D];
            for (var d = 0; d < CompiledCluster.D; d++)
            {
                fits[d] = HowMany(placement.Free(h, (Resource)d), demand[d]);
                byResource[d] += placement.IsAvailable(h) ? fits[d] : 0;
            }
            var binding = placement.IsAvailable(h) ? (PlacementBlock)((int)PlacementBlock.Cpu + ArgMin(fits)) : PlacementBlock.Maintenance;
            var total = placement.IsAvailable(h) ? fits.Min() : 0;
            hosts[h] = new HostCapacity(cluster.Hosts[h].Name, total, binding, fits[0], fits[1], fits[2], headroom[h]);
            progress.Report("counting", h + 1, hosts.Length, cluster.Hosts[h].Name);
        }
        var clusterBinding = (Resource)ArgMin(byResource);
        var sum = hosts.Sum(x => x.Fits);
        var requested = question.Requested > 0
            ? PlacementAnalyzer.Analyze(state, NewVms(question), progress, cancellationToken)
            : null;
        return new CapacityAnswer(size, sum, clusterBinding, hosts, requested, Explain(question, sum, clusterBinding, hosts, requested));
    }

    private static PlacementQuestion NewVms(CapacityQuestion question) =>
        new([.. Enumerable.Range(1, question.Requested).Select(i =>
                new VmSpec($"{question.NamePrefix}-{i}", question.Size.Vcpu, question.Size.RamGb, question.Size.DiskGb))],
            question.Strategy, Order: VmOrder.AsGiven);

    private static int HowMany(double free, double need) =>
        need <= 0 ? int.MaxValue : (int)Math.Max(0, Math.Floor((free + 1e-9) / need));

    private static int ArgMin<T>(T[] values) where T : IComparable<T>
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i].CompareTo(values[best]) < 0)
            {
                best = i;
            }
        }
        return best;
    }

    private static string Explain(CapacityQuestion q, int total, Resource binding, HostCapacity[] hosts, PlacementAnswer? requested)
    {
        var perHost = string.Join(", ", hosts.Select(h => $"{h.Host} {h.Fits} ({h.Binding} binds)"));
        var text = $"{total} more VMs of {q.Size} fit: {perHost}. {binding} binds for the cluster.";
        if (requested is null)
        {
            return text;
        }
        return requested.AllPlaced
            ? $"{text} The {q.Requested} requested go to {string.Join(", ", requested.Assignments.Select(a => $"{a.Vm} → {a.Host}"))}."
            : $"{text} Only {requested.Assignments.Count} of the {q.Requested} requested fit.";
    }
}
