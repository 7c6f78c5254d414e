using System.Net;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>The addresses of every element (enabled, addressed interfaces) and the zone an address falls in.</summary>
internal sealed class AddressBook
{
    private readonly Topology _topology;
    private readonly Dictionary<string, Ipv4Cidr[]> _byElement;

    public AddressBook(Topology topology)
    {
        _topology = topology;
        _byElement = new Dictionary<string, Ipv4Cidr[]>(StringComparer.Ordinal);
        foreach (var element in topology.Elements)
        {
            _byElement[element.Name] = element.Interfaces
                .Where(i => i.Enabled && i.Address is not null)
                .Select(i => i.Address!.Value)
                .ToArray();
        }
    }

    public IReadOnlyList<Ipv4Cidr> Of(string element) => _byElement.GetValueOrDefault(element) ?? [];

    public IPAddress? FirstOf(string element) => Of(element) is [var first, ..] ? first.Address : null;

    public string? ZoneOf(IPAddress address) => _topology.ZoneOf(address)?.Name;
}
