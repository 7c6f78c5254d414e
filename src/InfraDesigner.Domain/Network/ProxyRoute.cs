namespace InfraDesigner.Domain.Network;

/// <summary>A reverse-proxy route: requests for Host (null = any) under PathPrefix go to Backend:BackendPort.</summary>
public sealed record ProxyRoute
{
    public string? Host { get; init; }

    public string PathPrefix { get; init; } = "/";

    public required string Backend { get; init; }

    public int BackendPort { get; init; } = 443;
}
