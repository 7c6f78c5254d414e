namespace InfraDesigner.Simulation.Reachability.Tracing;

public sealed record ShareAclStep(string Share, string Client, bool Allowed) : Step;
