using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Components.Reachability;

/// <summary>Finding hops of an answer by position or device.</summary>
public static class AnswerHops
{
    public static HopView? HopAt(this ReachabilityAnswer answer, HopRef hop) =>
        answer.Paths.ElementAtOrDefault(hop.Path) is { } path && (hop.Return ? path.Return : path) is { } way
            ? way.Hops.ElementAtOrDefault(hop.Hop)
            : null;

    /// <summary>The first hop at the device on the forward paths, else on the return paths.</summary>
    public static HopRef? FindHop(this ReachabilityAnswer answer, string device)
    {
        foreach (var back in new[] { false, true })
        {
            for (var p = 0; p < answer.Paths.Count; p++)
            {
                var hops = (back ? answer.Paths[p].Return : answer.Paths[p])?.Hops ?? [];
                for (var h = 0; h < hops.Count; h++)
                {
                    if (hops[h].Device == device) return new HopRef(p, h, back);
                }
            }
        }
        return null;
    }
}
