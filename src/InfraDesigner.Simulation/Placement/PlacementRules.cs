namespace InfraDesigner.Simulation.Placement;

public sealed record PlacementRules(IReadOnlyList<VmGroupRule> VmGroups, IReadOnlyList<VmHostRule> VmHostRules)
{
    public static PlacementRules None { get; } = new([], []);
}
