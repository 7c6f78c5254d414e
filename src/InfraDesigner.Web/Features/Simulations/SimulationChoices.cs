namespace InfraDesigner.Web.Features.Simulations;

/// <summary>What a topology offers to simulate: its clusters with their hosts, its placed VMs, its load balancers with their pools.</summary>
public sealed record SimulationChoices(
    IReadOnlyList<SimulationChoices.ClusterChoice> Clusters,
    IReadOnlyList<SimulationChoices.VmChoice> Vms,
    IReadOnlyList<SimulationChoices.LoadBalancerChoice> LoadBalancers)
{
    public sealed record ClusterChoice(string Name, IReadOnlyList<string> Hosts);

    public sealed record VmChoice(string Name, string Host, string? Cluster);

    public sealed record LoadBalancerChoice(string Name, string Algorithm, IReadOnlyList<string> Members, IReadOnlyList<string> Unhealthy);

    public IReadOnlyList<string> HostsOf(string? cluster) =>
        Clusters.FirstOrDefault(c => c.Name == cluster)?.Hosts ?? [];

    /// <summary>The hosts a VM could move to: the other hosts of the cluster its host belongs to.</summary>
    public IReadOnlyList<string> TargetsFor(string? vm) =>
        Vms.FirstOrDefault(v => v.Name == vm) is { } choice
            ? [.. Clusters.Where(c => c.Hosts.Contains(choice.Host)).SelectMany(c => c.Hosts).Where(h => h != choice.Host).Distinct()]
            : [];
}
