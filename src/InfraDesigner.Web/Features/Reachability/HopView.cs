using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

public sealed record HopView(string Device, string Kind, IReadOnlyList<StepView> Steps)
{
    public static HopView Of(Hop hop) => new(hop.Device, hop.Kind.ToString(), hop.Steps.Select(StepView.Of).ToArray());
}
