using InfraDesigner.Web.Accounts;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>The clusters, VMs and load balancers of a topology, for the Simulate panel's pickers; null when there is no such topology.</summary>
public sealed record GetSimulationChoices(Guid TopologyId) : IRequest<SimulationChoices?>, ITopologyRequest
{
    internal sealed class Handler(TopologyModels models) : IRequestHandler<GetSimulationChoices, SimulationChoices?>
    {
        public async ValueTask<SimulationChoices?> Handle(GetSimulationChoices request, CancellationToken cancellationToken)
        {
            if (await SimulationTopology.LoadAsync(models, request.TopologyId, cancellationToken) is not { } topology)
            {
                return null;
            }
            return new SimulationChoices(
                [.. topology.ElementsOf<Cluster>().Select(c => new SimulationChoices.ClusterChoice(c.Name, [.. c.Hosts]))],
                [.. topology.ElementsOf<VirtualMachine>().Where(vm => vm.HostName is not null)
                    .Select(vm => new SimulationChoices.VmChoice(vm.Name, vm.HostName!, vm.ClusterName))],
                [.. topology.ElementsOf<LoadBalancer>().Select(lb => new SimulationChoices.LoadBalancerChoice(lb.Name, lb.Algorithm.ToString(),
                    [.. lb.Members.Where(m => m.Enabled).Select(m => m.Element)],
                    [.. lb.Members.Where(m => m.Enabled && !m.Healthy).Select(m => m.Element)]))]);
        }
    }
}
