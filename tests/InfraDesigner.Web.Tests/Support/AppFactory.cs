using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>The whole app in-process, on its own temporary SQLite file.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly TempDatabaseFolder _database = new();

    public string ConnectionString => _database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting($"ConnectionStrings:{WebServiceCollectionExtensions.ConnectionStringName}", _database.ConnectionString);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _database.Dispose();
    }
}
