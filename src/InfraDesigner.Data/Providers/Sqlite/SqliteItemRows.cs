using InfraDesigner.Data.Documents;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InfraDesigner.Data.Providers.Sqlite;

/// <summary>
/// Writes many item rows at once with one prepared statement inside the caller's transaction:
/// EF's change tracker costs seconds for the 10,000 rows of a large import, this costs milliseconds.
/// </summary>
internal static class SqliteItemRows
{
    public static async Task InsertAsync(AppDbContext db, Guid topologyId, IEnumerable<DocumentItem> items, long version, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Item rows are inserted inside a transaction.");
        command.CommandText = "INSERT INTO TopologyItems (TopologyId, Collection, Key, Ordinal, Json, Version) VALUES ($topology, $collection, $key, $ordinal, $json, $version)";
        // EF stores a Guid as upper-case text in SQLite; the rows must match what its queries compare with.
        command.Parameters.AddWithValue("$topology", topologyId.ToString().ToUpperInvariant());
        var collection = command.Parameters.Add("$collection", SqliteType.Text);
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var ordinal = command.Parameters.Add("$ordinal", SqliteType.Integer);
        var json = command.Parameters.Add("$json", SqliteType.Text);
        command.Parameters.AddWithValue("$version", version);
        await command.PrepareAsync(cancellationToken);
        foreach (var item in items)
        {
            (collection.Value, key.Value, ordinal.Value, json.Value) = (item.Key.Collection, item.Key.Key, item.Ordinal, item.Json);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
