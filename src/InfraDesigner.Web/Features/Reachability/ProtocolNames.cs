using InfraDesigner.Domain.Network;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>"tcp", "udp", "icmp" (or "ping"); TCP when not given.</summary>
internal static class ProtocolNames
{
    public static Protocol Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "tcp" => Protocol.Tcp,
        "udp" => Protocol.Udp,
        "icmp" or "ping" => Protocol.Icmp,
        _ => throw TopologySnapshots.Invalid("protocol", $"'{text}' is not a protocol; use tcp, udp or icmp"),
    };

    public static string Name(Protocol protocol) => protocol.ToString().ToLowerInvariant();
}
