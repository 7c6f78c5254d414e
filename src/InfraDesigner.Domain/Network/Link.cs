namespace InfraDesigner.Domain.Network;

/// <summary>A cable between two interfaces. <see cref="SpeedMbps"/> is the line rate (10,000 for 10 Gbit/s).</summary>
public sealed record Link
{
    public required LinkEndpoint A { get; init; }

    public required LinkEndpoint B { get; init; }

    public int? SpeedMbps { get; init; }

    public static Link Between(string elementA, string interfaceA, string elementB, string interfaceB, int? speedMbps = null) =>
        new() { A = new(elementA, interfaceA), B = new(elementB, interfaceB), SpeedMbps = speedMbps };

    /// <summary>The other end when <paramref name="endpoint"/> is one end of this link, else null.</summary>
    public LinkEndpoint? OtherEnd(LinkEndpoint endpoint) => endpoint == A ? B : endpoint == B ? A : null;
}
