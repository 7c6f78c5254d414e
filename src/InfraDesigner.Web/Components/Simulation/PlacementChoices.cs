using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Components.Fields;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>The words the Simulate panel offers for placement strategies, objectives and DRS threshold levels.</summary>
public static class PlacementChoices
{
    public static IReadOnlyList<SelectOption<PlacementStrategy>> Strategies { get; } =
    [
        new(PlacementStrategy.Optimal, "Optimal (CP-SAT solver)"),
        new(PlacementStrategy.BestFit, "Best fit"),
        new(PlacementStrategy.FirstFit, "First fit"),
        new(PlacementStrategy.WorstFit, "Worst fit (spread)"),
        new(PlacementStrategy.DotProduct, "Dot product"),
        new(PlacementStrategy.L2Norm, "L2 norm"),
    ];

    public static IReadOnlyList<SelectOption<PlacementObjective>> Objectives { get; } =
    [
        new(PlacementObjective.FewestHosts, "Fewest hosts"),
        new(PlacementObjective.Balanced, "Balanced (lightest busiest host)"),
    ];

    /// <summary>vSphere's migration threshold: 1 applies only forced moves, 5 the slightest improvement.</summary>
    public static IReadOnlyList<SelectOption<int>> ThresholdLevels { get; } =
    [
        new(1, "1 — conservative (forced moves only)"),
        new(2, "2"),
        new(3, "3 — default"),
        new(4, "4"),
        new(5, "5 — aggressive"),
    ];
}
