namespace InfraDesigner.Domain.Network;

/// <summary>
/// A saved question with the answer the design must give: "app-a must reach sap on 3300/tcp", "dev must not
/// reach db on 5432/tcp". Checked again after every edit; kept when an element it names is deleted (it then fails).
/// </summary>
public sealed record Intent
{
    public required string Name { get; init; }

    /// <summary>The element the flow starts at.</summary>
    public required string From { get; init; }

    /// <summary>The element the flow goes to.</summary>
    public required string To { get; init; }

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    /// <summary>The destination port; none for ICMP (ping).</summary>
    public int? Port { get; init; }

    /// <summary>True: the flow must be reachable; false: it must be blocked.</summary>
    public bool MustReach { get; init; } = true;
}
