using InfraDesigner.Data;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.E2E.Support;

/// <summary>
/// The app's database opened from the test process, as a second app instance on the same database
/// would open it: its writes go through the same store but never through the running app's broadcaster.
/// </summary>
public sealed class OtherAppInstance(AppProcess app) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddInfraDesignerData(DatabaseSettings.Sqlite(app.ConnectionString))
        .BuildServiceProvider();

    public TopologyStore Store => _services.GetRequiredService<TopologyStore>();

    /// <summary>Changes one element as an edit in that instance would: only its item, at the version stored now.</summary>
    public async Task UpdateElementAsync(Guid topologyId, string name, Func<Element, Element> change)
    {
        var stored = await Store.LoadAsync(topologyId) ?? throw new InvalidOperationException($"There is no topology {topologyId}.");
        var element = (await ElementAsync(topologyId, name)) ?? throw new InvalidOperationException($"There is no element {name}.");
        var key = new ItemKey("elements", name);
        var json = TopologyItemSerializer.Serialize(change(element)).Json;
        await Store.ApplyAsync(topologyId, [ItemChange.Update(key, json, stored.ItemVersions[key])]);
    }

    /// <summary>Renames one element as an edit in that instance would: its item and the links to it, at the versions stored now.</summary>
    public async Task RenameElementAsync(Guid topologyId, string oldName, string newName)
    {
        var stored = await Store.LoadAsync(topologyId) ?? throw new InvalidOperationException($"There is no topology {topologyId}.");
        var topology = TopologyDocumentSerializer.ReadStored(stored.DocumentJson).Topology!;
        var element = topology.FindElement(oldName) ?? throw new InvalidOperationException($"There is no element {oldName}.");
        var changes = new List<ItemChange> { Add(element with { Name = newName }), Remove(element) };
        foreach (var link in topology.Links.Where(l => l.A.Element == oldName || l.B.Element == oldName))
        {
            changes.Add(Remove(link));
            changes.Add(Add(link with { A = Renamed(link.A), B = Renamed(link.B) }));
        }
        await Store.ApplyAsync(topologyId, changes);

        ItemChange Add(object item) => ItemChange.Add(KeyOf(item, out var json), json);
        ItemChange Remove(object item) => ItemChange.Remove(KeyOf(item, out _), stored.ItemVersions[KeyOf(item, out _)]);
        LinkEndpoint Renamed(LinkEndpoint end) => end.Element == oldName ? end with { Element = newName } : end;
    }

    private static ItemKey KeyOf(object item, out string json)
    {
        (var collection, json) = TopologyItemSerializer.Serialize(item);
        return new ItemKey(collection, DocumentLayout.KeyOf(collection, json));
    }

    /// <summary>The element as stored now, or null.</summary>
    public async Task<Element?> ElementAsync(Guid topologyId, string name)
    {
        var stored = await Store.LoadAsync(topologyId);
        return stored is null ? null : TopologyDocumentSerializer.ReadStored(stored.DocumentJson).Topology?.FindElement(name);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
