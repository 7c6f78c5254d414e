using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>One way the flow went; <see cref="Return"/> is the reply's way back for an accepted TCP flow.</summary>
public sealed record PathView(string Disposition, IReadOnlyList<HopView> Hops, PathView? Return)
{
    public static PathView Of(FlowPath path) =>
        new(path.Disposition.ToString(), path.Hops.Select(HopView.Of).ToArray(), path.Return is null ? null : Of(path.Return));
}
