using InfraDesigner.Diagrams.Behaviors;
using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Behaviors;

public class KeyboardShortcutsTests
{
    private readonly Diagram _diagram = TestDiagram.Create(o => o with { GridSize = 20 });

    private bool Press(string chord) => _diagram.Behaviors.Keyboard.Handle(_diagram, KeyChord.Parse(chord));

    [Theory]
    [InlineData("Ctrl+Shift+Z", "Z", true, true, false)]
    [InlineData("Delete", "Delete", false, false, false)]
    [InlineData("Ctrl++", "+", true, false, false)]
    [InlineData("alt+d", "D", false, false, true)]
    public void Chords_are_read_from_text(string text, string key, bool ctrl, bool shift, bool alt) =>
        KeyChord.Parse(text).ShouldBe(new KeyChord(key, ctrl, shift, alt));

    [Fact]
    public void Shift_does_not_matter_for_symbol_keys() =>
        KeyChord.FromBrowser("+", ctrl: false, meta: false, shift: true, alt: false).ShouldBe(KeyChord.Parse("+"));

    [Fact]
    public void The_browsers_lower_case_key_with_cmd_matches_the_ctrl_chord() =>
        KeyChord.FromBrowser("z", ctrl: false, meta: true, shift: false, alt: false).ShouldBe(KeyChord.Parse("Ctrl+Z"));

    [Fact]
    public void Ctrl_z_undoes_and_ctrl_y_and_ctrl_shift_z_redo()
    {
        _diagram.Node("a", 0, 0);

        Press("Ctrl+Z").ShouldBeTrue();
        _diagram.Nodes.ShouldBeEmpty();
        Press("Ctrl+Y");
        _diagram.Nodes.Count.ShouldBe(1);
        Press("Ctrl+Z");
        Press("Ctrl+Shift+Z");
        _diagram.Nodes.Count.ShouldBe(1);
    }

    [Fact]
    public void Delete_removes_the_selection_but_not_locked_nodes()
    {
        var a = _diagram.Node("a", 0, 0);
        var locked = _diagram.Node("b", 200, 0);
        _diagram.SetLocked(locked, true);
        _diagram.SelectAll();

        Press("Delete");

        _diagram.Nodes.ShouldBe([locked]);
    }

    [Fact]
    public void Copy_then_paste_and_duplicate_add_nodes()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);

        Press("Ctrl+C");
        Press("Ctrl+V");
        Press("Ctrl+D");

        _diagram.Nodes.Count.ShouldBe(3);
    }

    [Fact]
    public void Arrow_keys_nudge_the_selection_by_one_grid_step()
    {
        var a = _diagram.Node("a", 0, 0);
        _diagram.Select([a]);

        Press("ArrowRight");
        Press("ArrowDown");

        a.Position.ShouldBe(new Point(20, 20));
    }

    [Fact]
    public void An_unknown_chord_is_not_handled() => Press("Ctrl+Alt+Q").ShouldBeFalse();

    [Fact]
    public void A_host_can_add_its_own_shortcut_for_the_help_dialog()
    {
        var ran = false;
        _diagram.Behaviors.Keyboard.Add("Ctrl+L", "Auto layout", _ => ran = true);

        Press("Ctrl+L");

        ran.ShouldBeTrue();
        _diagram.Behaviors.Keyboard.All.ShouldContain(s => s.Description == "Auto layout" && s.Chord.ToString() == "Ctrl+L");
    }
}
