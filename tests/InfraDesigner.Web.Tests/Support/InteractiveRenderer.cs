using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.Logging;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// The framework's static HTML renderer, kept alive so a test can raise a change or click on an
/// element (found by one of its attributes, as the markup has it) and read the markup again;
/// the component keeps its state between events, as in a circuit.
/// </summary>
public sealed class InteractiveRenderer(IServiceProvider services, ILoggerFactory loggerFactory) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly EventRenderer _renderer = new(services, loggerFactory);
    private HtmlRootComponent? _root;

    public IDocument Document { get; private set; } = Parser.ParseDocument("");

    public async Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            _root = _renderer.BeginRenderingComponent(typeof(TComponent), ParameterView.FromDictionary(parameters));
            await _root.Value.QuiescenceTask;
        });
        return await ReadAsync();
    }

    /// <summary>Types <paramref name="text"/> into the element whose <paramref name="attribute"/> is <paramref name="value"/> and leaves it (a change event).</summary>
    public Task<IDocument> ChangeAsync(string attribute, string value, string text) =>
        DispatchAsync(attribute, value, "onchange", new ChangeEventArgs { Value = text });

    /// <summary>Picks the option shown as <paramref name="optionText"/> in the select whose <paramref name="attribute"/> is <paramref name="value"/>.</summary>
    public Task<IDocument> ChooseAsync(string attribute, string value, string optionText)
    {
        var option = Document.QuerySelectorAll($"select[{attribute}='{value}'] option").FirstOrDefault(o => o.TextContent.Trim() == optionText)
            ?? throw new InvalidOperationException($"No option '{optionText}' in the select with {attribute}='{value}'.");
        return ChangeAsync(attribute, value, option.GetAttribute("value")!);
    }

    public Task<IDocument> ClickAsync(string attribute, string value) =>
        DispatchAsync(attribute, value, "onclick", new MouseEventArgs());

    private async Task<IDocument> DispatchAsync(string attribute, string value, string eventName, EventArgs args)
    {
        await _renderer.Dispatcher.InvokeAsync(() => _renderer.DispatchAsync(attribute, value, eventName, args));
        return await ReadAsync();
    }

    private async Task<IDocument> ReadAsync()
    {
        var html = await _renderer.Dispatcher.InvokeAsync(() => _root!.Value.ToHtmlString());
        Document = Parser.ParseDocument($"<html><body>{html}</body></html>");
        return Document;
    }

#pragma warning disable BL0006 // Render tree frames are how a renderer finds an element's event handler; bUnit reads them the same way.
    public void Dispose() => _renderer.Dispose();

    private sealed class EventRenderer(IServiceProvider services, ILoggerFactory loggerFactory) : StaticHtmlRenderer(services, loggerFactory)
    {
        private readonly SortedSet<int> _live = [];

        public Task DispatchAsync(string attribute, string value, string eventName, EventArgs args)
        {
            var handler = FindHandler(_live.Min, attribute, value, eventName)
                ?? throw new InvalidOperationException($"No element with {attribute}='{value}' handles {eventName}.");
            return DispatchEventAsync(handler, null, args);
        }

        protected override Task UpdateDisplayAsync(in Microsoft.AspNetCore.Components.RenderTree.RenderBatch renderBatch)
        {
            for (var i = 0; i < renderBatch.UpdatedComponents.Count; i++) _live.Add(renderBatch.UpdatedComponents.Array[i].ComponentId);
            for (var i = 0; i < renderBatch.DisposedComponentIDs.Count; i++) _live.Remove(renderBatch.DisposedComponentIDs.Array[i]);
            return base.UpdateDisplayAsync(renderBatch);
        }

        /// <summary>The handler of the first element, in document order, with the attribute value and the event.</summary>
        private ulong? FindHandler(int componentId, string attribute, string value, string eventName)
        {
            var frames = GetCurrentRenderTreeFrames(componentId);
            for (var i = 0; i < frames.Count; i++)
            {
                var frame = frames.Array[i];
                if (frame.FrameType == Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameType.Component
                    && FindHandler(frame.ComponentId, attribute, value, eventName) is { } nested) return nested;
                if (frame.FrameType != Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameType.Element) continue;
                var (matches, handler) = (false, 0UL);
                for (var j = i + 1; j < frames.Count && frames.Array[j].FrameType == Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameType.Attribute; j++)
                {
                    var attributeFrame = frames.Array[j];
                    matches |= attributeFrame.AttributeName == attribute
                        && Convert.ToString(attributeFrame.AttributeValue, System.Globalization.CultureInfo.InvariantCulture) == value;
                    if (attributeFrame.AttributeName == eventName) handler = attributeFrame.AttributeEventHandlerId;
                }
                if (matches && handler != 0) return handler;
            }
            return null;
        }
    }
#pragma warning restore BL0006
}
