using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Simulation.Placement;
using InfraDesigner.Web.Components.Fields;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>The words the Simulate panel offers for placement strategies, objectives, DRS threshold levels and the DRS and HA planners.</summary>
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

    /// <summary>The DRS planners, DRS's own greedy pass first (the default).</summary>
    public static IReadOnlyList<SelectOption<BalancePlanner>> BalancePlanners { get; } =
    [
        new(BalancePlanner.Greedy, "Greedy (what DRS does)"),
        new(BalancePlanner.Optimal, "Optimal (CP-SAT solver: fewest migrations)"),
    ];

    /// <summary>The HA restart planners, vSphere's order first (the default).</summary>
    public static IReadOnlyList<SelectOption<RestartPlanner>> RestartPlanners { get; } =
    [
        new(RestartPlanner.VSphereOrder, "vSphere HA order"),
        new(RestartPlanner.Optimal, "Optimal (CP-SAT solver: most restarts by priority)"),
    ];

    /// <summary>The words for <paramref name="value"/> among <paramref name="options"/>.</summary>
    public static string Words<T>(IReadOnlyList<SelectOption<T>> options, T value) =>
        options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Text;
}
