namespace InfraDesigner.Simulation.Migration;

/// <summary>Unit conversions for the migration model (MB = 10^6 bytes, so 10 Gbit/s = 1250 MB/s).</summary>
public static class MigrationUnits
{
    public static double GbpsToMBps(double gbps) => gbps * 1000 / 8;

    public static double GbToMb(double gb) => gb * 1024;
}
