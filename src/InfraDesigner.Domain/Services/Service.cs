using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Services;

/// <summary>Something listening on an element: SAP gateway tcp 3300, HTTPS tcp 443, Oracle tcp 1521 ...</summary>
public sealed record Service
{
    public required string Name { get; init; }

    public Protocol Protocol { get; init; } = Protocol.Tcp;

    public required int Port { get; init; }

    public static Service Tcp(string name, int port) => new() { Name = name, Protocol = Protocol.Tcp, Port = port };

    public static Service Udp(string name, int port) => new() { Name = name, Protocol = Protocol.Udp, Port = port };

    public override string ToString() => $"{Name} {Protocol.ToString().ToLowerInvariant()}/{Port}";
}
