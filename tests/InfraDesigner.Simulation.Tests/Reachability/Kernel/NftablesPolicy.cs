using System.Text;
using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Tests.Reachability.Kernel;

/// <summary>
/// A firewall's ordered rules as an nftables forward chain: established first (stateful), then each enabled rule in order,
/// then the default action; zones become interface-name sets, devices their address sets. Denies reject with a TCP reset.
/// </summary>
internal sealed class NftablesPolicy(NetworkSnapshot snapshot, Device firewall)
{
    public string Render()
    {
        var text = new StringBuilder("table ip rq {\n");
        text.AppendLine("  chain refuse {\n    meta l4proto tcp reject with tcp reset\n    drop\n  }");
        if (firewall.Policy is { } policy)
        {
            text.AppendLine("  chain filter {\n    type filter hook forward priority 0; policy accept;");
            if (policy.Stateful)
                text.AppendLine("    ct state established,related accept");
            foreach (var rule in policy.Rules.Where(r => r.Enabled))
            {
                if (Line(rule) is { } line)
                    text.AppendLine("    " + string.Join(" ", new[] { line, rule.Action == RuleAction.Allow ? "accept" : "jump refuse" }.Where(part => part.Length > 0)));
            }
            text.AppendLine($"    {(policy.DefaultAction == RuleAction.Allow ? "accept" : "jump refuse")}\n  }}");
        }
        if (firewall.SourceNats.Count > 0)
        {
            text.AppendLine("  chain masquerade {\n    type nat hook postrouting priority 100; policy accept;");
            foreach (var nat in firewall.SourceNats)
                text.AppendLine($"    oifname \"i{Index(nat.OutInterface)}\"{(nat.Sources is { } s ? $" ip saddr {s}" : "")} masquerade");
            text.AppendLine("  }");
        }
        return text.Append("}\n").ToString();
    }

    /// <summary>The match part of a rule, or null when it can match nothing (an unknown zone or device).</summary>
    private string? Line(FirewallRule rule)
    {
        var source = Side(rule.Source, "iifname", "saddr");
        var destination = Side(rule.Destination, "oifname", "daddr");
        if (source is null || destination is null)
            return null;
        var protocol = (rule.Protocol, rule.Ports) switch
        {
            (Protocol.Any, null) => "",
            (Protocol.Any, { } p) => $" meta l4proto {{ tcp, udp }} th dport {p}",
            (Protocol.Icmp, null) => " meta l4proto icmp",
            (Protocol.Icmp, _) => null,
            (var proto, null) => $" meta l4proto {proto.ToString().ToLowerInvariant()}",
            (var proto, { } p) => $" {proto.ToString().ToLowerInvariant()} dport {p}",
        };
        return protocol is null ? null : $"{source}{destination}{protocol}".Trim();
    }

    private string? Side(AddressMatch match, string interfaceKeyword, string addressKeyword) => match switch
    {
        AnyAddress => "",
        ZoneAddress zone => Interfaces(zone.Zone) is { Count: > 0 } names ? $" {interfaceKeyword} {{ {string.Join(", ", names.Select(n => $"\"{n}\""))} }}" : null,
        SubnetAddress subnet => $" ip {addressKeyword} {subnet.Network}",
        DeviceAddress device => snapshot.FindDevice(device.Device)?.Interfaces.Where(i => i.Address is not null).Select(i => i.Address!.ToString()).ToArray() is { Length: > 0 } ips
            ? $" ip {addressKeyword} {{ {string.Join(", ", ips)} }}"
            : null,
        _ => null,
    };

    private List<string> Interfaces(string zone) => firewall.Interfaces
        .Select((nic, i) => (nic, i))
        .Where(x => (x.nic.Zone ?? firewall.Zone) == zone && x.nic.Address is not null)
        .Select(x => $"i{x.i}")
        .ToList();

    private int Index(string name) => firewall.Interfaces.Select((n, i) => (n, i)).First(x => x.n.Name == name).i;
}
