using InfraDesigner.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>Contexts on a <see cref="TestDatabase"/>, as the app's pooled factory gives them.</summary>
public sealed class TempDatabaseFactory(TestDatabase database) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => database.CreateContext();
}
