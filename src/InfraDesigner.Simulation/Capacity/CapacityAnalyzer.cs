using InfraDesigner.Simulation.Placement;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Capacity;

/// <summary>
/// Counts how many more VMs of a size fit per host and which resource stops them. The size is measured
/// the way placement measures a VM (RAM plus the hypervisor's per-VM overhead; the disk on the shared
/// datastore when one is named), and a shared datastore caps the cluster's total.
/// </summary>
public static class CapacityAnalyzer
{
    public const string Engine = "capacity";

    private const string ProbeName = "\u0001capacity-probe";

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
        if (size.Vcpu == 0 && size.RamGb == 0 && size.DiskGb == 0)
        {
            throw new ArgumentException("A VM size needs some vCPU, RAM or disk.", nameof(question));
        }
        if (question.Datastore is { } name && state.EffectiveDatastores.All(d => d.Name != name))
        {
            throw new ArgumentException($"Unknown datastore '{name}'.", nameof(question));
        }
        var cluster = new CompiledCluster(state, [Spec(question, ProbeName)]);
        var probe = cluster.VmCount - 1;
        var placement = new PlacementState(cluster, keepInitialPlacement: true);
        var headroom = HostHeadroom.Of(placement);
        var datastore = DatastoreOf(placement, probe);
        var byResource = new long?[CompiledCluster.D];
        var hosts = new HostCapacity[cluster.HostCount];
        for (var h = 0; h < hosts.Length; h++)
        {
            var fits = new int?[CompiledCluster.D];
            for (var d = 0; d < CompiledCluster.D; d++)
            {
                fits[d] = HowMany(placement.Free(h, (Resource)d), cluster.Demand[probe * CompiledCluster.D + d]);
                if (placement.IsAvailable(h) && fits[d] is { } n)
                {
                    byResource[d] = (byResource[d] ?? 0) + n;
                }
            }
            hosts[h] = Host(placement, probe, h, fits, datastore?.Fits, headroom[h]);
            progress.Report("counting", h + 1, hosts.Length, cluster.Hosts[h].Name);
        }
        var sum = hosts.Sum(x => (long)x.Fits);
        var total = (int)Math.Min(sum, datastore?.Fits ?? long.MaxValue);
        var clusterBinding = ClusterBinding(byResource, datastore?.Fits);
        var requested = question.Requested > 0
            ? ProvenByCount(PlacementAnalyzer.Analyze(state, NewVms(question), progress, cancellationToken), total)
            : null;
        return new CapacityAnswer(size, total, clusterBinding, hosts, requested,
            CapacityExplanation.Explain(question, total, clusterBinding, hosts, datastore, requested), datastore,
            CapacityExplanation.Assumptions(state, question));
    }

    /// <summary>
    /// The count is exact for VMs of one size without rules, so once the placement took that many, the rest is proven
    /// to fit nowhere.
    /// </summary>
    private static PlacementAnswer ProvenByCount(PlacementAnswer requested, int total) =>
        requested.Assignments.Count < total ? requested : requested with
        {
            Unplaced = [.. requested.Unplaced.Select(u => u with { Proven = true, Verdict = $"fits nowhere (proven: only {total} VMs of this size fit)" })],
        };

    private static HostCapacity Host(PlacementState placement, int probe, int h, int?[] fits, int? datastoreFits, HostHeadroom headroom)
    {
        var cluster = placement.Cluster;
        var name = cluster.Hosts[h].Name;
        if (!placement.IsAvailable(h))
        {
            return new HostCapacity(name, 0, placement.Down[h] ? PlacementBlock.HostDown : PlacementBlock.Maintenance, fits[0], fits[1], fits[2], headroom);
        }
        var datastore = cluster.Datastores.Of[probe];
        if (datastore >= 0 && !cluster.Datastores.Mounted[datastore][h])
        {
            return new HostCapacity(name, 0, PlacementBlock.NoDatastoreAccess, fits[0], fits[1], fits[2], headroom);
        }
        var binding = PlacementBlock.None;
        var least = int.MaxValue;
        for (var d = 0; d < CompiledCluster.D; d++)
        {
            if (fits[d] is { } n && n < least)
            {
                (least, binding) = (n, (PlacementBlock)((int)PlacementBlock.Cpu + d));
            }
        }
        if (datastoreFits is { } onDatastore && onDatastore < least)
        {
            (least, binding) = (onDatastore, PlacementBlock.Datastore);
        }
        return new HostCapacity(name, least, binding, fits[0], fits[1], fits[2], headroom);
    }

    private static Resource ClusterBinding(long?[] byResource, int? datastoreFits)
    {
        var binding = Resource.Cpu;
        var least = long.MaxValue;
        for (var d = 0; d < byResource.Length; d++)
        {
            if (byResource[d] is { } n && n < least)
            {
                (least, binding) = (n, (Resource)d);
            }
        }
        return datastoreFits is { } onDatastore && onDatastore < least ? Resource.Datastore : binding;
    }

    private static DatastoreCapacity? DatastoreOf(PlacementState placement, int probe)
    {
        var datastores = placement.Cluster.Datastores;
        var d = datastores.Of[probe];
        return d < 0
            ? null
            : new DatastoreCapacity(datastores.Specs[d].Name, datastores.Capacity[d], placement.DatastoreUsed[d], HowMany(placement.DatastoreFree(d), datastores.DiskGb[probe]));
    }

    private static VmSpec Spec(CapacityQuestion question, string name) =>
        new(name, question.Size.Vcpu, question.Size.RamGb, question.Size.DiskGb, Datastore: question.Datastore);

    private static PlacementQuestion NewVms(CapacityQuestion question) =>
        new([.. Enumerable.Range(1, question.Requested).Select(i => Spec(question, $"{question.NamePrefix}-{i}"))],
            question.Strategy, Order: VmOrder.AsGiven);

    /// <summary>How many of <paramref name="need"/> fit in <paramref name="free"/>; null when nothing is needed (no bound).</summary>
    private static int? HowMany(double free, double need) =>
        need <= 0 ? null : (int)Math.Min(int.MaxValue, Math.Max(0, Math.Floor((free + 1e-9) / need)));
}
