using InfraDesigner.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data;

/// <summary>Opens and prepares the database of the configured engine (see <see cref="ProviderBehaviour"/> for what differs).</summary>
public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/infradesigner.db";

    /// <summary>Throws <see cref="ArgumentException"/> saying what is wrong when the connection string does not suit the provider.</summary>
    public static void Check(DatabaseSettings settings) =>
        ProviderBehaviour.For(settings.Provider).CheckConnectionString(settings.ConnectionString);

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        ProviderBehaviour.For(settings.Provider).Configure(options, settings.ConnectionString);

    /// <summary>Applies pending migrations, creating the database (and a SQLite file's folder) when there is none.</summary>
    public static void Migrate(AppDbContext db) => ProviderBehaviour.For(db).Migrate(db);
}
