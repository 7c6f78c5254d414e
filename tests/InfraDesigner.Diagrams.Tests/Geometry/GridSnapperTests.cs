using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Geometry;

public class GridSnapperTests
{
    [Theory]
    [InlineData(9, 0)]
    [InlineData(11, 20)]
    [InlineData(-11, -20)]
    [InlineData(30, 40)]
    public void A_value_snaps_to_the_nearest_grid_line(double value, double expected) =>
        new GridSnapper(20).Snap(value).ShouldBe(expected);

    [Fact]
    public void A_zero_grid_leaves_values_alone() =>
        new GridSnapper(0).Snap(new Point(13.3, 7.1)).ShouldBe(new Point(13.3, 7.1));
}
