using InfraDesigner.Simulation.Placement;
using static InfraDesigner.Simulation.Tests.Placement.Clusters;

namespace InfraDesigner.Simulation.Tests.Placement;

/// <summary>Each VM's text describes the hosts as they were when that VM was tried, not after everything was placed.</summary>
public class PlacementTextsTests
{
    private static PlacementAnswer PlaceInTurn(PlacementStrategy strategy) => PlacementAnalyzer.Analyze(
        new ClusterState([Host("h", cores: 20, ramGb: 128)], []),
        new PlacementQuestion([Vm("a", 4, 100), Vm("b", 4, 64), Vm("c", 4, 16)], strategy, Order: VmOrder.AsGiven));

    [Theory]
    [InlineData(PlacementStrategy.BestFit)]
    [InlineData(PlacementStrategy.FirstFit)]
    public void A_vm_that_does_not_fit_is_explained_with_the_28_gb_free_when_it_was_tried_not_the_12_gb_left_at_the_end(PlacementStrategy strategy)
    {
        var answer = PlaceInTurn(strategy);

        // a takes 100 of 128 GB, so b (64 GB) sees 28 GB free; c (16 GB) then leaves 12 GB.
        answer.Unplaced.ShouldHaveSingleItem().Blocks.ShouldHaveSingleItem().Detail.ShouldBe("needs 64 GB RAM, 28 of 128 free");
        answer.Hosts.ShouldHaveSingleItem().Ram.Free.ShouldBe(12);
    }

    [Fact]
    public void A_placed_vm_says_what_its_host_had_left_right_after_taking_it()
    {
        var answer = PlaceInTurn(PlacementStrategy.BestFit);

        answer.Assignments.Select(a => a.Reason.Split("; ")[1]).ShouldBe(
        [
            "host left with 16 vCPU, 28 GB RAM, 1900 GB disk free",
            "host left with 12 vCPU, 12 GB RAM, 1800 GB disk free",
        ]);
    }
}
