using InfraDesigner.Simulation.Reachability.Diff;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>A flow whose verdict changed; a null disposition means an element of the flow does not exist on that side.</summary>
public sealed record FlowChangeView(string From, string To, string Protocol, int Port, string? Before, string? After)
{
    public static FlowChangeView Of(FlowChange change) =>
        new(change.Flow.Source, change.Flow.Destination, ProtocolNames.Name(change.Flow.Protocol), change.Flow.Port, change.Before?.ToString(), change.After?.ToString());
}
