using InfraDesigner.Domain;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Simulation.Tests.Reachability.Compilation;

/// <summary>The edits the worked questions make to the built-in samples, as a user would make them in the editor.</summary>
public static class SampleEdits
{
    public static Topology Sample(string name) => SampleTopologies.Get(name).Topology;

    public static FirewallRule AppAToSap { get; } = new()
    {
        Name = "allow-app-a-to-sap",
        Source = RuleEndpoint.Element("app-a"),
        Destination = RuleEndpoint.Element("sap"),
        Protocol = Protocol.Tcp,
        Ports = PortRange.Single(3300),
        Action = RuleAction.Allow,
    };

    public static Topology WithRule(Topology topology, string firewall, FirewallRule rule)
    {
        var fw = topology.FindElement<Firewall>(firewall)!;
        return topology.WithElement(fw with { Rules = fw.Rules.Add(rule) });
    }

    /// <summary>[vlans] a router (or a firewall with no rule) on the spare ports ge5/ge6, and the PCs given it as gateway.</summary>
    public static Topology VlansJoinedBy(bool firewall)
    {
        var topology = Sample("vlans");
        NetworkInterface Leg(string name, string cidr, string zone) =>
            new() { Name = name, Address = Ipv4Cidr.Parse(cidr), ZoneName = firewall ? zone : null };
        EquatableArray<NetworkInterface> legs = [Leg("ge0", "192.168.10.1/24", "business"), Leg("ge1", "192.168.20.1/24", "operations")];
        Element joiner = firewall
            ? new Firewall { Name = "fw1", Interfaces = legs, DefaultAction = RuleAction.Deny }
            : new Router { Name = "r1", Interfaces = legs };
        topology = topology.WithElement(joiner) with
        {
            Links = topology.Links.AddRange([Link.Between(joiner.Name, "ge0", "sw1", "ge5"), Link.Between(joiner.Name, "ge1", "sw1", "ge6")]),
        };
        foreach (var pc in topology.ElementsOf<Client>().ToArray())
        {
            var nic = pc.Interfaces[0];
            var gateway = nic.Address!.Value.Address.GetAddressBytes()[2] == 10 ? "192.168.10.1" : "192.168.20.1";
            topology = topology.WithElement(pc with { Interfaces = [nic with { DefaultGateway = Ipv4.Parse(gateway) }] });
        }
        return topology;
    }

    public static Topology WithUnhealthyMember(Topology topology, string lbName, string member)
    {
        var lb = topology.FindElement<LoadBalancer>(lbName)!;
        return topology.WithElement(lb with { Members = lb.Members.Select(m => m.Element == member ? m with { Healthy = false } : m).ToEquatableArray() });
    }
}
