using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using InfraDesigner.Diagrams.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace InfraDesigner.Diagrams.Tests.Components;

/// <summary>Renders a <see cref="DiagramCanvas"/> on the framework's HtmlRenderer and reads the markup back.</summary>
internal sealed class CanvasRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;
    private HtmlRootComponent? _root;

    public CanvasRenderer()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IJSRuntime, NoBrowser>()
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
    }

    /// <summary>Renders the canvas, optionally with a minimap and zoom controls inside it.</summary>
    public async Task<IDocument> RenderAsync(Diagram diagram, bool withOverlays = false)
    {
        var parameters = new Dictionary<string, object?> { ["Diagram"] = diagram };
        if (withOverlays)
            parameters["ChildContent"] = (RenderFragment)(builder =>
            {
                builder.OpenComponent<Minimap>(0);
                builder.CloseComponent();
                builder.OpenComponent<ZoomControls>(1);
                builder.CloseComponent();
            });
        _root = await _renderer.Dispatcher.InvokeAsync(() =>
            _renderer.RenderComponentAsync<DiagramCanvas>(ParameterView.FromDictionary(parameters)));
        return await MarkupAsync();
    }

    /// <summary>The markup after the renderer has caught up with every change so far.</summary>
    public async Task<IDocument> MarkupAsync()
    {
        // The canvas renders once after a burst of changes, from the dispatcher's queue: let it run.
        await _renderer.Dispatcher.InvokeAsync(() => { });
        await _root!.Value.QuiescenceTask;
        var html = await _renderer.Dispatcher.InvokeAsync(() => _root.Value.ToHtmlString());
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Runs a change on the renderer's dispatcher, as a circuit would.</summary>
    public Task ChangeAsync(Action change) => _renderer.Dispatcher.InvokeAsync(change);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>HtmlRenderer never runs after-render code, so the browser module is never called.</summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException("No browser in component tests.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException("No browser in component tests.");
    }
}
