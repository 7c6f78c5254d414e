using InfraDesigner.Web.Components.Canvas;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>
/// The typed wrapper of Components/Reachability/PacketControls.razor.js. The module is one per page: the canvas loads the
/// stops of an answer, the Ask tab's controls play and step them. Calls answer the list key of the hop the packet is at.
/// </summary>
public sealed class PacketPlayerInterop(IJSRuntime js) : JsModule(js, "./Components/Reachability/PacketControls.razor.js")
{
    public ValueTask<string?> LoadAsync(IReadOnlyList<IReadOnlyList<PacketHop>> routes) => CallAsync("load", routes);

    public ValueTask ClearAsync() => InvokeVoidAsync("clear");

    public ValueTask<string?> SelectPathAsync(int path) => CallAsync("selectPath", path);

    public ValueTask<string?> PlayAsync() => CallAsync("play");

    public ValueTask<string?> PauseAsync() => CallAsync("pause");

    public ValueTask<string?> StepAsync(int delta) => CallAsync("step", delta);

    public ValueTask<string?> SeekAsync(string hopKey) => CallAsync("seek", hopKey);

    /// <summary>Marks the current hop again, e.g. in lists drawn anew.</summary>
    public ValueTask RefreshAsync() => InvokeVoidAsync("refresh");

    public ValueTask SetSpeedAsync(double speed) => InvokeVoidAsync("setSpeed", speed);

    private ValueTask<string?> CallAsync(string name, params object?[] args) => InvokeAsync<string?>(name, args);
}
