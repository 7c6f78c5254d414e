using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using M = InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Reachability.Compilation;

/// <summary>Enabled interfaces: address, gateway, zone (bound on firewalls, else the zone of the address), switchport.</summary>
internal static class InterfaceCompiler
{
    public static M.NetworkInterface Compile(Element element, NetworkInterface nic, AddressBook addresses)
    {
        var zone = nic.ZoneName ?? (nic.Address is { } a ? addresses.ZoneOf(a.Address) : null);
        var isSwitch = element is Switch;
        var port = isSwitch ? ModelMapping.Port(nic.Switchport ?? Switchport.Access(1)) : null;
        // A host NIC that tags one VLAN itself is a sub-interface on a trunk.
        int? tag = !isSwitch && nic.Switchport is { Mode: SwitchportMode.Trunk, AllowedVlans: [var only] } ? only : null;
        return new M.NetworkInterface(nic.Name, nic.Address?.Address, nic.Address?.PrefixLength ?? 0, nic.DefaultGateway, zone, port, tag);
    }

    /// <summary>
    /// A virtual service address no NIC carries (a VIP) becomes an alias interface on the NIC whose subnet holds it
    /// (else the first addressed NIC), cabled wherever that NIC is.
    /// </summary>
    public static IEnumerable<(M.NetworkInterface Alias, string Of)> Aliases(IReadOnlyList<M.NetworkInterface> interfaces, IEnumerable<M.VirtualService> services)
    {
        var owned = interfaces.Where(i => i.Address is not null).Select(i => i.Address!).ToHashSet();
        foreach (var service in services.DistinctBy(s => s.Address))
        {
            if (owned.Contains(service.Address))
                continue;
            var carrier = interfaces.FirstOrDefault(i => i.Subnet is { } subnet && subnet.Contains(service.Address))
                ?? interfaces.FirstOrDefault(i => i.Address is not null);
            if (carrier is null)
                continue;
            owned.Add(service.Address);
            var alias = carrier with { Name = $"{carrier.Name}:{service.Name}", Address = service.Address, Gateway = null };
            yield return (alias, carrier.Name);
        }
    }
}
