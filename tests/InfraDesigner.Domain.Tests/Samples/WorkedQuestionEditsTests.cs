using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Samples;

/// <summary>The edits the worked questions ask users to make keep the samples valid.</summary>
public sealed class WorkedQuestionEditsTests
{
    [Fact]
    public void Adding_the_allow_rule_of_question_1_keeps_zones_firewall_valid_and_round_trips()
    {
        var topology = SampleTopologies.ZonesFirewall.Topology;
        var firewall = topology.FindElement<Firewall>("fw-ab")!;
        firewall.Rules.ShouldBeEmpty();
        firewall.DefaultAction.ShouldBe(RuleAction.Deny);

        var withRule = topology.WithElement(firewall with
        {
            Rules = firewall.Rules.Add(new FirewallRule
            {
                Name = "app-a-to-sap",
                Source = RuleEndpoint.Element("app-a"),
                Destination = RuleEndpoint.Element("sap"),
                Protocol = Protocol.Tcp,
                Ports = PortRange.Single(3300),
                Action = RuleAction.Allow,
            }),
        });

        TopologyValidator.Validate(withRule).ShouldBeEmpty();
        TopologyDocumentSerializer.Import(TopologyDocumentSerializer.Export(withRule)).Topology.ShouldBe(withRule);
        withRule.ShouldNotBe(topology);
    }

    [Fact]
    public void Adding_a_router_on_the_spare_ports_of_question_3_keeps_vlans_valid()
    {
        var topology = SampleTopologies.Vlans.Topology;
        var router = new Router
        {
            Name = "router",
            Interfaces =
            [
                new NetworkInterface { Name = "ge0", Address = Ipv4Cidr.Parse("192.168.10.1/24") },
                new NetworkInterface { Name = "ge1", Address = Ipv4Cidr.Parse("192.168.20.1/24") },
            ],
        };
        var routed = topology.WithElement(router) with
        {
            Links = topology.Links.AddRange([Link.Between("router", "ge0", "sw1", "ge5"), Link.Between("router", "ge1", "sw1", "ge6")]),
        };
        foreach (var (pc, gateway) in new[] { ("PC1", "192.168.10.1"), ("PC2", "192.168.10.1"), ("PC3", "192.168.20.1"), ("PC4", "192.168.20.1") })
        {
            var element = routed.FindElement<Client>(pc)!;
            routed = routed.WithElement(element with { Interfaces = [element.Interfaces[0] with { DefaultGateway = Ipv4.Parse(gateway) }] });
        }

        TopologyValidator.Validate(routed).ShouldBeEmpty();
    }

    [Fact]
    public void The_live_migration_sample_has_a_10_gigabit_migration_network_and_a_shared_datastore()
    {
        var topology = SampleTopologies.LiveMigration.Topology;
        var vm = topology.FindElement<VirtualMachine>("vm-db")!;
        var cluster = topology.FindElement<Cluster>("cluster1")!;

        vm.RamGb.ShouldBe(16);
        vm.DirtyRateMegabytesPerSecond.ShouldBe(200);
        vm.HostName.ShouldBe("host1");
        cluster.SharedDatastores.ShouldContain(vm.DatastoreName!);
        foreach (var host in new[] { "host1", "host2" })
        {
            var nic = topology.FindElement<PhysicalHost>(host)!.Interfaces.Single(candidate => candidate.Purpose == InterfacePurpose.Migration);
            topology.Links.Single(link => link.A == new LinkEndpoint(host, nic.Name)).SpeedMbps.ShouldBe(10_000);
        }
    }

    [Fact]
    public void The_cluster_capacity_sample_has_two_20_core_128_gigabyte_hosts_running_5_vms()
    {
        var topology = SampleTopologies.ClusterCapacity.Topology;

        topology.ElementsOf<PhysicalHost>().Select(host => (host.Name, host.Cores, host.RamGb)).ShouldBe([("host1", 20, 128.0), ("host2", 20, 128.0)]);
        topology.ElementsOf<VirtualMachine>().Count().ShouldBe(5);
        topology.ElementsOf<VirtualMachine>().ShouldAllBe(vm => vm.HostName != null);
    }

    [Fact]
    public void The_nas_share_is_opened_to_the_addresses_of_the_two_new_vms_only()
    {
        var topology = SampleTopologies.NasShare.Topology;
        var share = topology.FindElement<StorageSystem>("nas")!.Shares.Single(candidate => candidate.Name == "share1");
        var allowed = share.Acl.Select(entry => entry.Principal.Subnet!.Value).ToList();

        string AddressOf(string vm) => topology.FindElement<VirtualMachine>(vm)!.Interfaces[0].Address!.Value.Address.ToString();

        allowed.ShouldAllBe(subnet => subnet.PrefixLength == 32);
        allowed.Select(subnet => subnet.Address.ToString()).ShouldBe([AddressOf("vm-new1"), AddressOf("vm-new2")]);
        topology.FindElement("nas")!.Services.ShouldContain(service => service.Port == 2049 && service.Protocol == Protocol.Tcp);
    }
}
