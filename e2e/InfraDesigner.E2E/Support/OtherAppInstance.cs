using InfraDesigner.Data;
using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
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
        .AddInfraDesignerData(app.ConnectionString)
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

    /// <summary>The element as stored now, or null.</summary>
    public async Task<Element?> ElementAsync(Guid topologyId, string name)
    {
        var stored = await Store.LoadAsync(topologyId);
        return stored is null ? null : TopologyDocumentSerializer.ReadStored(stored.DocumentJson).Topology?.FindElement(name);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
