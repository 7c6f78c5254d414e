namespace InfraDesigner.Domain.Samples;

/// <summary>
/// Size of a generated data centre. The defaults are issue 4's benchmark figures: 10,000 elements
/// (100 hosts, 2,000 VMs, 20 routers, 10 firewalls, 5 load balancers; switches and client PCs make up
/// the rest), 200 VLANs, 10,000 firewall rules in total, 6 zones.
/// </summary>
public sealed record SyntheticDataCentreOptions
{
    public int Seed { get; init; } = 42;

    public int ElementCount { get; init; } = 10_000;

    public int Hosts { get; init; } = 100;

    public int Clusters { get; init; } = 10;

    public int Vms { get; init; } = 2_000;

    public int Vlans { get; init; } = 200;

    public int Routers { get; init; } = 20;

    public int Firewalls { get; init; } = 10;

    public int FirewallRules { get; init; } = 10_000;

    public int LoadBalancers { get; init; } = 5;

    public int Zones { get; init; } = 6;

    public int AccessPortsPerSwitch { get; init; } = 48;

    /// <summary>Elements that are neither switches nor clients: hosts, clusters, VMs, routers, firewalls, load balancers, one datastore per cluster.</summary>
    public int FixedElements => Hosts + (2 * Clusters) + Vms + Routers + Firewalls + LoadBalancers;
}
