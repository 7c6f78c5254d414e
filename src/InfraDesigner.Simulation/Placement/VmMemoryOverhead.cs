namespace InfraDesigner.Simulation.Placement;

/// <summary>
/// The memory ESXi needs to power a VM on beyond its configured RAM (frame buffer, page tables), from the
/// vSphere 6.5 Resource Management guide, "Sample Overhead Memory on Virtual Machines" (MB by configured
/// memory and vCPU). Between the sampled sizes the value is interpolated linearly in both directions, beyond
/// them it is extrapolated from the last two samples.
/// </summary>
public static class VmMemoryOverhead
{
    private static readonly double[] MemoryMb = [256, 1024, 4096, 16384];
    private static readonly double[] Vcpus = [1, 2, 4, 8];

    private static readonly double[][] OverheadMb =
    [
        [20.29, 24.28, 32.23, 48.16],
        [25.90, 29.91, 37.86, 53.82],
        [48.64, 52.72, 60.67, 76.78],
        [139.62, 143.98, 151.93, 168.60],
    ];

    /// <summary>Overhead in MB (the guide's MB are 2^20 bytes) of a VM with <paramref name="vcpu"/> vCPU and <paramref name="memoryMb"/> MB.</summary>
    public static double Megabytes(int vcpu, double memoryMb)
    {
        var (row, rowWeight) = Segment(MemoryMb, memoryMb);
        var (column, columnWeight) = Segment(Vcpus, vcpu);
        double At(int r) => Lerp(OverheadMb[r][column], OverheadMb[r][column + 1], columnWeight);
        return Math.Max(0, Lerp(At(row), At(row + 1), rowWeight));
    }

    /// <summary>The same in GB (2^30 bytes), for a VM sized in GB.</summary>
    public static double Gigabytes(int vcpu, double ramGb) => Megabytes(vcpu, ramGb * 1024) / 1024;

    private static (int Index, double Weight) Segment(double[] samples, double x)
    {
        var i = 0;
        while (i < samples.Length - 2 && x > samples[i + 1])
        {
            i++;
        }
        return (i, (x - samples[i]) / (samples[i + 1] - samples[i]));
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
