using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>What each kind of element is to the forwarding model.</summary>
internal static class ElementKinds
{
    public static DeviceKind DeviceKindOf(Element element) => element switch
    {
        Router { IsLayer3Switch: true } => DeviceKind.L3Switch,
        _ => element.Kind switch
        {
            ElementKind.VirtualMachine => DeviceKind.VirtualMachine,
            ElementKind.Switch => DeviceKind.Switch,
            ElementKind.Router => DeviceKind.Router,
            ElementKind.Firewall => DeviceKind.Firewall,
            ElementKind.LoadBalancer => DeviceKind.LoadBalancer,
            ElementKind.ReverseProxy => DeviceKind.ReverseProxy,
            ElementKind.Storage => DeviceKind.Nas,
            ElementKind.PhysicalHost or ElementKind.Cluster or ElementKind.ContainerHost or ElementKind.Client
                or ElementKind.ForwardProxy or ElementKind.DnsServer => DeviceKind.Host,
        },
    };
}
