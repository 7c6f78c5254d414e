using InfraDesigner.Diagrams.Highlighting;
using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Failover;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>
/// Simulation answers as pictures on the canvas. An HA what-if: the failed hosts greyed, each restarted VM with an
/// arrow to the host it restarts on, the VMs that cannot restart in red. A balancing plan: each moved VM with an
/// arrow to its new host, numbered in the order DRS runs them, and the VMs that cannot move in red.
/// </summary>
public static class SimulationDrawing
{
    public static SimulationPicture Failover(Guid topologyId, FailoverAnswer answer)
    {
        var nodes = new Dictionary<string, string>();
        foreach (var host in answer.FailedHosts) nodes[host] = "sim-failed";
        foreach (var restart in answer.Restarts)
        {
            nodes[restart.Vm] = "sim-restarted";
            nodes.TryAdd(restart.ToHost, "sim-target");
        }
        foreach (var lost in answer.NotRestarted) nodes[lost.Vm] = "sim-lost";
        var arrows = answer.Restarts.Select(r => new HighlightSegment($"restart-{r.Vm}", r.Vm, r.ToHost, null, "sim-arrow", r.Order.ToString()));
        var badges = answer.Restarts.Select(r => new HighlightBadge(r.Vm, $"{r.Order}. restarts on {r.ToHost}", "sim-badge-good"))
            .Concat(answer.NotRestarted.Select(l => new HighlightBadge(l.Vm, "cannot restart", "sim-badge-bad")));
        var title = $"HA what-if: {string.Join(", ", answer.FailedHosts)} failed; " +
            (answer.AllRestarted ? $"all {answer.Restarts.Count} VM(s) restart" : $"{answer.Restarts.Count} restart, {answer.NotRestarted.Count} cannot");
        return new(topologyId, title, "Grey: failed host · green: restarts where the arrow points · red: cannot restart",
            new DiagramHighlight(nodes, [.. arrows], [.. badges]));
    }

    private const string MovesLegend = "Blue: VM that moves, along the numbered arrow to its new host";

    public static SimulationPicture Balance(Guid topologyId, BalanceAnswer answer)
    {
        var nodes = new Dictionary<string, string>();
        foreach (var move in answer.Recommendations)
        {
            nodes.TryAdd(move.From, "sim-source");
            nodes[move.To] = "sim-target";
            nodes[move.Vm] = "sim-moved";
        }
        foreach (var stuck in answer.Unmovable) nodes[stuck.Vm] = "sim-lost";
        var arrows = answer.Recommendations.Select(m => new HighlightSegment($"move-{m.Order}", m.Vm, m.To, null, "sim-arrow", m.Order.ToString()));
        var badges = answer.Recommendations.Select(m => new HighlightBadge(m.Vm, $"{m.Order}. {m.From} → {m.To}", "sim-badge-move"))
            .Concat(answer.Unmovable.Select(u => new HighlightBadge(u.Vm, $"cannot move ({u.MostCommonBlock})", "sim-badge-bad")));
        var title = answer.Recommendations.Count == 0
            ? "DRS plan: no move needed"
            : $"DRS plan: {answer.Recommendations.Count} migration(s), imbalance {answer.ImbalanceBefore:0.###} → {answer.ImbalanceAfter:0.###}";
        return new(topologyId, title, answer.Unmovable.Count == 0 ? MovesLegend : MovesLegend + " · red: cannot move",
            new DiagramHighlight(nodes, [.. arrows], [.. badges]));
    }
}
