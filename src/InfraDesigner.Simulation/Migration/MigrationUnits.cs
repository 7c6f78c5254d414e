namespace InfraDesigner.Simulation.Migration;

/// <summary>
/// The units of the migration model: memory in binary units (1 GiB = 1,024 MiB = 2^30 bytes, as
/// hypervisors size VM RAM), data rates in decimal ones (1 Gbit/s = 10^9 bit/s, 1 MB/s = 10^6 bytes/s,
/// as links and throughput counters are quoted). The model itself counts MiB and MiB/s.
/// </summary>
public static class MigrationUnits
{
    public const double BytesPerMiB = 1 << 20;

    public const string Statement =
        "memory in binary units (1 GiB = 1,024 MiB = 2^30 bytes), link and dirty rates in decimal (1 Gbit/s = 10^9 bit/s, 1 MB/s = 10^6 bytes/s)";

    public static double GibToMib(double gib) => gib * 1024;

    public static double MbitpsToMiBps(double mbitPerSecond) => mbitPerSecond * 1e6 / 8 / BytesPerMiB;

    public static double MBpsToMiBps(double megabytesPerSecond) => megabytesPerSecond * 1e6 / BytesPerMiB;
}
