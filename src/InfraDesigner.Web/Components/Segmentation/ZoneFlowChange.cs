using InfraDesigner.Simulation.Reachability.Matrix;

namespace InfraDesigner.Web.Components.Segmentation;

/// <summary>
/// One zone-to-zone flow on one port that an edit opened or closed: how many of its flows were reachable before and
/// after, and an example to trace (one of the flows that changed side when the cell still has some).
/// </summary>
public sealed record ZoneFlowChange(string From, string To, int Port, string Protocol, CellVerdict Before, CellVerdict After,
    int AcceptedBefore, int AcceptedAfter, int Checked, string? ExampleSource, string? ExampleDestination, DateTimeOffset At)
{
    public bool Opened => AcceptedAfter > AcceptedBefore;

    public string Text =>
        $"{(Opened ? "opened" : "closed")} {From} → {To} on {Port}/{Protocol} ({AcceptedBefore} → {AcceptedAfter} of {Checked} flows reachable)";

    /// <summary>The cells whose reachable count changed; a cell new on one side counts as none reachable on the other.</summary>
    public static IEnumerable<ZoneFlowChange> Between(MatrixAnswer before, MatrixAnswer after, string protocol, DateTimeOffset at)
    {
        var was = before.Cells.ToDictionary(c => (c.From, c.To, c.Port));
        var now = after.Cells.ToDictionary(c => (c.From, c.To, c.Port));
        foreach (var key in was.Keys.Union(now.Keys))
        {
            var old = was.GetValueOrDefault(key);
            var cell = now.GetValueOrDefault(key);
            var (acceptedBefore, acceptedAfter) = (old?.Accepted ?? 0, cell?.Accepted ?? 0);
            if (acceptedBefore == acceptedAfter) continue;
            var example = (acceptedAfter > acceptedBefore ? cell : old)?.Example ?? cell?.Example ?? old?.Example;
            yield return new ZoneFlowChange(key.From, key.To, key.Port, protocol, old?.Verdict ?? CellVerdict.NoFlows, cell?.Verdict ?? CellVerdict.NoFlows,
                acceptedBefore, acceptedAfter, Math.Max(old?.Checked ?? 0, cell?.Checked ?? 0), example?.Source, example?.Destination, at);
        }
    }
}
