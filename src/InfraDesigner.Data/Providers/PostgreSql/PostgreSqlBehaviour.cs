using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InfraDesigner.Data.Providers.PostgreSql;

/// <summary>
/// A PostgreSQL server: the migrations `dotnet ef` generated for it live in their own assembly
/// (<see cref="MigrationsAssembly"/>), the way EF Core keeps one migration set per provider for one context type.
/// </summary>
internal sealed class PostgreSqlBehaviour : ProviderBehaviour
{
    public const string MigrationsAssembly = "InfraDesigner.Data.PostgreSql";

    public static readonly PostgreSqlBehaviour Instance = new();

    public override void CheckConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new ArgumentException("a PostgreSQL connection string names its server: Host=127.0.0.1;Database=infradesigner;Username=...;Password=...");
        if (string.IsNullOrWhiteSpace(builder.Database))
            throw new ArgumentException("a PostgreSQL connection string names its database: Database=infradesigner");
    }

    public override void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));

    public override void Migrate(AppDbContext db) => db.Database.Migrate();

    public override Task InsertItemsAsync(AppDbContext db, Guid topologyId, IEnumerable<Documents.DocumentItem> items, long version, CancellationToken cancellationToken) =>
        PostgreSqlItemRows.InsertAsync(db, topologyId, items, version, cancellationToken);
}
