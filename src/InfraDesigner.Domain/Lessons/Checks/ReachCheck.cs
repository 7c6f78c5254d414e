using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Lessons.Checks;

/// <summary>"app-a must reach eai on 443/tcp", "dev must not reach db on 5432/tcp"; with <see cref="Via"/>, the path must pass that element.</summary>
public sealed record ReachCheck : ExerciseCheck
{
    public required string From { get; init; }

    public required string To { get; init; }

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    /// <summary>The destination port; none for a ping.</summary>
    public int? Port { get; init; }

    public bool MustReach { get; init; } = true;

    /// <summary>An element every path of a reaching flow must pass (a proxy, the EAI hub, a firewall).</summary>
    public string? Via { get; init; }
}
