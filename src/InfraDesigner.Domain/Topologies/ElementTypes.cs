using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;

namespace InfraDesigner.Domain.Topologies;

/// <summary>The record type of each <see cref="ElementKind"/>, for code that creates elements by kind.</summary>
public static class ElementTypes
{
    public static IReadOnlyDictionary<ElementKind, Type> ByKind { get; } = new Dictionary<ElementKind, Type>
    {
        [ElementKind.PhysicalHost] = typeof(PhysicalHost),
        [ElementKind.Cluster] = typeof(Cluster),
        [ElementKind.VirtualMachine] = typeof(VirtualMachine),
        [ElementKind.ContainerHost] = typeof(ContainerHost),
        [ElementKind.Client] = typeof(Client),
        [ElementKind.Switch] = typeof(Switch),
        [ElementKind.Router] = typeof(Router),
        [ElementKind.Firewall] = typeof(Firewall),
        [ElementKind.LoadBalancer] = typeof(LoadBalancer),
        [ElementKind.ReverseProxy] = typeof(ReverseProxy),
        [ElementKind.ForwardProxy] = typeof(ForwardProxy),
        [ElementKind.DnsServer] = typeof(DnsServer),
        [ElementKind.Storage] = typeof(StorageSystem),
    };
}
