using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Balancing;

/// <summary>
/// Per-host actual CPU and RAM use with running sums of load and load², so the imbalance after a
/// candidate move is O(1). Only available hosts count towards the imbalance.
/// </summary>
internal sealed class LoadTracker
{
    private readonly PlacementState state;
    private readonly double[] cpuUse;
    private readonly double[] ramUse;
    private readonly double[] cpu;
    private readonly double[] ram;
    private double sum;
    private double sumOfSquares;
    private int counted;

    public LoadTracker(PlacementState state)
    {
        this.state = state;
        var cluster = state.Cluster;
        cpuUse = [.. cluster.Vms.Select(v => v.Vcpu * v.CpuUtilization)];
        ramUse = [.. cluster.Vms.Select(v => v.RamGb * v.RamUtilization)];
        cpu = new double[cluster.HostCount];
        ram = new double[cluster.HostCount];
        for (var v = 0; v < cluster.VmCount; v++)
        {
            if (state.HostOf[v] >= 0)
            {
                cpu[state.HostOf[v]] += cpuUse[v];
                ram[state.HostOf[v]] += ramUse[v];
            }
        }
        Recount();
    }

    public double StdDev => StdDevOf(sum, sumOfSquares);

    public double Load(int h) => Load(h, cpu[h], ram[h]);

    /// <summary>The imbalance if VM <paramref name="v"/> moved from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public double StdDevIfMoved(int v, int from, int to)
    {
        double s = sum, q = sumOfSquares;
        if (state.IsAvailable(from))
        {
            var before = Load(from);
            var after = Load(from, cpu[from] - cpuUse[v], ram[from] - ramUse[v]);
            s += after - before;
            q += after * after - before * before;
        }
        var targetBefore = Load(to);
        var targetAfter = Load(to, cpu[to] + cpuUse[v], ram[to] + ramUse[v]);
        return StdDevOf(s + targetAfter - targetBefore, q + targetAfter * targetAfter - targetBefore * targetBefore);
    }

    public void Move(int v, int from, int to)
    {
        cpu[from] -= cpuUse[v];
        ram[from] -= ramUse[v];
        cpu[to] += cpuUse[v];
        ram[to] += ramUse[v];
        Recount();
    }

    public IReadOnlyList<HostLoad> Snapshot()
    {
        var hosts = state.Cluster.Hosts;
        var result = new HostLoad[hosts.Length];
        for (var h = 0; h < result.Length; h++)
        {
            result[h] = new HostLoad(hosts[h].Name, state.IsAvailable(h), Ratio(cpu[h], hosts[h].Cores), Ratio(ram[h], hosts[h].RamGb));
        }
        return result;
    }

    // Recomputed from scratch after each move, so rounding never drifts across a long plan.
    private void Recount()
    {
        sum = sumOfSquares = 0;
        counted = 0;
        for (var h = 0; h < cpu.Length; h++)
        {
            if (state.IsAvailable(h))
            {
                var load = Load(h);
                sum += load;
                sumOfSquares += load * load;
                counted++;
            }
        }
    }

    private double Load(int h, double cpuUsed, double ramUsed) =>
        Math.Max(Ratio(cpuUsed, state.Cluster.Hosts[h].Cores), Ratio(ramUsed, state.Cluster.Hosts[h].RamGb));

    private static double Ratio(double used, double capacity) => capacity > 0 ? used / capacity : 0;

    private double StdDevOf(double s, double q)
    {
        if (counted == 0)
        {
            return 0;
        }
        var mean = s / counted;
        return Math.Sqrt(Math.Max(0, q / counted - mean * mean));
    }
}
