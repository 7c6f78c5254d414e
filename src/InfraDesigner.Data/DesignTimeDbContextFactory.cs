using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfraDesigner.Data;

/// <summary>
/// Lets `dotnet ef` build the context on its own for the SQLite migrations in this project:
/// `dotnet ef migrations add Name --project src/InfraDesigner.Data`. The PostgreSQL project has its own.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseSettings.Sqlite(DatabaseSetup.DefaultConnectionString));
        return new AppDbContext(options.Options);
    }
}
