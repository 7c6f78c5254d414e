using InfraDesigner.Simulation.Reachability.Ask;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// One flow of a list answer: From to a service of To ("ping" for ICMP, whose <see cref="Port"/> is null), whether it
/// gets through, and why: <see cref="DecidedBy"/> when a firewall rule decided, and <see cref="Reason"/> in words always.
/// </summary>
public sealed record ServiceAnswerView(string From, string To, string Service, string Protocol, int? Port, bool Reachable, string Disposition, RuleView? DecidedBy, string Reason, string Summary)
{
    public static ServiceAnswerView Of(ServiceAnswer service)
    {
        var trace = service.Trace;
        return new(
            service.Source,
            service.Destination,
            service.Service,
            ProtocolNames.Name(service.Protocol),
            service.Protocol == Domain.Network.Protocol.Icmp ? null : service.Port,
            trace.Reachable,
            trace.Disposition.ToString(),
            trace.DecidedBy is null ? null : RuleView.Of(trace.DecidedBy),
            trace.DecidedBy?.ToString() ?? Verdicts.Of(trace.Summary),
            trace.Summary);
    }
}
