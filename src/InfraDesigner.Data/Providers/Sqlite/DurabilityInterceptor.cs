using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InfraDesigner.Data.Providers.Sqlite;

/// <summary>
/// Per-connection SQLite settings: a commit is on disk before it returns (synchronous=FULL, so an
/// acknowledged edit survives even an OS crash), and writers wait for each other instead of failing.
/// </summary>
internal sealed class DurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
