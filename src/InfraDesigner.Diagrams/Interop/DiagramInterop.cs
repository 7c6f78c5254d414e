using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InfraDesigner.Diagrams.Interop;

/// <summary>The one typed wrapper around <c>wwwroot/diagram.js</c>.</summary>
public sealed class DiagramInterop(IJSRuntime js) : IAsyncDisposable
{
    private const string ModulePath = "./_content/InfraDesigner.Diagrams/diagram.js";
    private IJSObjectReference? _module;
    private IJSObjectReference? _canvas;
    private DotNetObjectReference<GestureReceiver>? _receiver;

    private async ValueTask<IJSObjectReference> Module() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    /// <summary>Starts listening to pointer, wheel and key events on the canvas element.</summary>
    public async ValueTask AttachAsync(ElementReference root, GestureReceiver receiver, CanvasSettings settings)
    {
        _receiver = DotNetObjectReference.Create(receiver);
        var module = await Module();
        _canvas = await module.InvokeAsync<IJSObjectReference>("attach", root, _receiver, settings);
    }

    public async ValueTask UpdateSettingsAsync(CanvasSettings settings)
    {
        if (_canvas is not null)
            await _canvas.InvokeVoidAsync("update", settings);
    }

    public async ValueTask FocusAsync()
    {
        if (_canvas is not null)
            await _canvas.InvokeVoidAsync("focus");
    }

    public async ValueTask DownloadSvgAsync(string svg, string fileName) =>
        await (await Module()).InvokeVoidAsync("downloadText", svg, fileName, "image/svg+xml");

    /// <summary>Draws the SVG onto a browser canvas at <paramref name="scale"/> and downloads it as PNG; answers the scale drawn (less for a picture too large for the browser).</summary>
    public async ValueTask<double> DownloadPngAsync(string svg, string fileName, double scale = 2) =>
        await (await Module()).InvokeAsync<double>("downloadPng", svg, fileName, scale);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_canvas is not null)
            {
                await _canvas.InvokeVoidAsync("dispose");
                await _canvas.DisposeAsync();
            }
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser already dropped everything.
        }
        _receiver?.Dispose();
    }
}
