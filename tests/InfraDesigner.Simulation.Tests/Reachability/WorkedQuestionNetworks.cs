using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Model;
using static InfraDesigner.Simulation.Reachability.Model.AddressMatch;

namespace InfraDesigner.Simulation.Tests.Reachability;

/// <summary>The networks of the worked questions of DOMAIN.md, with the element names used there.</summary>
public static class WorkedQuestionNetworks
{
    /// <summary>[zones-firewall] app-a in zone A, sap in zone B, fw-ab between them (default deny).</summary>
    public static NetworkSnapshotBuilder ZonesFirewall(bool withAllowRule = false, Action<DeviceBuilder>? moreFirewall = null)
    {
        var network = new NetworkSnapshotBuilder()
            .Vm("app-a", "10.1.0.10/24", gateway: "10.1.0.1", on: ("sw-a", 10), zone: "A")
            .Vm("sap", "10.2.0.10/24", gateway: "10.2.0.1", on: ("sw-b", 20), zone: "B", configure: d => d.Listen("sap-gateway", 3300))
            .Router("r-a", r => r
                .Interface("vlan10", "10.1.0.1/24").Access("sw-a", 10)
                .Interface("to-fw", "10.0.1.1/30")
                .Route("0.0.0.0/0", "10.0.1.2"))
            .Firewall("fw-ab", f =>
            {
                f.Interface("zone-a", "10.0.1.2/30", zone: "A")
                    .Interface("zone-b", "10.2.0.1/24", zone: "B").Access("sw-b", 20)
                    .Route("10.1.0.0/16", "10.0.1.1");
                if (withAllowRule)
                    f.Allow("app-a-to-sap", OfDevice("app-a"), OfDevice("sap"), Protocol.Tcp, 3300);
                moreFirewall?.Invoke(f);
            })
            .Link("r-a", "to-fw", "fw-ab", "zone-a");
        return network;
    }

    /// <summary>[zones-eai] zones A and B plus the integration zone holding eai; policy "through the EAI".</summary>
    public static NetworkSnapshot ZonesEai() => ZonesFirewall(moreFirewall: f => f
            .Interface("zone-int", "10.3.0.1/24", zone: "INT").Access("sw-int", 30)
            .Allow("a-to-eai", OfZone("A"), OfDevice("eai"), Protocol.Tcp, 443)
            .Allow("eai-to-sap", OfDevice("eai"), OfDevice("sap"), Protocol.Tcp, 3300))
        .Vm("eai", "10.3.0.10/24", gateway: "10.3.0.1", on: ("sw-int", 30), zone: "INT", configure: d => d.Listen("eai-https", 443))
        .Build();

    public enum VlanJoin
    {
        Nothing,
        Router,
        Firewall,
    }

    /// <summary>[vlans] sw1: VLAN 10 (PC1, PC2), VLAN 20 (PC3, PC4); optionally joined by a router or a firewall without rules.</summary>
    public static NetworkSnapshot Vlans(VlanJoin join, bool gateways = true)
    {
        string? Gateway(int vlan) => gateways ? $"10.0.{vlan}.254" : null;
        var network = new NetworkSnapshotBuilder()
            .Host("PC1", "10.0.10.1/24", Gateway(10), ("sw1", 10), "business", configure: SshServer)
            .Host("PC2", "10.0.10.2/24", Gateway(10), ("sw1", 10), "business", configure: SshServer)
            .Host("PC3", "10.0.20.3/24", Gateway(20), ("sw1", 20), "operations", configure: SshServer)
            .Host("PC4", "10.0.20.4/24", Gateway(20), ("sw1", 20), "operations", configure: SshServer);
        void Interfaces(DeviceBuilder d) => d
            .Interface("vlan10", "10.0.10.254/24", zone: "business").Access("sw1", 10)
            .Interface("vlan20", "10.0.20.254/24", zone: "operations").Access("sw1", 20);
        return join switch
        {
            VlanJoin.Router => network.Router("r1", Interfaces).Build(),
            VlanJoin.Firewall => network.Firewall("fw1", Interfaces).Build(),
            _ => network.Build(),
        };
    }

    /// <summary>[web-lb] user -> fw-edge (80/443 only) -> router -> lb VIP 443 -> web1..web3.</summary>
    public static NetworkSnapshot WebLb(bool web2Healthy = true) => new NetworkSnapshotBuilder()
        .Host("user", "203.0.113.10/24", gateway: "203.0.113.1", on: ("sw-out", 1), zone: "Internet")
        .Firewall("fw-edge", f => f
            .Interface("outside", "203.0.113.1/24", zone: "Internet").Access("sw-out", 1)
            .Interface("inside", "10.0.0.1/30", zone: "DMZ")
            .Route("10.0.0.0/8", "10.0.0.2")
            .Allow("http-in", OfZone("Internet"), Any, Protocol.Tcp, 80)
            .Allow("https-in", OfZone("Internet"), Any, Protocol.Tcp, 443))
        .Router("r1", r => r
            .Interface("to-edge", "10.0.0.2/30")
            .Interface("dc", "10.0.1.1/24").Access("sw-dc", 100)
            .Route("0.0.0.0/0", "10.0.0.1"))
        .Link("fw-edge", "inside", "r1", "to-edge")
        .Device("lb", DeviceKind.LoadBalancer, d => d
            .Interface("eth0", "10.0.1.10/24", gateway: "10.0.1.1").Access("sw-dc", 100)
            .VirtualService("web-vip", "10.0.1.10", 443,
            [
                new PoolMember(System.Net.IPAddress.Parse("10.0.1.21"), 443),
                new PoolMember(System.Net.IPAddress.Parse("10.0.1.22"), 443, web2Healthy),
                new PoolMember(System.Net.IPAddress.Parse("10.0.1.23"), 443),
            ]), zone: "DMZ")
        .Vm("web1", "10.0.1.21/24", gateway: "10.0.1.1", on: ("sw-dc", 100), zone: "DMZ", configure: Https)
        .Vm("web2", "10.0.1.22/24", gateway: "10.0.1.1", on: ("sw-dc", 100), zone: "DMZ", configure: Https)
        .Vm("web3", "10.0.1.23/24", gateway: "10.0.1.1", on: ("sw-dc", 100), zone: "DMZ", configure: Https)
        .Build();

    /// <summary>[nas-share] nas serves share1 over NFS to vm-new1 and vm-new2 only; vm1..vm5 sit in the same VLAN.</summary>
    public static NetworkSnapshot NasShare()
    {
        var network = new NetworkSnapshotBuilder()
            .Device("nas", DeviceKind.Nas, d => d
                .Interface("eth0", "10.5.0.5/24").Access("sw-storage", 50)
                .Listen("nfs", 2049)
                .Share("share1", 2049, "10.5.0.31", "10.5.0.32"), zone: "storage")
            .Vm("vm-new1", "10.5.0.31/24", on: ("sw-storage", 50), zone: "storage")
            .Vm("vm-new2", "10.5.0.32/24", on: ("sw-storage", 50), zone: "storage");
        for (var i = 1; i <= 5; i++)
            network.Vm($"vm{i}", $"10.5.0.{10 + i}/24", on: ("sw-storage", 50), zone: "storage");
        return network.Build();
    }

    private static void SshServer(DeviceBuilder device) => device.Listen("ssh", 22);

    private static void Https(DeviceBuilder device) => device.Listen("https", 443);
}
