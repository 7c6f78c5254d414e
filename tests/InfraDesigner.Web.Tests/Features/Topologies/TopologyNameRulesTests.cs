using InfraDesigner.Web.Features.Topologies;

namespace InfraDesigner.Web.Tests.Features.Topologies;

public sealed class TopologyNameRulesTests
{
    private static readonly TopologySummary Plant = new(Guid.NewGuid(), "Plant network", "", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Plant network")]
    [InlineData("  plant NETWORK ")]
    public void A_name_another_topology_has_is_warned_as_people_read_names(string name) =>
        TopologyNameRules.DuplicateWarning(name, [Plant]).ShouldBe($"Another topology is already named '{name.Trim()}'.");

    [Fact]
    public void A_topology_keeping_its_own_name_is_not_warned() =>
        TopologyNameRules.DuplicateWarning("Plant network", [Plant], self: Plant.Id).ShouldBeNull();

    [Fact]
    public void A_new_name_is_not_warned() =>
        TopologyNameRules.DuplicateWarning("Plant network 2", [Plant]).ShouldBeNull();
}
