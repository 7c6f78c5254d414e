using AngleSharp.Dom;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Panels;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>Panels on the app's real services and a migrated temporary SQLite file, with a session open on a stored topology.</summary>
public abstract class PanelTestBase : AppComponentTestBase
{
    private InteractiveRenderer? _renderer;

    protected Guid TopologyId { get; private set; }

    /// <summary>The renderer of the panel a test interacts with; it keeps the panel's state between events.</summary>
    protected InteractiveRenderer Panel => _renderer ??= new InteractiveRenderer(Bunit);

    protected async Task<EditingSession> OpenAsync(Topology topology)
    {
        await MigrateAsync();
        TopologyId = await Store.CreateAsync(TopologyDocumentSerializer.Export(topology, indented: false), ownerId: null);
        var session = ActivatorUtilities.CreateInstance<EditingSession>(Provider);
        (await session.OpenAsync(TopologyId)).ShouldBeTrue();
        return session;
    }

    /// <summary>The properties panel with <paramref name="element"/> selected, interactive through <see cref="Panel"/>.</summary>
    protected Task<IDocument> SelectAsync(EditingSession session, string element) =>
        Panel.RenderAsync<PropertiesPanel>(new() { ["Session"] = session, ["SelectedId"] = element });

    /// <summary>What the store holds now, read back as a new session would.</summary>
    protected async Task<Topology> StoredAsync()
    {
        var stored = await Store.LoadAsync(TopologyId);
        return stored!.ReadTopology();
    }

    /// <summary>The message shown in the field around the input with this data-field (error, or else hint).</summary>
    protected static string? MessageAt(IDocument page, string field) =>
        page.QuerySelector($"[data-field='{field}']")?.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim();

    protected static string? ValueAt(IDocument page, string field) => page.QuerySelector($"[data-field='{field}']")?.GetAttribute("value");

    private TopologyStore Store => Service<TopologyStore>();
}
