using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Reachability.Shadowing;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Firewall rules that can never match (of one firewall, or all); null when there is no topology with that id.</summary>
public sealed record GetShadowedRules(Guid Id, string? Firewall) : IRequest<IReadOnlyList<ShadowedRuleView>?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "firewall";
    string IBudgetedRun.Remedy => "name one firewall";

    internal sealed class Handler(TopologyModels models) : IRequestHandler<GetShadowedRules, IReadOnlyList<ShadowedRuleView>?>
    {
        public async ValueTask<IReadOnlyList<ShadowedRuleView>?> Handle(GetShadowedRules request, CancellationToken cancellationToken)
        {
            if (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken) is not { } snapshot)
                return null;
            if (request.Firewall is { } firewall && snapshot.FindDevice(firewall)?.Policy is null)
                throw TopologySnapshots.Invalid("firewall", $"no firewall named '{firewall}'");
            return ShadowedRulesAnalyzer.Analyze(snapshot, request.Firewall, cancellationToken).Rules.Select(ShadowedRuleView.Of).ToArray();
        }
    }
}
