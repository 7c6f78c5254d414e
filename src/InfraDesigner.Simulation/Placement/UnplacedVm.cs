namespace InfraDesigner.Simulation.Placement;

/// <summary>A VM no host could take: the reason per host and the reason most hosts gave.</summary>
public sealed record UnplacedVm(string Vm, PlacementBlock MostCommonBlock, IReadOnlyList<HostBlock> Blocks)
{
    internal static UnplacedVm Explain(PlacementState state, int v)
    {
        var blocks = new HostBlock[state.Cluster.HostCount];
        for (var h = 0; h < blocks.Length; h++)
        {
            var block = state.Check(v, h);
            blocks[h] = new HostBlock(state.Cluster.Hosts[h].Name, block, BlockExplainer.Explain(state, v, h, block));
        }
        return new UnplacedVm(state.Cluster.Vms[v].Name, BlockTally.MostCommon(state, v), blocks);
    }
}
