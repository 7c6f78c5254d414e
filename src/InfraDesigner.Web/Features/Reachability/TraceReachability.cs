using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Reachability.Tracing;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>"Can From reach To on Port (Protocol)?" on the current topology; null when there is no topology with that id.</summary>
public sealed record TraceReachability(Guid Id, string? From, string? To, int? Port, string? Protocol) : IRequest<ReachabilityAnswer?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "to";
    string IBudgetedRun.Remedy => "the topology is too large to trace this flow and look for its fixes";

    internal sealed class Validator : IValidator<TraceReachability>
    {
        public IEnumerable<FieldError> Validate(TraceReachability r) =>
        [
            .. ReachabilityRules.Required("from", r.From),
            .. ReachabilityRules.Required("to", r.To),
            .. ReachabilityRules.Ports("port", [r.Port]),
        ];
    }

    internal sealed class Handler(TopologyModels models) : IRequestHandler<TraceReachability, ReachabilityAnswer?>
    {
        public async ValueTask<ReachabilityAnswer?> Handle(TraceReachability request, CancellationToken cancellationToken)
        {
            var protocol = ProtocolNames.Parse(request.Protocol);
            if (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken) is not { } snapshot)
                return null;
            var question = new TraceQuestion(request.From!.Trim(), request.To!.Trim(), protocol, request.Port);
            return ReachabilityQuestions.Answer(snapshot, question, "to", cancellationToken);
        }
    }
}
