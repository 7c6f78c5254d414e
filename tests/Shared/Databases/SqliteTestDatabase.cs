using InfraDesigner.Data;
using Microsoft.Data.Sqlite;

namespace InfraDesigner.Testing.Databases;

/// <summary>A real SQLite database file in a fresh temporary folder (the file itself appears when first migrated).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "infradesigner-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "test.db");
        Settings = DatabaseSettings.Sqlite($"Data Source={FilePath}");
    }

    public string Folder { get; }
    public string FilePath { get; }
    public override DatabaseSettings Settings { get; }

    protected override void Remove()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
