using Google.OrTools.Sat;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// The linear stand-in for "standard deviation of host load at most the tolerance t": every available host's load
/// (the larger of its CPU and RAM shares, as <see cref="LoadTracker"/> counts them) within [c − t, c + t] for some
/// centre c. A set of numbers all within t of one value has a standard deviation of at most t, so the band is
/// sufficient (exactly equivalent for two hosts, stricter for more). Loads are counted in 1/<see cref="Scale"/>.
/// </summary>
internal static class BalanceBand
{
    public const long Scale = 100_000;

    public static string Statement(double tolerance) =>
        $"the optimal planner asks every available host's load to lie within ±{tolerance:0.####} of one common centre (loads rounded to 1/{Scale:N0}), " +
        "a linear condition that guarantees the standard deviation is within the tolerance (equivalent for two hosts, stricter for more), and minimises the migrations";

    public static void Add(CpModel model, IReadOnlyList<(int Vm, int Host, BoolVar Chosen)> pairs, PlacementState placement, double tolerance)
    {
        var cluster = placement.Cluster;
        var band = (long)Math.Floor(tolerance * Scale);
        var centre = model.NewIntVar(0, 100 * Scale, "");
        foreach (var host in pairs.GroupBy(p => p.Host).Where(g => placement.IsAvailable(g.Key)))
        {
            var spec = cluster.Hosts[host.Key];
            var chosen = host.Select(p => p.Chosen).ToArray();
            var cpu = LinearExpr.WeightedSum(chosen, host.Select(p => Share(cluster.Vms[p.Vm].Vcpu * cluster.Vms[p.Vm].CpuUtilization, spec.Cores)));
            var ram = LinearExpr.WeightedSum(chosen, host.Select(p => Share(cluster.Vms[p.Vm].RamGb * cluster.Vms[p.Vm].RamUtilization, spec.RamGb)));
            var load = model.NewIntVar(0, 100 * Scale, "");
            model.AddMaxEquality(load, [cpu, ram]);
            model.Add(load <= centre + band);
            model.Add(load >= centre - band);
        }
        // A host no VM may go to holds nothing: its load 0 must be within the band too.
        if (Enumerable.Range(0, cluster.HostCount).Any(h => placement.IsAvailable(h) && pairs.All(p => p.Host != h)))
        {
            model.Add(centre <= band);
        }
    }

    private static long Share(double used, double capacity) => capacity > 0 ? (long)Math.Round(used / capacity * Scale) : 0;
}
