using InfraDesigner.Diagrams.Export;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;

namespace InfraDesigner.Diagrams.Tests.Routing;

public class LinkLabelPlacementTests
{
    private static LinkModel Labelled(Diagram diagram, string id, string label)
    {
        var link = diagram.AddLink(new LinkModel(diagram.Node(id + "-a", -1000, -1000), diagram.Node(id + "-b", -1000, -900), id));
        diagram.SetLinkLabel(link, label);
        return link;
    }

    private static Rect BoxOf(LinkModel link, Point at) => LinkLabelPlacement.Box(at, TextFit.Width(link.Label!, LinkLabelPlacement.FontSize));

    [Fact]
    public void A_label_sits_in_the_middle_of_its_longest_horizontal_run_when_that_is_free()
    {
        var diagram = TestDiagram.Create();
        var link = Labelled(diagram, "l1", "VLAN 10");
        IReadOnlyList<Point> route = [new(0, 0), new(0, 100), new(400, 100), new(400, 140)];

        var placed = LinkLabelPlacement.Place([(link, route)], []);

        placed[link].ShouldBe(new Point(200, 100));
    }

    [Fact]
    public void Links_running_side_by_side_get_labels_that_do_not_overlap()
    {
        var diagram = TestDiagram.Create();
        var links = Enumerable.Range(0, 3).Select(i => Labelled(diagram, $"l{i}", $"VLAN {200 + i}")).ToList();
        // Three cables 4 px apart, as parallel runs into a switch are drawn.
        var routed = links.Select((l, i) => (l, (IReadOnlyList<Point>)[new(0, 100 + 4 * i), new(600, 100 + 4 * i)])).ToList();

        var placed = LinkLabelPlacement.Place(routed, []);

        var boxes = links.Select(l => BoxOf(l, placed[l].ShouldNotBeNull())).ToList();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                boxes[i].Intersects(boxes[j]).ShouldBeFalse($"{links[i].Label} overlaps {links[j].Label}");
    }

    [Fact]
    public void A_label_keeps_clear_of_the_boxes()
    {
        var diagram = TestDiagram.Create();
        var link = Labelled(diagram, "l1", "VLAN 30");
        var box = new Rect(150, 60, 100, 60);

        var at = LinkLabelPlacement.Place([(link, [new Point(0, 100), new Point(400, 100)])], [box])[link].ShouldNotBeNull();

        BoxOf(link, at).Intersects(box).ShouldBeFalse();
    }

    [Fact]
    public void A_label_with_no_free_spot_is_left_out_rather_than_drawn_over_another()
    {
        var diagram = TestDiagram.Create();
        var first = Labelled(diagram, "l1", "VLAN 10");
        var second = Labelled(diagram, "l2", "VLAN 20");
        IReadOnlyList<Point> shortRun = [new(0, 100), new(60, 100)];

        var placed = LinkLabelPlacement.Place([(first, shortRun), (second, shortRun)], []);

        placed[first].ShouldNotBeNull();
        placed[second].ShouldBeNull();
    }
}
