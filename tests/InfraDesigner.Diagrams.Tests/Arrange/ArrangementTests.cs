using InfraDesigner.Diagrams.Arrange;
using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Arrange;

public class ArrangementTests
{
    private static readonly Arrangement Arrange = new(gap: 20);

    private static ArrangeItem Box(double x, double y, double w = 100, double h = 50, Rect? area = null) => new(new Rect(x, y, w, h), area);

    [Fact]
    public void Align_left_puts_every_left_edge_on_the_leftmost() =>
        Arrange.Align([Box(10, 0), Box(60, 100, 40), Box(200, 200)], AlignEdge.Left)
            .ShouldBe([new Point(10, 0), new Point(10, 100), new Point(10, 200)]);

    [Fact]
    public void Align_right_and_bottom_use_the_outermost_edge()
    {
        Arrange.Align([Box(0, 0, 100), Box(0, 100, 40)], AlignEdge.Right).ShouldBe([new Point(0, 0), new Point(60, 100)]);
        Arrange.Align([Box(0, 0, h: 50), Box(200, 10, h: 30)], AlignEdge.Bottom).ShouldBe([new Point(0, 0), new Point(200, 20)]);
    }

    [Fact]
    public void Align_centre_uses_the_centre_of_the_boxes_together() =>
        Arrange.Align([Box(0, 0, 100), Box(300, 100, 100)], AlignEdge.Centre).ShouldBe([new Point(150, 0), new Point(150, 100)]);

    [Fact]
    public void Aligning_boxes_side_by_side_on_their_left_stacks_them_apart_in_their_top_to_bottom_order()
    {
        var placed = Arrange.Align([Box(0, 0), Box(150, 10), Box(300, 0)], AlignEdge.Left);

        placed.ShouldBe([new Point(0, 0), new Point(0, 140), new Point(0, 70)]);
    }

    [Fact]
    public void Aligning_keeps_a_box_inside_its_frame()
    {
        var frame = new Rect(200, 0, 300, 300);

        var placed = Arrange.Align([Box(0, 0), Box(250, 100, area: frame)], AlignEdge.Left);

        placed[1].ShouldBe(new Point(200, 100));
    }

    [Fact]
    public void Distribute_makes_the_gaps_equal_and_keeps_the_outermost_boxes()
    {
        var placed = Arrange.Distribute([Box(0, 0), Box(400, 0), Box(130, 80, 60)], Axis.Horizontal);

        placed.ShouldBe([new Point(0, 0), new Point(400, 0), new Point(220, 80)]);
    }

    [Fact]
    public void Distributing_boxes_on_one_spot_spreads_them_a_gap_apart_in_their_order() =>
        Arrange.Distribute([Box(0, 0), Box(0, 0), Box(0, 0)], Axis.Vertical)
            .ShouldBe([new Point(0, 0), new Point(0, 70), new Point(0, 140)]);

    [Fact]
    public void Two_boxes_are_not_distributed() =>
        Arrange.Distribute([Box(0, 0), Box(500, 0)], Axis.Horizontal).ShouldBe([new Point(0, 0), new Point(500, 0)]);

    [Fact]
    public void Clamp_moves_a_box_in_as_little_as_possible_and_a_too_large_one_to_the_top_left()
    {
        var area = new Rect(0, 0, 200, 200);

        Arrangement.Clamp(new Rect(180, -10, 50, 50), area).ShouldBe(new Point(150, 0));
        Arrangement.Clamp(new Rect(50, 50, 300, 50), area).ShouldBe(new Point(0, 50));
        Arrangement.Clamp(new Rect(50, 50, 300, 50), null).ShouldBe(new Point(50, 50));
    }
}
