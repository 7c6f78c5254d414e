using InfraDesigner.Data;
using InfraDesigner.Web.Features.Topologies;
using InfraDesigner.Web.Mediation;
using InfraDesigner.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Components.Simulation;

/// <summary>Simulation components rendered with the app's real services on a real SQLite file holding a built-in sample.</summary>
public abstract class SimulationTestBase : ComponentTestBase, IDisposable
{
    private readonly TempDatabaseFolder _database = new();

    protected SimulationTestBase()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"ConnectionStrings:{WebServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString)])
            .Build();
        Services.AddInfraDesignerApplication(configuration);
    }

    protected ISender Sender => Provider.GetRequiredService<ISender>();

    protected async Task<Guid> StoreSample(string sample)
    {
        await using (var db = await Provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
            DatabaseSetup.Migrate(db);
        return (await Sender.Send(new CreateFromSample(sample)))!.Value;
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}
