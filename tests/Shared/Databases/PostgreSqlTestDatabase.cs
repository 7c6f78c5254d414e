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

    protected override void Remove()
    {
        NpgsqlConnection.ClearAllPools();
        PostgreSqlTestServer.Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }
}
