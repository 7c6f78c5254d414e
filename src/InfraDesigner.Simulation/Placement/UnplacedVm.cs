namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// A VM no host took: the reason per host, the reason most hosts gave, whether it is proven that it cannot be
/// placed (<paramref name="Proven"/>), and that verdict in words.
/// </summary>
public sealed record UnplacedVm(string Vm, PlacementBlock MostCommonBlock, IReadOnlyList<HostBlock> Blocks, bool Proven = false, string Verdict = "")
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
