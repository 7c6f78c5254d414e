using System.Net;
using System.Text.RegularExpressions;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckInterfaces(ValidationContext context)
    {
        var addressOwners = new Dictionary<IPAddress, string>();
        ForEach<Element>(context, (element, elementPath) =>
        {
            for (var j = 0; j < element.Interfaces.Count; j++)
            {
                var nic = element.Interfaces[j];
                var path = $"{elementPath}.interfaces[{j}]";
                if (nic.Mac is { } mac && !MacAddress().IsMatch(mac))
                {
                    context.Error($"{path}.mac", $"'{mac}' is not a MAC address (like 00:50:56:ab:cd:ef).");
                }
                context.RequireZone(nic.ZoneName, $"{path}.zoneName");
                CheckAddress(context, element, nic, path, addressOwners);
                if (nic.Switchport is { } port)
                {
                    CheckSwitchport(context, port, $"{path}.switchport");
                }
            }
        });
    }

    private static void CheckAddress(ValidationContext context, Element element, NetworkInterface nic, string path, Dictionary<IPAddress, string> owners)
    {
        if (nic.Address is { } address)
        {
            if (address.IsNetworkOrBroadcastAddress)
            {
                var which = address.Address.Equals(address.NetworkAddress) ? "network" : "broadcast";
                context.Error($"{path}.address", $"{address.Address} is the {which} address of {address.Subnet}, not a host address.");
            }
            if (!owners.TryAdd(address.Address, $"{element.Name}/{nic.Name} ({path})"))
            {
                context.Error($"{path}.address", $"{address.Address} is already used by {owners[address.Address]}.");
            }
        }
        if (nic.DefaultGateway is not { } gateway)
        {
            return;
        }
        if (nic.Address is not { } own)
        {
            context.Error($"{path}.defaultGateway", "A default gateway needs an address on the same interface.");
        }
        else if (!own.Contains(gateway))
        {
            context.Error($"{path}.defaultGateway", $"Gateway {gateway} is outside the interface's subnet {own.Subnet}.");
        }
        else if (gateway.Equals(own.Address))
        {
            context.Error($"{path}.defaultGateway", $"Gateway {gateway} is the interface's own address.");
        }
    }

    private static void CheckSwitchport(ValidationContext context, Switchport port, string path)
    {
        if (port.Mode == SwitchportMode.Access)
        {
            if (port.AccessVlan is { } vlan)
            {
                CheckVlanId(context, vlan, $"{path}.accessVlan", mustBeDefined: true);
            }
            else
            {
                context.Error($"{path}.accessVlan", "An access port needs its VLAN.");
            }
            return;
        }
        for (var k = 0; k < port.AllowedVlans.Count; k++)
        {
            CheckVlanId(context, port.AllowedVlans[k], $"{path}.allowedVlans[{k}]", mustBeDefined: true);
        }
        if (port.NativeVlan is { } native)
        {
            CheckVlanId(context, native, $"{path}.nativeVlan", mustBeDefined: true);
        }
        if (port.AllowedVlans.IsEmpty && port.NativeVlan is null)
        {
            context.Warning($"{path}.allowedVlans", "This trunk carries no VLAN.");
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}$")]
    private static partial Regex MacAddress();
}
