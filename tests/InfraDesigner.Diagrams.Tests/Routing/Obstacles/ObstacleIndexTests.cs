using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing.Obstacles;

namespace InfraDesigner.Diagrams.Tests.Routing.Obstacles;

public class ObstacleIndexTests
{
    [Fact]
    public void A_query_returns_each_box_touching_the_area_once()
    {
        var wide = new Rect(0, 0, 1000, 50);
        var near = new Rect(300, 100, 50, 50);
        var far = new Rect(3000, 3000, 50, 50);
        var index = new ObstacleIndex([wide, near, far], cellSize: 100);

        index.In(new Rect(250, 40, 100, 60)).ShouldBe([wide, near], ignoreOrder: true);
    }

    [Fact]
    public void An_area_with_nothing_in_it_returns_nothing() =>
        new ObstacleIndex([new Rect(0, 0, 10, 10)]).In(new Rect(500, 500, 10, 10)).ShouldBeEmpty();
}
