using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>
/// The editor driven by a user whose effort is counted: each click, double-click, right-click and drag is one
/// mouse action (clicking into a field before typing is one too), each value typed and committed one typed value.
/// </summary>
public sealed class CountedUser(EditorPage editor)
{
    private readonly List<string> _actions = [];

    public EditorPage Editor => editor;

    public int MouseActions { get; private set; }

    public int TypedValues { get; private set; }

    /// <summary>What was done, one line per action, numbered as counted.</summary>
    public IReadOnlyList<string> Actions => _actions;

    public async Task DropAsync(string paletteId, double x, double y, string expectedId)
    {
        Mouse($"drag {paletteId} from the palette");
        await editor.DropAsync(paletteId, x, y, expectedId);
    }

    public async Task CableAsync(string from, string to)
    {
        Mouse($"drag a cable {from} → {to}");
        // The hand comes to the element before pressing on its port, as a user's does (moving is not an action).
        await editor.Node(from).HoverAsync();
        await editor.CableAsync(from, to);
    }

    public async Task SelectAsync(string id)
    {
        Mouse($"click {id}");
        await editor.SelectAsync(id);
    }

    public async Task ClickAsync(ILocator target, string what)
    {
        Mouse($"click {what}");
        await target.ClickAsync();
    }

    /// <summary>Clicks into a property field, types the value and leaves the field (which commits it); waits for the save.</summary>
    public async Task TypeAsync(ILocator field, string value)
    {
        Mouse($"click into {await field.GetAttributeAsync("data-field") ?? "a field"}");
        await field.ClickAsync();
        Typed(value);
        await editor.SetFieldAsync(field, value);
    }

    /// <summary>Opens the Ask tab, clicks into the question, types it and clicks Ask.</summary>
    public async Task AskAsync(string question)
    {
        await OpenTabAsync("Ask");
        var box = editor.Page.GetByRole(AriaRole.Textbox, new() { Name = "Question", Exact = true });
        Mouse("click into the question");
        await box.ClickAsync();
        Typed(question);
        await box.FillAsync(question);
        await ClickAsync(editor.Page.GetByTestId("ask-submit"), "Ask");
    }

    public Task OpenTabAsync(string name) =>
        ClickAsync(editor.Page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true }), $"the {name} tab");

    private void Mouse(string what) => _actions.Add($"{++MouseActions,2}. {what}");

    private void Typed(string value)
    {
        TypedValues++;
        _actions.Add($"    typed \"{value}\"");
    }
}
