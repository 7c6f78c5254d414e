using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>Contexts on a <see cref="TempDatabase"/>, as the app's pooled factory gives them.</summary>
public sealed class TempDatabaseFactory(TempDatabase database) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => database.CreateContext();
}
