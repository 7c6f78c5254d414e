namespace InfraDesigner.Simulation.Placement;

/// <summary>What an engine's exact (CP-SAT) option established: its outcome, in how long, and a sentence saying so.</summary>
public interface ISolverSearch
{
    SolverOutcome Outcome { get; }

    double Seconds { get; }

    string Summary { get; }

    bool Proven { get; }
}
