using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Reachability.Ask;

/// <summary>
/// The question as understood and its answer, or an <see cref="Error"/> that says what was not understood.
/// <see cref="Answer"/> is the one flow traced (the ping for <see cref="AskKind.Services"/>; null for the lists);
/// <see cref="Services"/> lists each service flow for every kind but <see cref="AskKind.Flow"/>.
/// </summary>
public sealed record AskAnswer(string Question, AskedQuestion? Parsed, TraceAnswer? Answer, IReadOnlyList<ServiceAnswer> Services, string? Error)
{
    public bool Understood => Error is null;

    internal static AskAnswer Refused(string question, string? error) => new(question, null, null, [], error);
}
