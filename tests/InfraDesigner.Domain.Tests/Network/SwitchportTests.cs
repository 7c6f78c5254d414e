using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Tests.Network;

public sealed class SwitchportTests
{
    [Fact]
    public void An_access_port_carries_only_its_vlan()
    {
        var port = Switchport.Access(10);

        port.Carries(10).ShouldBeTrue();
        port.Carries(20).ShouldBeFalse();
    }

    [Fact]
    public void A_trunk_carries_its_allowed_vlans_and_its_native_vlan()
    {
        var trunk = Switchport.Trunk([10, 20], nativeVlan: 1);

        trunk.Carries(10).ShouldBeTrue();
        trunk.Carries(1).ShouldBeTrue();
        trunk.Carries(30).ShouldBeFalse();
    }
}
