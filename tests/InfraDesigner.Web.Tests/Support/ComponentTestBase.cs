using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// Renders components with bUnit and reads their markup as a document, so tests query it like a
/// browser's DOM. JavaScript calls are answered with defaults (MudBlazor's components make some on
/// render); a component whose behaviour depends on a script's answer belongs in a browser test.
/// </summary>
public abstract class ComponentTestBase : IAsyncDisposable
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The bUnit context the components render in; its services are <see cref="Services"/>.</summary>
    protected BunitContext Bunit { get; } = new();

    protected ComponentTestBase()
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    protected IServiceCollection Services => Bunit.Services;

    protected IServiceProvider Provider => Bunit.Services;

    protected Task<IDocument> Render<TComponent>(Dictionary<string, object?>? parameters = null) where TComponent : IComponent
    {
        var rendered = Bunit.Render<TComponent>(WithParameters<TComponent>(parameters ?? []));
        return Task.FromResult(Document(rendered.Markup));
    }

    /// <summary>The component with these parameters, by name, as markup would write them.</summary>
    public static RenderFragment WithParameters<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent => builder =>
    {
        builder.OpenComponent<TComponent>(0);
        foreach (var (name, value) in parameters) builder.AddComponentParameter(1, name, value);
        builder.CloseComponent();
    };

    public static IDocument Document(string markup) => Parser.ParseDocument($"<html><body>{markup}</body></html>");

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
