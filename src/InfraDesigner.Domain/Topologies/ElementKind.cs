namespace InfraDesigner.Domain.Topologies;

/// <summary>The closed set of element kinds; each has exactly one record type deriving from <see cref="Element"/>.</summary>
public enum ElementKind
{
    PhysicalHost,
    Cluster,
    VirtualMachine,
    ContainerHost,
    Client,
    Switch,
    Router,
    Firewall,
    LoadBalancer,
    ReverseProxy,
    ForwardProxy,
    DnsServer,
    Storage,
}
