using InfraDesigner.Web.Components.Canvas;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>
/// The typed wrapper of Components/Reachability/PacketControls.razor.js. The module is one per page: the canvas loads the
/// stops of an answer, the Ask tab's controls play and step them. Calls answer the list key of the hop the packet is at.
/// </summary>
public sealed class PacketPlayerInterop(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public ValueTask<string?> LoadAsync(IReadOnlyList<IReadOnlyList<PacketHop>> routes) => CallAsync("load", routes);

    public async ValueTask ClearAsync() => await (await ModuleAsync()).InvokeVoidAsync("clear");

    public ValueTask<string?> SelectPathAsync(int path) => CallAsync("selectPath", path);

    public ValueTask<string?> PlayAsync() => CallAsync("play");

    public ValueTask<string?> PauseAsync() => CallAsync("pause");

    public ValueTask<string?> StepAsync(int delta) => CallAsync("step", delta);

    public ValueTask<string?> SeekAsync(string hopKey) => CallAsync("seek", hopKey);

    /// <summary>Marks the current hop again, e.g. in lists drawn anew.</summary>
    public async ValueTask RefreshAsync() => await (await ModuleAsync()).InvokeVoidAsync("refresh");

    public async ValueTask SetSpeedAsync(double speed) => await (await ModuleAsync()).InvokeVoidAsync("setSpeed", speed);

    private async ValueTask<string?> CallAsync(string name, params object?[] args) =>
        await (await ModuleAsync()).InvokeAsync<string?>(name, args);

    private async ValueTask<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./Components/Reachability/PacketControls.razor.js");

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
