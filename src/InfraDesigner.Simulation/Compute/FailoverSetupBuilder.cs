using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;

namespace InfraDesigner.Simulation.Compute;

/// <summary>
/// Poses "what if these hosts fail?" on a cluster of the topology, with the cluster's HA admission
/// control (counted on reservations, as vSphere does, or in the provisioned view). With HA off nothing restarts:
/// every VM is posed with restart priority Disabled.
/// </summary>
public static class FailoverSetupBuilder
{
    public const string FailedHostsField = "failedHosts";

    public static FailoverSetup From(
        Topology topology, string clusterName, IReadOnlyList<string> failedHosts, AdmissionBasis basis = AdmissionBasis.Reservations)
    {
        var cluster = ClusterStateBuilder.FindCluster(topology, clusterName);
        var state = ClusterStateBuilder.From(topology, clusterName);
        var hosts = state.Hosts.Select(h => h.Name).ToHashSet();
        var unknown = failedHosts.Select((host, i) => (host, i)).Where(x => !hosts.Contains(x.host))
            .Select(x => new ComputeProblem($"{FailedHostsField}[{x.i}]", $"'{x.host}' is not a host of cluster '{cluster.Name}'; its hosts: {string.Join(", ", hosts)}"))
            .ToList();
        if (failedHosts.Count == 0)
        {
            unknown.Add(new ComputeProblem(FailedHostsField, "name at least one host that fails"));
        }
        if (unknown.Count > 0)
        {
            throw new ComputeInputException(unknown);
        }
        if (!cluster.Ha.Enabled)
        {
            state = state with { Vms = [.. state.Vms.Select(vm => vm with { RestartPriority = RestartPriority.Disabled })] };
        }
        return new FailoverSetup(state, new FailoverQuestion(failedHosts, AdmissionControlBuilder.From(cluster.Ha, basis)));
    }
}
