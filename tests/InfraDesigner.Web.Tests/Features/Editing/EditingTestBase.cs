using InfraDesigner.Data;
using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Features.Editing;

/// <summary>The app's services on a migrated temporary SQLite file; sessions are made in their own scopes, like circuits.</summary>
public abstract class EditingTestBase : IAsyncDisposable
{
    private readonly TempDatabaseFolder _database = new();
    private readonly ServiceProvider _provider;
    private readonly List<AsyncServiceScope> _scopes = [];

    protected EditingTestBase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"ConnectionStrings:{WebServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString)])
            .Build();
        _provider = new ServiceCollection().AddLogging().AddInfraDesignerApplication(configuration).ActAsAdmin().BuildServiceProvider();
        using var db = _provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        DatabaseSetup.Migrate(db);
    }

    protected TopologyStore Store => _provider.GetRequiredService<TopologyStore>();

    protected T Service<T>() where T : notnull => _provider.GetRequiredService<T>();

    protected Task<Guid> CreateAsync(Topology topology) => Store.CreateAsync(TopologyDocumentSerializer.Export(topology, indented: false), ownerId: null);

    protected async Task<Topology> StoredAsync(Guid id)
    {
        var stored = await Store.LoadAsync(id);
        return TopologyDocumentSerializer.Import(stored!.DocumentJson).Topology!;
    }

    /// <summary>Runs a use case in a scope of its own, as a circuit or an API request does.</summary>
    protected async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    /// <summary>A session in a scope of its own, as each circuit has, opened on the topology.</summary>
    protected async Task<EditingSession> OpenAsync(Guid id)
    {
        var scope = _provider.CreateAsyncScope();
        _scopes.Add(scope);
        var session = scope.ServiceProvider.GetRequiredService<EditingSession>();
        (await session.OpenAsync(id)).ShouldBeTrue();
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes) await scope.DisposeAsync();
        await _provider.DisposeAsync();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
