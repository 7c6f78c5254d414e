using System.Text;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>A network written out in full, so a failing differential case can be rebuilt by hand.</summary>
public static class TopologyText
{
    public static string Describe(NetworkSnapshot network)
    {
        var text = new StringBuilder();
        foreach (var device in network.Devices)
        {
            text.AppendLine($"{device.Kind} {device.Name}{(device.Zone is null ? "" : $" zone {device.Zone}")}");
            foreach (var nic in device.Interfaces)
            {
                var port = nic.Port switch
                {
                    AccessPort a => $" access {a.Vlan}",
                    TrunkPort t => $" trunk [{string.Join(",", t.AllowedVlans)}] native {t.NativeVlan?.ToString() ?? "-"}",
                    _ => "",
                };
                text.AppendLine($"  if {nic.Name} {nic.Address}/{nic.PrefixLength} gw {nic.Gateway} zone {nic.Zone} tag {nic.VlanTag}{port}");
            }
            foreach (var route in device.Routes)
                text.AppendLine($"  route {route.Prefix} via {route.NextHop} dev {route.Interface}");
            if (device.Policy is { } policy)
            {
                foreach (var rule in policy.Rules)
                    text.AppendLine($"  rule {rule}");
                text.AppendLine($"  default {policy.DefaultAction} stateful {policy.Stateful}");
            }
            foreach (var listener in device.Listeners)
                text.AppendLine($"  listen {listener.Protocol} {listener.Port}");
        }
        foreach (var link in network.Links)
            text.AppendLine($"link {link.DeviceA}:{link.InterfaceA} -- {link.DeviceB}:{link.InterfaceB}");
        return text.ToString();
    }
}
