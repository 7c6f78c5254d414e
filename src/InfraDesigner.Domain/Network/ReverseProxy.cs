using System.Net;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Network;

/// <summary>Acts for the servers: hides them, terminates TLS, routes by host/path.</summary>
public sealed record ReverseProxy : Element
{
    public override ElementKind Kind => ElementKind.ReverseProxy;

    /// <summary>Listening address; null = every address of the proxy.</summary>
    public IPAddress? ListenAddress { get; init; }

    public int ListenPort { get; init; } = 443;

    public bool TlsTermination { get; init; } = true;

    public EquatableArray<ProxyRoute> Routes { get; init; }
}
