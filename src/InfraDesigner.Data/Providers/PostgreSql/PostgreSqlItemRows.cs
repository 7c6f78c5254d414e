using InfraDesigner.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace InfraDesigner.Data.Providers.PostgreSql;

/// <summary>
/// Writes many item rows at once with a binary COPY on the caller's connection, inside its transaction:
/// the PostgreSQL counterpart of the SQLite prepared statement, for the 10,000 rows of a large import.
/// </summary>
internal static class PostgreSqlItemRows
{
    private const string Copy =
        "COPY \"TopologyItems\" (\"TopologyId\", \"Collection\", \"Key\", \"Ordinal\", \"Json\", \"Version\") FROM STDIN (FORMAT BINARY)";

    public static async Task InsertAsync(AppDbContext db, Guid topologyId, IEnumerable<DocumentItem> items, long version, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Item rows are inserted inside a transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var item in items)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(topologyId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(item.Key.Collection, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(item.Key.Key, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(item.Ordinal, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(item.Json, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(version, NpgsqlDbType.Bigint, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
