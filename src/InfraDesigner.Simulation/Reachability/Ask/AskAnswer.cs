using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>The question as understood and its answer, or an <see cref="Error"/> that says what was not understood.</summary>
public sealed record AskAnswer(string Question, TraceQuestion? Parsed, TraceAnswer? Answer, string? Error)
{
    public bool Understood => Error is null;
}
