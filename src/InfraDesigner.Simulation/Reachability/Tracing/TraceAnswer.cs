namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record TraceAnswer(
    TraceQuestion Question,
    Flow Flow,
    Disposition Disposition,
    bool Reachable,
    IReadOnlyList<FlowPath> Paths,
    RuleReference? DecidedBy,
    string Summary,
    IReadOnlyList<string> Notes);
