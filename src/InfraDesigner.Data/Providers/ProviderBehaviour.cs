using InfraDesigner.Data.Documents;
using InfraDesigner.Data.Providers.PostgreSql;
using InfraDesigner.Data.Providers.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Providers;

/// <summary>
/// Everything that differs between the database engines, in one place: how a context is configured,
/// how a connection string is checked, what migrating involves, and the bulk insert of item rows.
/// The rest of the data layer is plain EF Core and runs the same on each.
/// </summary>
internal abstract class ProviderBehaviour
{
    public static ProviderBehaviour For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteBehaviour.Instance,
        DatabaseProvider.PostgreSql => PostgreSqlBehaviour.Instance,
    };

    public static ProviderBehaviour For(AppDbContext db) =>
        db.Database.IsSqlite() ? SqliteBehaviour.Instance
        : db.Database.IsNpgsql() ? PostgreSqlBehaviour.Instance
        : throw new NotSupportedException($"The database provider {db.Database.ProviderName} is not supported.");

    /// <summary>Throws <see cref="ArgumentException"/> saying what is wrong when the string is not one for this engine.</summary>
    public abstract void CheckConnectionString(string connectionString);

    public abstract void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Brings the database to the latest migration, creating it when there is none.</summary>
    public abstract void Migrate(AppDbContext db);

    /// <summary>Inserts many item rows inside the context's current transaction, bypassing the change tracker.</summary>
    public abstract Task InsertItemsAsync(AppDbContext db, Guid topologyId, IEnumerable<DocumentItem> items, long version, CancellationToken cancellationToken);
}
