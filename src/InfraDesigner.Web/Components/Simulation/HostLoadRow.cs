using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>One host of a <see cref="HostLoadChart"/>: its measures as fractions of what it can hold.</summary>
public sealed record HostLoadRow(string Host, bool Available, IReadOnlyList<LoadMeasure> Measures)
{
    public static IReadOnlyList<HostLoadRow> Of(IEnumerable<HostHeadroom> hosts) =>
        [.. hosts.Select(h => new HostLoadRow(h.Host, h.Available, [new("CPU", h.Cpu.Fraction), new("RAM", h.Ram.Fraction), new("Disk", h.Disk.Fraction)]))];

    /// <summary>Each host's DRS load before and after the plan.</summary>
    public static IReadOnlyList<HostLoadRow> BeforeAndAfter(IReadOnlyList<HostLoad> before, IReadOnlyList<HostLoad> after) =>
        [.. before.Select(b => new HostLoadRow(b.Host, b.Available,
            [new("before", b.Load), new("after", after.FirstOrDefault(a => a.Host == b.Host)?.Load ?? b.Load)]))];
}

/// <summary>A named share of a host's capacity (1 is full).</summary>
public sealed record LoadMeasure(string Name, double Fraction);
