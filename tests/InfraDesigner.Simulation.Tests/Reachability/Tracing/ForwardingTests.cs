using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Simulation.Tests.Reachability.Tracing;

public class ForwardingTests
{
    private static TraceAnswer Trace(NetworkSnapshot network, string from, string to, int port = 22) =>
        TraceAnalyzer.Analyze(network, new TraceQuestion(from, to, Protocol.Tcp, port));

    private static NetworkSnapshot ThreeWayRouter() => new NetworkSnapshotBuilder()
        .Host("pc", "10.9.0.10/24", gateway: "10.9.0.1", on: ("sw", 1))
        .Router("r", r => r
            .Interface("lan", "10.9.0.1/24").Access("sw", 1)
            .Interface("a", "192.168.1.1/30").Interface("b", "192.168.2.1/30").Interface("c", "192.168.3.1/30")
            .Route("10.0.0.0/8", "192.168.1.2")
            .Route("10.1.0.0/16", "192.168.2.2")
            .Route("10.1.2.0/24", "192.168.3.2"))
        .Host("via-a", "192.168.1.2/30").Host("via-b", "192.168.2.2/30").Host("via-c", "192.168.3.2/30")
        .Link("r", "a", "via-a", "eth0").Link("r", "b", "via-b", "eth0").Link("r", "c", "via-c", "eth0")
        .Build();

    [Theory]
    [InlineData("10.1.2.5", "via-c", "10.1.2.0/24")]
    [InlineData("10.1.9.9", "via-b", "10.1.0.0/16")]
    [InlineData("10.200.0.1", "via-a", "10.0.0.0/8")]
    public void The_longest_matching_prefix_wins(string destination, string nextHop, string prefix)
    {
        var answer = Trace(ThreeWayRouter(), "pc", destination);

        var path = answer.Paths.Single();
        path.Devices[^1].ShouldBe(nextHop);
        path.Hops[2].Steps.OfType<RoutingStep>().Single().Prefix.ShouldBe(prefix);
        answer.Disposition.ShouldBe(Disposition.NotForwarded);
    }

    [Fact]
    public void An_address_no_route_covers_is_dropped_with_no_route()
    {
        var answer = Trace(ThreeWayRouter(), "pc", "172.16.0.1");

        answer.Disposition.ShouldBe(Disposition.NoRoute);
        answer.Paths.Single().Devices.ShouldBe(["pc", "sw", "r"]);
    }

    [Fact]
    public void Equal_cost_routes_give_one_path_each()
    {
        var network = new NetworkSnapshotBuilder()
            .Host("pc", "10.9.0.10/24", gateway: "10.9.0.1", on: ("sw", 1))
            .Router("r", r => r
                .Interface("lan", "10.9.0.1/24").Access("sw", 1)
                .Interface("a", "192.168.1.1/30").Interface("b", "192.168.2.1/30")
                .Route("10.5.0.0/16", "192.168.1.2").Route("10.5.0.0/16", "192.168.2.2"))
            .Router("ra", r => r.Interface("r", "192.168.1.2/30").Interface("lan", "10.5.0.1/24").Access("sw5", 5).Route("10.9.0.0/24", "192.168.1.1"))
            .Router("rb", r => r.Interface("r", "192.168.2.2/30").Interface("lan", "10.5.0.2/24").Access("sw5", 5).Route("10.9.0.0/24", "192.168.2.1"))
            .Host("srv", "10.5.0.10/24", gateway: "10.5.0.1", on: ("sw5", 5), configure: d => d.Listen("ssh", 22))
            .Link("r", "a", "ra", "r").Link("r", "b", "rb", "r")
            .Build();

        var answer = Trace(network, "pc", "srv");

        answer.Paths.Select(p => p.Devices[3]).ShouldBe(["ra", "rb"]);
        answer.Disposition.ShouldBe(Disposition.Accepted);
    }

    [Fact]
    public void Same_subnet_in_different_vlans_is_isolated_at_layer_2()
    {
        var network = new NetworkSnapshotBuilder()
            .Host("a", "10.0.0.1/24", on: ("sw", 10))
            .Host("b", "10.0.0.2/24", on: ("sw", 20), configure: d => d.Listen("ssh", 22))
            .Build();

        var answer = Trace(network, "a", "b");

        answer.Disposition.ShouldBe(Disposition.NeighborUnreachable);
        answer.Paths.Single().Devices.ShouldBe(["a"]);
    }

    [Fact]
    public void A_trunk_carries_only_its_allowed_vlans()
    {
        var network = new NetworkSnapshotBuilder()
            .Host("a10", "10.0.10.1/24", on: ("sw1", 10)).Host("a30", "10.0.30.1/24", on: ("sw1", 30))
            .Host("b10", "10.0.10.2/24", on: ("sw2", 10), configure: d => d.Listen("ssh", 22))
            .Host("b30", "10.0.30.2/24", on: ("sw2", 30), configure: d => d.Listen("ssh", 22))
            .Trunk("sw1", "sw2", [10, 20])
            .Build();

        var carried = Trace(network, "a10", "b10");
        carried.Disposition.ShouldBe(Disposition.Accepted);
        carried.Paths.Single().Devices.ShouldBe(["a10", "sw1", "sw2", "b10"]);
        carried.Paths.Single().Hops[1].Steps[^1].ShouldBe(new ExitInterfaceStep("p3", 10));

        Trace(network, "a30", "b30").Disposition.ShouldBe(Disposition.NeighborUnreachable);
    }

    [Fact]
    public void A_native_vlan_mismatch_joins_the_two_native_vlans()
    {
        var network = new NetworkSnapshotBuilder()
            .Device("sw1", DeviceKind.Switch, d => d.Port("uplink", new TrunkPort([30], 10)))
            .Device("sw2", DeviceKind.Switch, d => d.Port("uplink", new TrunkPort([30], 20)))
            .Link("sw1", "uplink", "sw2", "uplink")
            .Host("a", "10.0.0.1/24", on: ("sw1", 10))
            .Host("b", "10.0.0.2/24", on: ("sw2", 20), configure: d => d.Listen("ssh", 22))
            .Host("c", "10.0.0.3/24", on: ("sw2", 10), configure: d => d.Listen("ssh", 22))
            .Build();

        Trace(network, "a", "b").Disposition.ShouldBe(Disposition.Accepted);
        Trace(network, "a", "c").Disposition.ShouldBe(Disposition.NeighborUnreachable);
    }

    [Fact]
    public void A_router_on_a_stick_routes_between_tagged_sub_interfaces()
    {
        var network = new NetworkSnapshotBuilder()
            .Host("a", "10.0.10.1/24", gateway: "10.0.10.254", on: ("sw", 10))
            .Host("b", "10.0.20.1/24", gateway: "10.0.20.254", on: ("sw", 20), configure: d => d.Listen("ssh", 22))
            .Router("r", r => r
                .Interface("eth0.10", "10.0.10.254/24").Tagged("sw", 10)
                .Interface("eth0.20", "10.0.20.254/24").Tagged("sw", 20))
            .Build();

        var answer = Trace(network, "a", "b");

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Paths.Single().Hops[2].Steps[0].ShouldBe(new EnterInterfaceStep("eth0.10", 10));
    }

    [Fact]
    public void Two_routers_pointing_their_default_routes_at_each_other_loop()
    {
        var network = new NetworkSnapshotBuilder()
            .Host("pc", "10.9.0.10/24", gateway: "10.9.0.1", on: ("sw", 1))
            .Router("r1", r => r.Interface("lan", "10.9.0.1/24").Access("sw", 1).Interface("p2p", "192.168.0.1/30").Route("0.0.0.0/0", "192.168.0.2"))
            .Router("r2", r => r.Interface("p2p", "192.168.0.2/30").Route("0.0.0.0/0", "192.168.0.1"))
            .Link("r1", "p2p", "r2", "p2p")
            .Build();

        var answer = Trace(network, "pc", "8.8.8.8");

        answer.Disposition.ShouldBe(Disposition.Loop);
        answer.Paths.Single().Devices.ShouldBe(["pc", "sw", "r1", "r2", "r1"]);
    }

    private static NetworkSnapshot Masqueraded(bool sourceNat) => new NetworkSnapshotBuilder()
        .Host("pc", "10.0.0.10/24", gateway: "10.0.0.1", on: ("lan", 1), zone: "inside")
        .Firewall("fw", f =>
        {
            f.Interface("in", "10.0.0.1/24", zone: "inside").Access("lan", 1)
                .Interface("out", "198.51.100.1/24", zone: "outside").Access("wan", 1)
                .Allow("outbound", AddressMatch.OfZone("inside"), AddressMatch.OfZone("outside"), Protocol.Any);
            if (sourceNat)
                f.SourceNat("out", "10.0.0.0/24");
        })
        .Host("web", "198.51.100.80/24", on: ("wan", 1), zone: "outside", configure: d => d.Listen("https", 443))
        .Build();

    [Fact]
    public void Source_nat_hides_the_client_and_the_reply_is_translated_back()
    {
        var answer = Trace(Masqueraded(sourceNat: true), "pc", "web", 443);

        answer.Disposition.ShouldBe(Disposition.Accepted);
        answer.Paths.Single().Hops[2].Steps.OfType<NatStep>().Single()
            .ShouldBe(new NatStep(NatKind.Source, "10.0.0.10:49152 -> 198.51.100.80:443 tcp", "198.51.100.1:49152 -> 198.51.100.80:443 tcp"));
        answer.Paths.Single().Return!.Hops[2].Steps.OfType<NatStep>().Single().Kind.ShouldBe(NatKind.Reverse);
    }

    [Fact]
    public void Without_source_nat_a_server_with_no_route_back_cannot_reply()
    {
        var answer = Trace(Masqueraded(sourceNat: false), "pc", "web", 443);

        answer.Disposition.ShouldBe(Disposition.ReturnBlocked);
        answer.Paths.Single().Return!.Disposition.ShouldBe(Disposition.NoRoute);
        answer.Reachable.ShouldBeFalse();
    }
}
