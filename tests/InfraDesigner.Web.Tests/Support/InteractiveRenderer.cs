using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// A component rendered once in bUnit and then used: a test raises a change or a click on an element
/// (found by one of its attributes, as the markup has it) and reads the markup again; the component
/// keeps its state between events, as in a circuit.
/// </summary>
public sealed class InteractiveRenderer(BunitContext bunit)
{
    private IRenderedComponent<IComponent>? _rendered;

    public IDocument Document { get; private set; } = ComponentTestBase.Document("");

    public Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        _rendered = bunit.Render(ComponentTestBase.WithParameters<TComponent>(parameters));
        return ReadAsync();
    }

    /// <summary>Types <paramref name="text"/> into the element whose <paramref name="attribute"/> is <paramref name="value"/> and leaves it (a change event).</summary>
    public async Task<IDocument> ChangeAsync(string attribute, string value, string text)
    {
        await Find(attribute, value).ChangeAsync(new ChangeEventArgs { Value = text });
        return await ReadAsync();
    }

    /// <summary>Picks the option shown as <paramref name="optionText"/> in the select whose <paramref name="attribute"/> is <paramref name="value"/>.</summary>
    public async Task<IDocument> ChooseAsync(string attribute, string value, string optionText)
    {
        var select = SelectInputs.FindWith($"[{attribute}='{value}']", Rendered);
        await select.ChooseAsync(optionText);
        return await ReadAsync();
    }

    /// <summary>The texts of the options of the select whose <paramref name="attribute"/> is <paramref name="value"/>, in order.</summary>
    public IReadOnlyList<string> OptionsOf(string attribute, string value) =>
        SelectInputs.FindWith($"[{attribute}='{value}']", Rendered).Texts;

    public async Task<IDocument> ClickAsync(string attribute, string value)
    {
        await Find(attribute, value).ClickAsync(new());
        return await ReadAsync();
    }

    /// <summary>The markup once <paramref name="condition"/> holds of it: for a component that finishes work after it renders (a question it sends).</summary>
    public async Task<IDocument> WhenAsync(Func<IDocument, bool> condition)
    {
        await Rendered.WaitForStateAsync(() => condition(ComponentTestBase.Document(Rendered.Markup)), TimeSpan.FromSeconds(10));
        return await ReadAsync();
    }

    private IRenderedComponent<IComponent> Rendered => _rendered ?? throw new InvalidOperationException("Render a component first.");

    private IElement Find(string attribute, string value) => Rendered.Find($"[{attribute}='{value}']");

    private Task<IDocument> ReadAsync()
    {
        Document = ComponentTestBase.Document(Rendered.Markup);
        return Task.FromResult(Document);
    }
}
