using InfraDesigner.Diagrams.Geometry;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>The typed wrapper of Components/Canvas/TopologyCanvas.razor.js.</summary>
public sealed class EditorCanvasInterop(IJSRuntime js) : JsModule(js, "./Components/Canvas/TopologyCanvas.razor.js")
{
    /// <summary>Lets elements marked data-dropzone take HTML5 drops (palette items, firewall rules).</summary>
    public ValueTask AcceptDropsAsync() => InvokeVoidAsync("acceptDrops");

    /// <summary>The top-left corner of an element in the browser window's coordinates.</summary>
    public async ValueTask<Point> OriginAsync(ElementReference element)
    {
        var origin = await InvokeAsync<double[]>("origin", element);
        return new Point(origin[0], origin[1]);
    }

    /// <summary>Scrolls the first element matching a CSS selector into view.</summary>
    public ValueTask RevealAsync(string selector) => InvokeVoidAsync("reveal", selector);
}
