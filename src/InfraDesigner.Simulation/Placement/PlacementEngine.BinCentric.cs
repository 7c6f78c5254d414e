using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The bin-centric heuristics of Panigrahy et al. (DotProduct, L2Norm): open one host at a time
/// and keep adding the VM whose demand suits its free capacity best until none fits.
/// </summary>
internal static partial class PlacementEngine
{
    private static void PlaceBinCentric(
        PlacementState state, int[] vms, PlacementStrategy strategy, int[] hostOrder,
        ProgressSink progress, CancellationToken cancellationToken, PlacementLog? log)
    {
        var classes = SizeClasses(state.Cluster, vms, out _);
        var cursor = new int[classes.Count];
        var active = Enumerable.Range(0, classes.Count).ToList();
        var placed = 0;
        foreach (var h in BinOrder(state, hostOrder))
        {
            if (!state.IsAvailable(h))
            {
                continue;
            }
            while (active.Count > 0)
            {
                var bestSlot = -1;
                var bestScore = double.NegativeInfinity;
                for (var slot = 0; slot < active.Count; slot++)
                {
                    var c = active[slot];
                    var v = classes[c][cursor[c]];
                    if (state.Check(v, h) != PlacementBlock.None)
                    {
                        continue;
                    }
                    var score = HostScorer.Score(strategy, state, v, h);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestSlot = slot;
                    }
                }
                if (bestSlot < 0)
                {
                    break;
                }
                var chosen = active[bestSlot];
                var placedVm = classes[chosen][cursor[chosen]++];
                state.Place(placedVm, h);
                log?.Placed(state, placedVm);
                if (cursor[chosen] == classes[chosen].Length)
                {
                    active.RemoveAt(bestSlot);
                }
                if (++placed % ReportEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress.Report("placing", placed, vms.Length, $"{placed} of {vms.Length} VMs placed");
                }
            }
        }
        progress.Report("placing", vms.Length, vms.Length, "done");
    }

    /// <summary>Hosts already in use first, so the heuristic consolidates before opening an empty host.</summary>
    private static IEnumerable<int> BinOrder(PlacementState state, int[] hostOrder)
    {
        bool InUse(int h) => state.Used[h * CompiledCluster.D] > 0 || state.Used[h * CompiledCluster.D + 1] > 0;
        return hostOrder.Where(InUse).Concat(hostOrder.Where(h => !InUse(h)));
    }
}
