using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Components.Canvas;

public sealed class CanvasLayoutTests
{
    private static (TopologyDiagram View, Topology Topology) Loaded(string sample)
    {
        var topology = SampleTopologies.Get(sample).Topology;
        var view = new TopologyDiagram();
        view.Load(topology);
        return (view, topology);
    }

    private static Topology Applied(TopologyDiagram view, Topology before, Func<Topology, Topology> edit)
    {
        var after = edit(before);
        view.Apply(after, TopologyItems.Diff(before, after));
        return after;
    }

    private static Element Dragged(Topology topology, string name) => topology.FindElement(name)!;

    [Fact]
    public void Elements_of_a_loaded_sample_are_not_placed_by_hand()
    {
        var (view, _) = Loaded("web-lb");

        view.Diagram.AllNodes.ShouldAllBe(n => !n.ManuallyPositioned);
    }

    [Fact]
    public void A_drag_is_stored_with_the_element_and_marks_its_node()
    {
        var (view, before) = Loaded("web-lb");

        var after = Applied(view, before, t => TopologyEdits.Move(t, [("web2", 900, 900)]));

        Dragged(after, "web2").Canvas.ManuallyPositioned.ShouldBeTrue();
        view.Diagram.GetNode("web2")!.ManuallyPositioned.ShouldBeTrue();
        view.Diagram.GetNode("web1")!.ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void An_element_stored_as_dragged_is_drawn_as_placed_by_hand_after_a_reload()
    {
        var (_, before) = Loaded("web-lb");
        var stored = TopologyEdits.Move(before, [("web2", 900, 900)]);

        var reloaded = new TopologyDiagram();
        reloaded.Load(stored);

        reloaded.Diagram.GetNode("web2")!.ManuallyPositioned.ShouldBeTrue();
    }

    [Fact]
    public void Layout_keeping_moved_elements_leaves_the_dragged_one_and_moves_the_others_clear_of_it()
    {
        var (view, before) = Loaded("web-lb");
        var moved = Applied(view, before, t => TopologyEdits.Move(t, [("web2", 900, 900)]));

        var after = Applied(view, moved, CanvasLayout.Edit(view, keepMoved: true));

        var web2 = Dragged(after, "web2").Canvas;
        (web2.X, web2.Y).ShouldBe((900, 900));
        web2.ManuallyPositioned.ShouldBeTrue();
        after.Elements.Where(e => e.Name != "web2").ShouldContain(e => e.Canvas != moved.FindElement(e.Name)!.Canvas);
        var kept = view.Diagram.GetNode("web2")!.Bounds;
        view.Diagram.Nodes.Where(n => n.Id != "web2" && !n.IsHidden).ShouldAllBe(n => !n.Bounds.Intersects(kept));
    }

    [Fact]
    public void Layout_of_everything_moves_the_dragged_element_too_and_forgets_the_drag()
    {
        var (view, before) = Loaded("web-lb");
        var moved = Applied(view, before, t => TopologyEdits.Move(t, [("web2", 900, 900)]));

        var after = Applied(view, moved, CanvasLayout.Edit(view, keepMoved: false));

        var web2 = Dragged(after, "web2").Canvas;
        (web2.X, web2.Y).ShouldNotBe((900, 900));
        web2.ManuallyPositioned.ShouldBeFalse();
        view.Diagram.GetNode("web2")!.ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void A_pasted_copy_of_a_dragged_element_is_not_placed_by_hand()
    {
        var (view, before) = Loaded("web-lb");
        Applied(view, before, t => TopologyEdits.Move(t, [("web2", 900, 900)]));
        view.Diagram.Select([view.Diagram.GetNode("web2")!]);

        view.Diagram.Behaviors.Clipboard.Copy(view.Diagram);
        var copy = view.Diagram.Behaviors.Clipboard.Paste(view.Diagram).Single();

        copy.ManuallyPositioned.ShouldBeFalse();
        ((IElementModel)copy).Element.Canvas.ManuallyPositioned.ShouldBeFalse();
    }
}
