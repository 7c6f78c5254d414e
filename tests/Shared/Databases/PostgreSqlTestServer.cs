using Npgsql;

namespace InfraDesigner.Testing.Databases;

/// <summary>
/// The PostgreSQL server the tests make their databases on: INFRADESIGNER_TEST_POSTGRESQL (a connection
/// string of a role allowed to create databases), by default the loopback server `.ci/postgresql` sets up.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string Variable = "INFRADESIGNER_TEST_POSTGRESQL";
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=infradesigner;Password=infradesigner;Database=postgres";

    private static readonly Lazy<string?> Missing = new(Probe);

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set ? set : DefaultConnectionString;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Why no test database can be made (with the command that sets one up), or null when the server answers.</summary>
    public static string? MissingReason() => Missing.Value;

    /// <summary>Skips the running test where the server is not reachable; under CI=true it runs on and fails instead.</summary>
    public static void SkipUnlessReachable()
    {
        var reason = Prerequisites.SkipReason(MissingReason());
        Skip.If(reason is not null, reason);
    }

    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"no PostgreSQL server for the tests ({unreachable.Message}): install and start one with `sudo bash .ci/postgresql` "
                + $"(Debian's postgresql package on loopback), or set {Variable} to a connection string of a role that may create databases";
        }
    }
}
