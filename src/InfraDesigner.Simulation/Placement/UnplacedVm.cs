namespace InfraDesigner.Simulation.Placement;

/// <summary>A VM no host could take: the reason per host and the reason most hosts gave.</summary>
public sealed record UnplacedVm(string Vm, PlacementBlock MostCommonBlock, IReadOnlyList<HostBlock> Blocks)
{
    internal static UnplacedVm Explain(PlacementState state, int v, string? prefix = null)
    {
        var blocks = new HostBlock[state.Cluster.HostCount];
        var counts = new int[Enum.GetValues<PlacementBlock>().Length];
        for (var h = 0; h < blocks.Length; h++)
        {
            var block = state.Check(v, h);
            counts[(int)block]++;
            blocks[h] = new HostBlock(state.Cluster.Hosts[h].Name, block, (prefix ?? "") + BlockExplainer.Explain(state, v, h, block));
        }
        var most = PlacementBlock.None;
        for (var b = 1; b < counts.Length; b++)
        {
            if (counts[b] > counts[(int)most])
            {
                most = (PlacementBlock)b;
            }
        }
        return new UnplacedVm(state.Cluster.Vms[v].Name, most, blocks);
    }
}
