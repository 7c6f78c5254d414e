using InfraDesigner.Data;
using Npgsql;

namespace InfraDesigner.Testing.Databases;

/// <summary>A fresh database on the test PostgreSQL server, dropped (with any connection still open) when disposed.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly string _name = $"infradesigner_test_{Guid.NewGuid():N}";

    public PostgreSqlTestDatabase()
    {
        PostgreSqlTestServer.SkipUnlessReachable();
        PostgreSqlTestServer.Execute($"CREATE DATABASE \"{_name}\"");
        Settings = DatabaseSettings.PostgreSql(PostgreSqlTestServer.ConnectionStringFor(_name));
    }

    public override DatabaseSettings Settings { get; }

    // The app's change feed reconnects on its own, and a connection that opens between FORCE's terminate and the drop
    // fails the drop ("being accessed by other users"); closing the database to new connections first shuts that gap.
    protected override void Remove()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                PostgreSqlTestServer.Execute($"ALTER DATABASE \"{_name}\" WITH ALLOW_CONNECTIONS false");
                PostgreSqlTestServer.Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException gone) when (gone.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
