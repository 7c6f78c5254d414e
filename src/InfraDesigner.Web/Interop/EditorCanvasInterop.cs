using InfraDesigner.Diagrams.Geometry;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>The typed wrapper of Components/Canvas/TopologyCanvas.razor.js.</summary>
public sealed class EditorCanvasInterop(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    /// <summary>Lets elements marked data-dropzone take HTML5 drops (palette items, firewall rules).</summary>
    public async ValueTask AcceptDropsAsync() =>
        await (await ModuleAsync()).InvokeVoidAsync("acceptDrops");

    /// <summary>The top-left corner of an element in the browser window's coordinates.</summary>
    public async ValueTask<Point> OriginAsync(ElementReference element)
    {
        var origin = await (await ModuleAsync()).InvokeAsync<double[]>("origin", element);
        return new Point(origin[0], origin[1]);
    }

    /// <summary>Scrolls the first element matching a CSS selector into view.</summary>
    public async ValueTask RevealAsync(string selector) =>
        await (await ModuleAsync()).InvokeVoidAsync("reveal", selector);

    private async ValueTask<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./Components/Canvas/TopologyCanvas.razor.js");

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try
        {
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the module with it.
        }
    }
}
