using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// Renders components with the framework's own <see cref="HtmlRenderer"/> (bUnit is not served here)
/// and parses the markup with AngleSharp, so tests query it like a browser's DOM.
/// </summary>
public abstract class ComponentTestBase : IAsyncDisposable
{
    private static readonly HtmlParser Parser = new();
    private ServiceProvider? _provider;

    protected ServiceCollection Services { get; } = new();

    /// <summary>The services built from <see cref="Services"/> on first use; components render with these.</summary>
    protected IServiceProvider Provider => _provider ??= BuildProvider();

    protected async Task<IDocument> Render<TComponent>(Dictionary<string, object?>? parameters = null) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Provider, Provider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters ?? []));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
        return Parser.ParseDocument($"<html><body>{html}</body></html>");
    }

    private ServiceProvider BuildProvider()
    {
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        Services.AddSingleton<NavigationManager, TestNavigationManager>();
        Services.AddSingleton<IJSRuntime, NoBrowserJsRuntime>();
        return Services.BuildServiceProvider();
    }

    /// <summary>Static rendering calls no JavaScript; a component that tries belongs in a browser test.</summary>
    private sealed class NoBrowserJsRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"Component tests have no browser; '{identifier}' needs a Playwright test.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }

    private sealed class TestNavigationManager : NavigationManager
    {
        public TestNavigationManager() => Initialize("http://localhost/", "http://localhost/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null) await _provider.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
