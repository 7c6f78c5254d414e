namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The filter most hosts reject a VM on. Hosts that are down or in maintenance say nothing about
/// the VM, so they count only when no other host is left.
/// </summary>
internal static class BlockTally
{
    public static PlacementBlock MostCommon(PlacementState state, int v)
    {
        Span<int> counts = stackalloc int[(int)PlacementBlock.Datastore + 1];
        for (var h = 0; h < state.Cluster.HostCount; h++)
        {
            counts[(int)state.Check(v, h)]++;
        }
        var best = MostCommon(counts, PlacementBlock.MustRunOn, PlacementBlock.Datastore);
        return best != PlacementBlock.None ? best : MostCommon(counts, PlacementBlock.HostDown, PlacementBlock.Maintenance);
    }

    private static PlacementBlock MostCommon(ReadOnlySpan<int> counts, PlacementBlock first, PlacementBlock last)
    {
        var best = PlacementBlock.None;
        for (var b = (int)first; b <= (int)last; b++)
        {
            if (counts[b] > 0 && (best == PlacementBlock.None || counts[b] > counts[(int)best]))
            {
                best = (PlacementBlock)b;
            }
        }
        return best;
    }
}
