using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Interop;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class ReadOnlyDiagramTests
{
    private readonly Diagram _diagram = TestDiagram.Create(o => o with { ReadOnly = true });

    private bool Send(CanvasGesture gesture) => _diagram.Behaviors.Gestures.Handle(_diagram, gesture);

    [Fact]
    public void A_drag_on_a_read_only_diagram_is_refused_and_moves_nothing()
    {
        var a = _diagram.Node("a", 0, 0);

        Send(new CanvasGesture("move", NodeId: "a", Dx: 30, Dy: 10)).ShouldBeFalse();

        a.Position.ShouldBe(new Point(0, 0));
    }

    [Fact]
    public void A_click_still_selects_to_inspect()
    {
        var a = _diagram.Node("a", 0, 0);

        Send(new CanvasGesture("click", NodeId: "a"));

        a.Selected.ShouldBeTrue();
    }

    [Fact]
    public void Delete_and_nudge_keys_do_nothing_but_zoom_keys_still_work()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);

        Send(new CanvasGesture("key", Key: "Delete")).ShouldBeFalse();
        Send(new CanvasGesture("key", Key: "ArrowRight")).ShouldBeFalse();

        _diagram.GetNode("a").ShouldNotBeNull();
        a.Position.ShouldBe(new Point(0, 0));
        Send(new CanvasGesture("key", Key: "+")).ShouldBeTrue();
    }

    [Fact]
    public void The_browser_is_told_the_drawing_is_read_only_and_hears_no_editing_shortcuts()
    {
        var settings = CanvasSettings.From(_diagram, panOnEmptyDrag: true);

        settings.ReadOnly.ShouldBeTrue();
        settings.Shortcuts.ShouldNotContain("Delete");
        settings.Shortcuts.ShouldContain("0");
    }

    [Fact]
    public void A_new_link_on_a_read_only_diagram_is_refused()
    {
        _diagram.Node("a", 0, 0);
        _diagram.Node("b", 300, 0);

        Send(new CanvasGesture("connect", NodeId: "a", TargetNodeId: "b"));

        _diagram.Links.ShouldBeEmpty();
    }
}
