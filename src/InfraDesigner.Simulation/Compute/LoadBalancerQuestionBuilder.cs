using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.LoadBalancing;
using EngineMember = InfraDesigner.Simulation.LoadBalancing.PoolMember;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Turns a load balancer of the topology into a load simulation: its enabled pool members with their
/// weights, its algorithm and health check. A member failing its health checks is down from time 0:
/// the balancer learns it after Fall × interval, and from then on sends it nothing.
/// </summary>
public static class LoadBalancerQuestionBuilder
{
    public const string LoadBalancerField = "loadBalancer";
    public const string UnhealthyField = "unhealthyMembers";

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
        var unknown = unhealthy.Select((name, i) => (name, i)).Where(x => !names.Contains(x.name))
            .Select(x => new ComputeProblem($"{UnhealthyField}[{x.i}]", $"'{x.name}' is not an enabled member of '{balancer.Name}'; members: {string.Join(", ", names)}"))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ComputeInputException(unknown);
        }
        var check = balancer.HealthCheck;
        return new LoadBalancerQuestion(
            [.. members.Select(m => new EngineMember(m.Element, m.Weight))],
            options.Algorithm ?? Map(balancer.Algorithm),
            new HealthCheckSettings(check.IntervalSeconds, check.Rise, check.Fall),
            options.ArrivalRatePerSecond,
            options.MeanServiceSeconds,
            options.DurationSeconds,
            options.Seed,
            Outages: [.. unhealthy.Distinct().Select(name => new MemberOutage(name, 0))]);
    }

    public static LoadBalancerAlgorithm Map(LoadBalancingAlgorithm algorithm) => algorithm switch
    {
        LoadBalancingAlgorithm.Weighted => LoadBalancerAlgorithm.WeightedRoundRobin,
        LoadBalancingAlgorithm.LeastConnections => LoadBalancerAlgorithm.LeastConnections,
        LoadBalancingAlgorithm.SourceHash => LoadBalancerAlgorithm.SourceIpHash,
        LoadBalancingAlgorithm.Maglev => LoadBalancerAlgorithm.Maglev,
        _ => LoadBalancerAlgorithm.RoundRobin,
    };
}
