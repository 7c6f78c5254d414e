using InfraDesigner.Data.Documents;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Tests.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Topologies;

public sealed class TopologyModelsTests : EditingTestBase
{
    private TopologyModels Models => Service<TopologyModels>();

    [Fact]
    public async Task Two_opens_of_an_unchanged_topology_share_one_model()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);

        var first = await Models.OpenAsync(id);
        var second = await Models.OpenAsync(id);

        first.ShouldNotBeNull();
        second.ShouldBeSameAs(first);
        first.Topology.ShouldBe(SampleTopologies.Get("zones-firewall").Topology);
    }

    [Fact]
    public async Task An_edit_makes_the_next_open_read_the_new_version()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-firewall").Topology);
        var before = await Models.OpenAsync(id);
        var session = await OpenAsync(id);
        var vm = session.Topology!.ElementsOf<VirtualMachine>().First();

        await session.ApplyAsync(t => TopologyEdits.Update<VirtualMachine>(t, vm.Name, x => x with { VCpu = x.VCpu + 3 }));
        var after = await Models.OpenAsync(id);

        after.ShouldNotBeSameAs(before);
        after!.Version.ShouldBeGreaterThan(before!.Version);
        after.Topology.FindElement(vm.Name).ShouldBeOfType<VirtualMachine>().VCpu.ShouldBe(vm.VCpu + 3);
        after.ItemVersions[new ItemKey("elements", vm.Name)].ShouldBeGreaterThan(before.ItemVersions[new ItemKey("elements", vm.Name)]);
    }

    [Fact]
    public async Task There_is_no_model_of_a_topology_that_does_not_exist()
    {
        (await Models.OpenAsync(Guid.NewGuid())).ShouldBeNull();
    }
}
