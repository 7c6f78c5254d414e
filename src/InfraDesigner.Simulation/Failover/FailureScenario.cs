namespace InfraDesigner.Simulation.Failover;

/// <summary>One scenario of a sweep: the failed hosts, how many of their VMs restart, which stay down.</summary>
public sealed record FailureScenario(IReadOnlyList<string> FailedHosts, int VmsAffected, int Restarted, IReadOnlyList<LostVm> Lost)
{
    public bool AllRestarted => Lost.Count == 0;
}
