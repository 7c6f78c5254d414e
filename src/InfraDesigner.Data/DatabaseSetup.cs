using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfraDesigner.Data;

/// <summary>Opens and prepares the SQLite database: folder, migrations, write-ahead log.</summary>
public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/infradesigner.db";

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .AddInterceptors(new DurabilityInterceptor())
            // Migrations are hand-written without a model snapshot; a test compares the migrated
            // schema with the model instead (MigrationsMatchModelTests).
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>Creates the database folder, applies pending migrations and switches on WAL.</summary>
    public static void Migrate(AppDbContext db)
    {
        EnsureFolderExists(db.Database.GetConnectionString());
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    private static void EnsureFolderExists(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
