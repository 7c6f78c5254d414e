namespace InfraDesigner.Data;

/// <summary>The database engines the app stores its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file next to the app: nothing to install, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for a team server.</summary>
    PostgreSql,
}

/// <summary>Which database engine the app stores in, and how to reach it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings Sqlite(string connectionString) => new(DatabaseProvider.Sqlite, connectionString);

    public static DatabaseSettings PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);
}
