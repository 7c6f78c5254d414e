namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// The Optimal strategy's objective, in its order: more VMs placed, then fewer hosts holding a VM, then fewer
/// "should" rules broken. Smaller compares better.
/// </summary>
internal readonly record struct PlacementScore(int Placed, int HostsUsed, int SoftRulesBroken) : IComparable<PlacementScore>
{
    public static PlacementScore Of(PlacementState state, IEnumerable<int> vms)
    {
        int placed = 0, broken = 0;
        foreach (var v in vms)
        {
            if (state.HostOf[v] is var h and >= 0)
            {
                placed++;
                broken += state.SoftRulesBroken(v, h);
            }
        }
        return new PlacementScore(placed, PlacementAnalyzer.HostsUsed(state), broken);
    }

    public int CompareTo(PlacementScore other) =>
        Placed != other.Placed ? other.Placed.CompareTo(Placed)
        : HostsUsed != other.HostsUsed ? HostsUsed.CompareTo(other.HostsUsed)
        : SoftRulesBroken.CompareTo(other.SoftRulesBroken);

    public bool IsBetterThan(PlacementScore other) => CompareTo(other) < 0;

    public string Describe(int total) =>
        $"{Placed} of {total} VMs on {HostsUsed} host{(HostsUsed == 1 ? "" : "s")}" + (SoftRulesBroken > 0 ? $", {SoftRulesBroken} should rule(s) broken" : "");
}
