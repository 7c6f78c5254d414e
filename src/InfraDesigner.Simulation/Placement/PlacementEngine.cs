using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// Filter then score. Item-centric strategies pick a host per VM; bin-centric ones (DotProduct,
/// L2Norm) fill one host at a time. VMs without rules and with equal demand are interchangeable,
/// so the bin-centric loop scans one candidate per size class (like Nova flavors), not every VM.
/// </summary>
internal static partial class PlacementEngine
{
    private const int ReportEvery = 4096;

    public static void Place(
        PlacementState state, int[] vms, PlacementStrategy strategy, int[] hostOrder,
        ProgressSink progress, CancellationToken cancellationToken, bool? useQueues = null, PlacementLog? log = null)
    {
        if (strategy is PlacementStrategy.DotProduct or PlacementStrategy.L2Norm)
        {
            PlaceBinCentric(state, vms, strategy, hostOrder, progress, cancellationToken, log);
            return;
        }
        var cluster = state.Cluster;
        var classes = SizeClasses(cluster, vms, out var classOf);
        // Queues pay off when few sizes share many hosts (flavors); otherwise scanning is cheaper.
        // Measured on the failover sweep (8 flavors, 96 hosts): queues take about 40 % less CPU.
        var queueOf = new int[classes.Count];
        var representatives = new List<int>();
        for (var c = 0; c < classes.Count; c++)
        {
            var first = classes[c][0];
            queueOf[c] = cluster.HasRules[first] ? -1 : representatives.Count;
            if (queueOf[c] >= 0)
            {
                representatives.Add(first);
            }
        }
        var queues = (useQueues ?? representatives.Count * 4 <= cluster.HostCount)
            ? new HostQueues(state, strategy, [.. representatives], hostOrder)
            : null;
        for (var i = 0; i < vms.Length; i++)
        {
            if (i % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Report("placing", i, vms.Length, $"{i} of {vms.Length} VMs placed");
            }
            var v = vms[i];
            var queued = queues is not null && queueOf[classOf[i]] >= 0;
            var h = queued ? queues!.Best(queueOf[classOf[i]]) : ChooseHost(state, v, strategy, hostOrder);
            // A full shared datastore blocks every host at once, which the per-host queues do not see.
            if (queued && h >= 0 && state.DatastoreFull(v))
            {
                h = -1;
            }
            if (h >= 0)
            {
                state.Place(v, h);
                queues?.Changed(h);
                log?.Placed(state, v);
            }
            else
            {
                log?.Failed(state, v);
            }
        }
        progress.Report("placing", vms.Length, vms.Length, "done");
    }

    /// <summary>The best feasible host for VM <paramref name="v"/>, or -1; ties go to the earlier host in <paramref name="hostOrder"/>.</summary>
    public static int ChooseHost(PlacementState state, int v, PlacementStrategy strategy, int[] hostOrder)
    {
        var firstFit = strategy == PlacementStrategy.FirstFit && !state.Cluster.HasSoftRules[v];
        var best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var h in hostOrder)
        {
            if (state.Check(v, h) != PlacementBlock.None)
            {
                continue;
            }
            if (firstFit)
            {
                return h;
            }
            var score = HostScorer.Score(strategy, state, v, h);
            if (score > bestScore)
            {
                bestScore = score;
                best = h;
            }
        }
        return best;
    }

    /// <summary>Host order: as listed, or a permutation fixed by the seed (the tie-break).</summary>
    public static int[] HostOrder(int hostCount, int? seed)
    {
        var order = new int[hostCount];
        for (var i = 0; i < hostCount; i++)
        {
            order[i] = i;
        }
        if (seed is { } s)
        {
            new Random(s).Shuffle(order);
        }
        return order;
    }

    public static int[] OrderVms(CompiledCluster cluster, IReadOnlyList<int> vms, VmOrder order)
    {
        var result = vms.ToArray();
        if (order == VmOrder.AsGiven)
        {
            return result;
        }
        var total = new double[CompiledCluster.D];
        for (var i = 0; i < cluster.Capacity.Length; i++)
        {
            total[i % CompiledCluster.D] += cluster.Capacity[i];
        }
        var keys = new (double Size, int Position)[result.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var size = 0.0;
            for (var d = 0; d < CompiledCluster.D; d++)
            {
                size += total[d] > 0 ? cluster.Demand[result[i] * CompiledCluster.D + d] / total[d] : 0;
            }
            keys[i] = (-size, i);
        }
        Array.Sort(keys, result);
        return result;
    }

    /// <summary>VMs without rules grouped by equal demand (and datastore disk); each VM with rules is a class of its own.</summary>
    private static List<int[]> SizeClasses(CompiledCluster cluster, int[] vms, out int[] classOfPosition)
    {
        var classes = new List<List<int>>();
        var byDemand = new Dictionary<(double, double, double, int, double), int>();
        classOfPosition = new int[vms.Length];
        for (var i = 0; i < vms.Length; i++)
        {
            var v = vms[i];
            var key = (cluster.Demand[v * CompiledCluster.D], cluster.Demand[v * CompiledCluster.D + 1], cluster.Demand[v * CompiledCluster.D + 2],
                cluster.Datastores.Of[v], cluster.Datastores.Of[v] >= 0 ? cluster.Datastores.DiskGb[v] : 0);
            if (cluster.HasRules[v] || !byDemand.TryGetValue(key, out var c))
            {
                c = classes.Count;
                classes.Add([]);
                if (!cluster.HasRules[v])
                {
                    byDemand[key] = c;
                }
            }
            classes[c].Add(v);
            classOfPosition[i] = c;
        }
        return [.. classes.Select(c => c.ToArray())];
    }
}
