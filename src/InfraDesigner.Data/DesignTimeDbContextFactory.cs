using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfraDesigner.Data;

/// <summary>Lets `dotnet ef` build the context on its own: `dotnet ef migrations add Name --project src/InfraDesigner.Data`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseSetup.DefaultConnectionString);
        return new AppDbContext(options.Options);
    }
}
