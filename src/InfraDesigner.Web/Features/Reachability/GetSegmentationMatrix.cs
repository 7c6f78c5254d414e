using InfraDesigner.Simulation.Reachability.Matrix;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// Zone x zone (or element x element when <see cref="Elements"/> is given) x port. Without ports, the ports the
/// topology's services listen on (at most <see cref="MaxPorts"/>).
/// </summary>
public sealed record GetSegmentationMatrix(Guid Id, IReadOnlyList<int>? Ports, string? Protocol, IReadOnlyList<string>? Elements) : IRequest<MatrixView?>
{
    public const int MaxPorts = 50;

    internal sealed class Handler(TopologyModels models) : IRequestHandler<GetSegmentationMatrix, MatrixView?>
    {
        public async ValueTask<MatrixView?> Handle(GetSegmentationMatrix request, CancellationToken cancellationToken)
        {
            var protocol = ProtocolNames.Parse(request.Protocol);
            if (request.Ports is { Count: > MaxPorts })
                throw TopologySnapshots.Invalid("ports", $"at most {MaxPorts} ports per matrix");
            if (request.Ports?.FirstOrDefault(p => p is < 1 or > 65535) is { } bad and not 0)
                throw TopologySnapshots.Invalid("ports", $"port {bad} is out of range 1-65535");
            if (await TopologySnapshots.CurrentAsync(models, request.Id, cancellationToken) is not { } snapshot)
                return null;
            var ports = request.Ports is { Count: > 0 } given
                ? given
                : snapshot.Devices.SelectMany(d => d.Listeners).Where(l => l.Protocol == protocol).Select(l => l.Port).Distinct().Order().Take(MaxPorts).ToArray();
            try
            {
                return MatrixView.Of(MatrixAnalyzer.Analyze(snapshot, new MatrixQuestion(ports, protocol, request.Elements)), ProtocolNames.Name(protocol));
            }
            catch (ArgumentException unknown)
            {
                throw TopologySnapshots.Invalid("elements", unknown.Message);
            }
        }
    }
}
