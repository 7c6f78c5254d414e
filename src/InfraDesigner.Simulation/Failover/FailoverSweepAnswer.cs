namespace InfraDesigner.Simulation.Failover;

/// <summary>Every scenario, how many are survived without loss, and the worst one.</summary>
public sealed record FailoverSweepAnswer(IReadOnlyList<FailureScenario> Scenarios, int FullyRestarted, FailureScenario? Worst)
{
    public int WithLoss => Scenarios.Count - FullyRestarted;
}
