using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>A live migration as posed on the topology (path, prerequisites, inputs) and the pre-copy answer.</summary>
public sealed record MigrationResult(MigrationSetup Setup, MigrationAnswer Answer)
{
    /// <summary>It can go ahead: every prerequisite holds and pre-copy converges within the downtime limit.</summary>
    public bool Feasible => Setup.PrerequisitesMet && Answer.Converged;
}
