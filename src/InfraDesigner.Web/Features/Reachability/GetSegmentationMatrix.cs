using InfraDesigner.Web.Accounts;
using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// Zone x zone (or element x element when <see cref="Elements"/> is given) x port. Without ports, the ports the
/// topology's services listen on (at most <see cref="RunLimits.MaxMatrixPorts"/>).
/// </summary>
public sealed record GetSegmentationMatrix(Guid Id, IReadOnlyList<int>? Ports, string? Protocol, IReadOnlyList<string>? Elements) : IRequest<MatrixView?>, IBudgetedRun, ITopologyRequest
{
    Guid ITopologyRequest.TopologyId => Id;

    string IBudgetedRun.SizeField => "ports";

    internal sealed class Validator(IOptions<RunLimits> options) : IValidator<GetSegmentationMatrix>
    {
        public IEnumerable<FieldError> Validate(GetSegmentationMatrix r) =>
        [
            .. r.Ports is { Count: var ports } && ports > options.Value.MaxMatrixPorts
                ? [new FieldError("ports", $"at most {options.Value.MaxMatrixPorts} ports per matrix (was {ports})")]
                : Array.Empty<FieldError>(),
            .. ReachabilityRules.Ports("ports", (r.Ports ?? []).Select(p => (int?)p)),
            .. r.Elements is { Count: var elements } && elements > options.Value.MaxMatrixElements
                ? [new FieldError("elements", $"at most {options.Value.MaxMatrixElements} elements per matrix (was {elements})")]
                : Array.Empty<FieldError>(),
        ];
    }

    internal sealed class Handler(TopologyModels models, IOptions<RunLimits> options) : IRequestHandler<GetSegmentationMatrix, MatrixView?>
    {
        public async ValueTask<MatrixView?> Handle(GetSegmentationMatrix request, CancellationToken cancellationToken)
        {
            var protocol = ProtocolNames.Parse(request.Protocol);
            if (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken) is not { } snapshot)
                return null;
            var ports = request.Ports is { Count: > 0 } given
                ? given
                : ListeningPorts.Of(snapshot, protocol, options.Value.MaxMatrixPorts);
            try
            {
                return MatrixView.Of(MatrixAnalyzer.Analyze(snapshot, new MatrixQuestion(ports, protocol, request.Elements), cancellationToken), ProtocolNames.Name(protocol));
            }
            catch (ArgumentException unknown)
            {
                throw TopologySnapshots.Invalid("elements", unknown.Message);
            }
        }
    }
}
