namespace InfraDesigner.Simulation.Placement;

/// <summary>The filter most hosts reject a VM on; a host that is down says nothing about the VM.</summary>
internal static class BlockTally
{
    public static PlacementBlock MostCommon(PlacementState state, int v)
    {
        Span<int> counts = stackalloc int[(int)PlacementBlock.Disk + 1];
        for (var h = 0; h < state.Cluster.HostCount; h++)
        {
            counts[(int)state.Check(v, h)]++;
        }
        var best = PlacementBlock.None;
        for (var b = (int)PlacementBlock.Maintenance; b < counts.Length; b++)
        {
            if (counts[b] > 0 && (best == PlacementBlock.None || counts[b] > counts[(int)best]))
            {
                best = (PlacementBlock)b;
            }
        }
        return best;
    }
}
