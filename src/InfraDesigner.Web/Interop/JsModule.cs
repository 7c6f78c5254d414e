using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>A JavaScript module of the app, imported on its first call and released with the wrapper.</summary>
public abstract class JsModule(IJSRuntime js, string path) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    protected async ValueTask<T> InvokeAsync<T>(string name, params object?[] args) =>
        await (await ModuleAsync()).InvokeAsync<T>(name, args);

    protected async ValueTask InvokeVoidAsync(string name, params object?[] args) =>
        await (await ModuleAsync()).InvokeVoidAsync(name, args);

    private async ValueTask<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", path);

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
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
