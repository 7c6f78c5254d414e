using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.LoadBalancing;
using EngineMember = InfraDesigner.Simulation.LoadBalancing.PoolMember;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Turns a load balancer of the topology into a load simulation: its enabled pool members with their
/// weights and a concurrency that follows their size (vCPU of a VM, cores of a host or container host, times
/// the requests per vCPU; an element without a size counts as 4 vCPU), its algorithm and health check.
/// A member failing its health checks is down from time 0: the balancer learns it after Fall × interval,
/// and from then on sends it nothing.
/// </summary>
public static class LoadBalancerQuestionBuilder
{
    public const string LoadBalancerField = "loadBalancer";
    public const string UnhealthyField = "unhealthyMembers";
    public const string DrainField = "drainMembers";

    /// <summary>The size taken for a member element that has none (a generic server).</summary>
    public const int UnsizedVcpu = 4;

    public static LoadBalancerQuestion From(Topology topology, string loadBalancerName, LoadBalancerOptions? options = null)
    {
        options ??= LoadBalancerOptions.Default;
        var balancer = topology.FindElement<LoadBalancer>(loadBalancerName)
            ?? throw new ComputeInputException(LoadBalancerField, $"no load balancer named '{loadBalancerName}'; load balancers: {ClusterStateBuilder.NamesOf<LoadBalancer>(topology)}");
        var members = balancer.Members.Where(m => m.Enabled).ToList();
        if (members.Count == 0)
        {
            throw new ComputeInputException(LoadBalancerField, $"load balancer '{balancer.Name}' has no enabled pool member");
        }
        var names = members.Select(m => m.Element).ToList();
        var unhealthy = options.UnhealthyMembers ?? [.. members.Where(m => !m.Healthy).Select(m => m.Element)];
        var drained = options.DrainMembers ?? [];
        var unknown = Unknown(UnhealthyField, unhealthy, names, balancer.Name).Concat(Unknown(DrainField, drained, names, balancer.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ComputeInputException(unknown);
        }
        var check = balancer.HealthCheck;
        return new LoadBalancerQuestion(
            [.. members.Select(m => new EngineMember(m.Element, m.Weight, VcpuOf(topology, m.Element) * options.RequestsPerVcpu))],
            options.Algorithm ?? Map(balancer.Algorithm),
            new HealthCheckSettings(check.IntervalSeconds, check.Rise, check.Fall),
            options.ArrivalRatePerSecond,
            options.MeanServiceSeconds,
            options.DurationSeconds,
            options.Seed,
            Outages: [.. unhealthy.Distinct().Select(name => new MemberOutage(name, 0))],
            StickinessSeconds: options.StickinessSeconds,
            SlowStartSeconds: options.SlowStartSeconds,
            Drains: [.. drained.Distinct().Select(name => new MemberDrain(name, options.DrainAtSeconds))],
            DrainTimeoutSeconds: options.DrainTimeoutSeconds);
    }

    private static IEnumerable<ComputeProblem> Unknown(string field, IReadOnlyList<string> asked, List<string> names, string balancer) =>
        asked.Select((name, i) => (name, i)).Where(x => !names.Contains(x.name))
            .Select(x => new ComputeProblem($"{field}[{x.i}]", $"'{x.name}' is not an enabled member of '{balancer}'; members: {string.Join(", ", names)}"));

    private static int VcpuOf(Topology topology, string member) => topology.FindElement<Element>(member) switch
    {
        VirtualMachine vm => Math.Max(1, vm.VCpu),
        PhysicalHost host => Math.Max(1, host.Cores),
        ContainerHost containers => Math.Max(1, containers.Cores),
        _ => UnsizedVcpu,
    };

    public static LoadBalancerAlgorithm Map(LoadBalancingAlgorithm algorithm) => algorithm switch
    {
        LoadBalancingAlgorithm.Weighted => LoadBalancerAlgorithm.WeightedRoundRobin,
        LoadBalancingAlgorithm.LeastConnections => LoadBalancerAlgorithm.LeastConnections,
        LoadBalancingAlgorithm.SourceHash => LoadBalancerAlgorithm.SourceIpHash,
        LoadBalancingAlgorithm.Maglev => LoadBalancerAlgorithm.Maglev,
        _ => LoadBalancerAlgorithm.RoundRobin,
    };
}
