namespace InfraDesigner.Simulation.Reachability.Diff;

/// <summary>Flows that became reachable and flows that stopped being reachable; <see cref="Retraced"/> says how many needed a new trace.</summary>
public sealed record DiffAnswer(IReadOnlyList<FlowChange> Gained, IReadOnlyList<FlowChange> Lost, int Checked, int Retraced);
