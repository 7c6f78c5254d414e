namespace InfraDesigner.Simulation.Placement.Optimal;

/// <summary>
/// The Optimal strategy's objective, in its order: more VMs placed, then fewer hosts holding a VM (or, balanced, a
/// lighter busiest host: <see cref="PeakPerMille"/>, the largest share of a host's capacity reserved, in 1/1000), then
/// fewer "should" rules broken. Smaller compares better.
/// </summary>
internal readonly record struct PlacementScore(
    int Placed, int HostsUsed, int SoftRulesBroken, int PeakPerMille = 0, PlacementObjective Objective = PlacementObjective.FewestHosts)
    : IComparable<PlacementScore>
{
    public static PlacementScore Of(PlacementState state, IEnumerable<int> vms, PlacementObjective objective = PlacementObjective.FewestHosts)
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
        return new PlacementScore(placed, PlacementAnalyzer.HostsUsed(state), broken, PeakOf(state), objective);
    }

    /// <summary>The largest share of any host's capacity (per resource) its VMs reserve, in 1/1000, rounded up.</summary>
    private static int PeakOf(PlacementState state)
    {
        var cluster = state.Cluster;
        var peak = 0.0;
        for (var i = 0; i < state.Used.Length; i++)
        {
            if (state.Used[i] > 0)
            {
                peak = Math.Max(peak, cluster.Capacity[i] > 0 ? state.Used[i] / cluster.Capacity[i] : double.PositiveInfinity);
            }
        }
        return (int)Math.Min(int.MaxValue, Math.Ceiling(peak * 1000 - 1e-6));
    }

    private int Second => Objective == PlacementObjective.Balanced ? PeakPerMille : HostsUsed;

    public int CompareTo(PlacementScore other) =>
        Placed != other.Placed ? other.Placed.CompareTo(Placed)
        : Second != other.Second ? Second.CompareTo(other.Second)
        : SoftRulesBroken.CompareTo(other.SoftRulesBroken);

    public bool IsBetterThan(PlacementScore other) => CompareTo(other) < 0;

    public string Describe(int total) =>
        $"{Placed} of {total} VMs on {HostsUsed} host{(HostsUsed == 1 ? "" : "s")}" +
        (Objective == PlacementObjective.Balanced ? $", busiest host at {Percent(PeakPerMille)} of its capacity" : "") +
        (SoftRulesBroken > 0 ? $", {SoftRulesBroken} should rule(s) broken" : "");

    public static string Percent(int perMille) => $"{perMille / 10.0:0.#} %";
}
