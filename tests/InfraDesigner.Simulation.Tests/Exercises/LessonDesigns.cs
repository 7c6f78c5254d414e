using System.Net;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Simulation.Tests.Exercises;

/// <summary>Designs a trainee could hand in: each lesson's start, and edits of it made the way the editor makes them.</summary>
internal static class LessonDesigns
{
    public static Lesson Lesson(string id) => LessonCatalog.Find(id) ?? throw new ArgumentException($"no lesson {id}");

    public static Topology Start(string id) => Lesson(id).Start.Build(id);

    public static Topology WithRule(Topology topology, string firewall, FirewallRule rule, int position = 0)
    {
        var fw = topology.FindElement<Firewall>(firewall)!;
        return topology.WithElement(fw with { Rules = fw.Rules.Insert(position, rule) });
    }

    public static Topology WithoutRule(Topology topology, string firewall, string rule)
    {
        var fw = topology.FindElement<Firewall>(firewall)!;
        return topology.WithElement(fw with { Rules = fw.Rules.Where(r => r.Name != rule).ToEquatableArray() });
    }

    public static FirewallRule Allow(string name, RuleEndpoint source, RuleEndpoint destination, PortRange? ports) =>
        new() { Name = name, Source = source, Destination = destination, Protocol = Protocol.Tcp, Ports = ports, Action = RuleAction.Allow };

    /// <summary>The vlans lesson solved with one router on the spare ports ge5 (VLAN 10) and ge6 (VLAN 20), and gateways on the PCs.</summary>
    public static Topology WithRouter(Topology topology)
    {
        var router = new Router
        {
            Name = "r1",
            Interfaces = [Nic("ge0", "192.168.10.1/24"), Nic("ge1", "192.168.20.1/24")],
        };
        var withGateways = topology.Elements.OfType<Client>().Aggregate(topology, (t, pc) =>
        {
            var nic = pc.Interfaces[0];
            var gateway = nic.Address!.Value.Address.GetAddressBytes()[2] == 10 ? "192.168.10.1" : "192.168.20.1";
            return t.WithElement(pc with { Interfaces = [nic with { DefaultGateway = IPAddress.Parse(gateway) }] });
        });
        return withGateways.WithElement(router) with
        {
            Links = withGateways.Links.Add(Link.Between("r1", "ge0", "sw1", "ge5")).Add(Link.Between("r1", "ge1", "sw1", "ge6")),
        };
    }

    /// <summary>A third host like the other two, in the cluster and on its shared datastore.</summary>
    public static Topology WithThirdHost(Topology topology)
    {
        var host1 = topology.FindElement<PhysicalHost>("host1")!;
        var cluster = topology.FindElement<Cluster>("cluster1")!;
        return topology.WithElement(host1 with { Name = "host3", Interfaces = [], Canvas = CanvasInfo.Default })
            .WithElement(cluster with { Hosts = cluster.Hosts.Add("host3") });
    }

    private static NetworkInterface Nic(string name, string cidr) => new() { Name = name, Address = Ipv4Cidr.Parse(cidr) };
}
