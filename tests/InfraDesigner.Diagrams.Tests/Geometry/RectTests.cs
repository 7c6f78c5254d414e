using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Geometry;

public class RectTests
{
    [Fact]
    public void Rectangles_that_only_touch_do_not_intersect() =>
        new Rect(0, 0, 10, 10).Intersects(new Rect(10, 0, 10, 10)).ShouldBeFalse();

    [Fact]
    public void A_drag_from_any_corner_gives_the_same_rectangle() =>
        Rect.FromCorners(new Point(50, 10), new Point(0, 40)).ShouldBe(new Rect(0, 10, 50, 30));

    [Fact]
    public void The_union_of_nothing_is_null() => Rect.UnionOf([]).ShouldBeNull();

    [Fact]
    public void The_union_spans_every_rectangle() =>
        Rect.UnionOf([new Rect(0, 0, 10, 10), new Rect(-5, 20, 10, 10)]).ShouldBe(new Rect(-5, 0, 15, 30));
}
