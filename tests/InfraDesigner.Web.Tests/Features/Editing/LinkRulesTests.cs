using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class LinkRulesTests
{
    [Fact]
    public void A_vm_is_not_cabled_to_another_vm()
    {
        LinkRules.Refusal(new VirtualMachine { Name = "a" }, new VirtualMachine { Name = "b" })
            .ShouldBe("A VM connects to a switch, not to another VM.");
    }

    [Fact]
    public void A_vm_is_cabled_to_a_switch_and_a_switch_to_a_router()
    {
        LinkRules.Refusal(new VirtualMachine { Name = "a" }, new Switch { Name = "sw" }).ShouldBeNull();
        LinkRules.Refusal(new Switch { Name = "sw" }, new Router { Name = "rt" }).ShouldBeNull();
    }

    [Fact]
    public void A_cluster_is_never_cabled()
    {
        LinkRules.Refusal(new Cluster { Name = "c" }, new Switch { Name = "sw" }).ShouldNotBeNull();
    }
}
