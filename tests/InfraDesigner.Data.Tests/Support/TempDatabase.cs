using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>A real SQLite database in a fresh temporary folder, deleted with the test.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "infradesigner-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "test.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string Folder { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }

    public AppDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, ConnectionString);
        return new AppDbContext(options.Options);
    }

    public AppDbContext CreateMigrated()
    {
        var db = CreateContext();
        DatabaseSetup.Migrate(db);
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
