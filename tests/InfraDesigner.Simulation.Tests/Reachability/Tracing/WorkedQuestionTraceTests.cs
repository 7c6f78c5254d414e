using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Tracing;

public class WorkedQuestionTraceTests
{
    private static TraceAnswer Ask(Simulation.Reachability.NetworkSnapshot network, string from, string to, int? port, Protocol protocol = Protocol.Tcp) =>
        TraceAnalyzer.Analyze(network, new TraceQuestion(from, to, protocol, port));

    [Fact]
    public void App_a_cannot_reach_sap_before_the_allow_rule()
    {
        var answer = Ask(ZonesFirewall().Build(), "app-a", "sap", 3300);

        answer.Reachable.ShouldBeFalse();
        answer.Disposition.ShouldBe(Disposition.DeniedOut);
        answer.Paths.Single().Devices.ShouldBe(["app-a", "sw-a", "r-a", "fw-ab"]);
        answer.DecidedBy.ShouldBe(new RuleReference("fw-ab", "default", null, RuleAction.Deny));
    }

    [Fact]
    public void App_a_reaches_sap_after_the_allow_rule_and_the_reply_returns_by_state()
    {
        var answer = Ask(ZonesFirewall(withAllowRule: true).Build(), "app-a", "sap", 3300);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Reachable.ShouldBeTrue();
        var path = answer.Paths.Single();
        path.Devices.ShouldBe(["app-a", "sw-a", "r-a", "fw-ab", "sw-b", "sap"]);
        answer.DecidedBy.ShouldBe(new RuleReference("fw-ab", "app-a-to-sap", 1, RuleAction.Allow));
        path.Hops[^1].Steps[^1].ShouldBe(new DeliveredStep("sap", "sap-gateway", Protocol.Tcp, 3300));
        path.Return!.Devices.ShouldBe(["sap", "sw-b", "fw-ab", "r-a", "sw-a", "app-a"]);
        path.Return.Filters.Single().ShouldBe(new RuleReference("fw-ab", "established", null, RuleAction.Allow, ByState: true));
    }

    [Fact]
    public void Every_hop_shows_its_interfaces_route_and_filter()
    {
        var path = Ask(ZonesFirewall(withAllowRule: true).Build(), "app-a", "sap", 3300).Paths.Single();

        path.Hops[0].Steps.ShouldBe(
        [
            new RoutingStep("0.0.0.0/0", RouteKind.Default, "10.1.0.1", "eth0"),
            new ExitInterfaceStep("eth0", 10),
        ]);
        path.Hops[1].Steps.ShouldBe([new EnterInterfaceStep("p1", 10), new L2ForwardStep(10), new ExitInterfaceStep("p2", 10)]);
        path.Hops[3].Steps.ShouldBe(
        [
            new EnterInterfaceStep("zone-a", null),
            new RoutingStep("10.2.0.0/24", RouteKind.Connected, null, "zone-b"),
            new FilterStep(new RuleReference("fw-ab", "app-a-to-sap", 1, RuleAction.Allow)),
            new ExitInterfaceStep("zone-b", 20),
        ]);
    }

    [Fact]
    public void Through_the_eai_app_a_reaches_eai_and_eai_reaches_sap_but_app_a_does_not_reach_sap()
    {
        var network = ZonesEai();

        var toEai = Ask(network, "app-a", "eai", 443);
        toEai.Disposition.ShouldBe(Disposition.Accepted);
        toEai.Paths.Single().Devices.ShouldBe(["app-a", "sw-a", "r-a", "fw-ab", "sw-int", "eai"]);
        toEai.DecidedBy!.RuleName.ShouldBe("a-to-eai");

        var eaiToSap = Ask(network, "eai", "sap", 3300);
        eaiToSap.Disposition.ShouldBe(Disposition.Accepted);
        eaiToSap.Paths.Single().Devices.ShouldBe(["eai", "sw-int", "fw-ab", "sw-b", "sap"]);
        eaiToSap.DecidedBy.ShouldBe(new RuleReference("fw-ab", "eai-to-sap", 2, RuleAction.Allow));

        var direct = Ask(network, "app-a", "sap", 3300);
        direct.Disposition.ShouldBe(Disposition.DeniedOut);
        direct.Paths.Single().Devices.ShouldBe(["app-a", "sw-a", "r-a", "fw-ab"]);
        direct.DecidedBy!.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public void Pc1_cannot_reach_pc3_across_vlans_without_a_router()
    {
        var answer = Ask(Vlans(VlanJoin.Nothing, gateways: false), "PC1", "PC3", null, Protocol.Icmp);

        answer.Disposition.ShouldBe(Disposition.NoRoute);
        answer.Paths.Single().Devices.ShouldBe(["PC1"]);
    }

    [Fact]
    public void Pc1_with_a_gateway_but_no_router_finds_no_neighbour_in_its_vlan()
    {
        var answer = Ask(Vlans(VlanJoin.Nothing), "PC1", "PC3", 22);

        answer.Disposition.ShouldBe(Disposition.NeighborUnreachable);
    }

    [Fact]
    public void Pc1_reaches_pc2_in_the_same_vlan()
    {
        var answer = Ask(Vlans(VlanJoin.Nothing, gateways: false), "PC1", "PC2", 22);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Paths.Single().Devices.ShouldBe(["PC1", "sw1", "PC2"]);
    }

    [Fact]
    public void Pc1_reaches_pc3_through_the_router_with_gateways_set()
    {
        var network = Vlans(VlanJoin.Router);

        var ping = Ask(network, "PC1", "PC3", null, Protocol.Icmp);
        ping.Disposition.ShouldBe(Disposition.Accepted);
        ping.Paths.Single().Devices.ShouldBe(["PC1", "sw1", "r1", "sw1", "PC3"]);

        var ssh = Ask(network, "PC1", "PC3", 22);
        ssh.Disposition.ShouldBe(Disposition.Accepted);
        ssh.DecidedBy.ShouldBeNull();
    }

    [Fact]
    public void A_firewall_without_rules_between_the_vlans_denies_pc1_to_pc3()
    {
        var answer = Ask(Vlans(VlanJoin.Firewall), "PC1", "PC3", 22);

        answer.Disposition.ShouldBe(Disposition.DeniedOut);
        answer.Paths.Single().Devices.ShouldBe(["PC1", "sw1", "fw1"]);
        answer.DecidedBy.ShouldBe(new RuleReference("fw1", "default", null, RuleAction.Deny));
    }

    [Fact]
    public void User_reaches_the_lb_on_443_and_is_delivered_to_every_pool_member()
    {
        var answer = Ask(WebLb(), "user", "lb", 443);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Paths.Select(p => p.Devices[^1]).ShouldBe(["web1", "web2", "web3"]);
        answer.Paths[0].Devices.ShouldBe(["user", "sw-out", "fw-edge", "r1", "sw-dc", "lb", "sw-dc", "web1"]);
        answer.DecidedBy.ShouldBe(new RuleReference("fw-edge", "https-in", 2, RuleAction.Allow));
        var lbHop = answer.Paths[0].Hops[5];
        lbHop.Steps.OfType<LoadBalancerChoiceStep>().Single().ShouldBe(
            new LoadBalancerChoiceStep("web-vip", "web1:443", ["web1:443", "web2:443", "web3:443"]), new LoadBalancerChoiceComparer());
        lbHop.Steps.OfType<NatStep>().Select(n => n.Kind).ShouldBe([NatKind.Destination, NatKind.Source]);
        answer.Paths[0].Return!.Devices.ShouldBe(["web1", "sw-dc", "lb", "sw-dc", "r1", "fw-edge", "sw-out", "user"]);
    }

    [Fact]
    public void User_is_denied_ssh_at_fw_edge_by_its_default_rule()
    {
        var answer = Ask(WebLb(), "user", "lb", 22);

        answer.Disposition.ShouldBe(Disposition.DeniedOut);
        answer.Paths.Single().Devices.ShouldBe(["user", "sw-out", "fw-edge"]);
        answer.DecidedBy.ShouldBe(new RuleReference("fw-edge", "default", null, RuleAction.Deny));
    }

    [Fact]
    public void When_web2_fails_its_health_checks_traffic_goes_to_web1_and_web3_only()
    {
        var answer = Ask(WebLb(web2Healthy: false), "user", "lb", 443);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Paths.Select(p => p.Devices[^1]).ShouldBe(["web1", "web3"]);
    }

    [Fact]
    public void Vm_new1_reaches_the_share()
    {
        var answer = Ask(NasShare(), "vm-new1", "share1", null);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Flow.Port.ShouldBe(2049);
        answer.Paths.Single().Devices.ShouldBe(["vm-new1", "sw-storage", "nas"]);
        answer.Paths.Single().Hops[^1].Steps.ShouldContain(new ShareAclStep("share1", "10.5.0.31", true));
    }

    [Fact]
    public void Vm1_is_refused_by_the_share_acl_not_by_the_network()
    {
        var answer = Ask(NasShare(), "vm1", "share1", null);

        answer.Disposition.ShouldBe(Disposition.RefusedByShareAcl);
        answer.Paths.Single().Devices.ShouldBe(["vm1", "sw-storage", "nas"]);
        answer.DecidedBy.ShouldBeNull();
    }

    private sealed class LoadBalancerChoiceComparer : IEqualityComparer<LoadBalancerChoiceStep>
    {
        public bool Equals(LoadBalancerChoiceStep? x, LoadBalancerChoiceStep? y) =>
            x is not null && y is not null && x.Service == y.Service && x.Member == y.Member && x.HealthyMembers.SequenceEqual(y.HealthyMembers);

        public int GetHashCode(LoadBalancerChoiceStep obj) => obj.Service.GetHashCode();
    }
}
