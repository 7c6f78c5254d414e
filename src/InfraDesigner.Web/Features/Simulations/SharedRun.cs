using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>
/// A simulation someone started in the Simulate panel of a topology, as the others on it see it; <see cref="Origin"/>
/// is the panel that started it, which does not list its own runs.
/// </summary>
public sealed record SharedRun(Guid Id, Guid TopologyId, Guid Origin, string Title, string By, DateTimeOffset StartedAt)
{
    public SimulationProgress? Latest { get; init; }

    /// <summary>When it ended (answered, refused or cancelled); null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    public bool Cancelled { get; init; }
}
