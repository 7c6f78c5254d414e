using Microsoft.Data.Sqlite;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>A temporary folder holding one SQLite database file, removed when disposed.</summary>
public sealed class TempDatabaseFolder : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "infradesigner-tests", Guid.NewGuid().ToString("N"));

    public string ConnectionString => $"Data Source={Path.Combine(Folder, "app.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
