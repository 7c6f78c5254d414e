using InfraDesigner.Data;
using Microsoft.Extensions.Configuration;

namespace InfraDesigner.Web.Tests;

/// <summary>The database engine and connection string are read from the configuration; a wrong pair stops the start naming the key at fault.</summary>
public sealed class DatabaseConfigurationTests
{
    private static DatabaseSettings From(params (string Key, string? Value)[] settings) =>
        DatabaseServiceCollectionExtensions.SettingsFrom(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Fact]
    public void Nothing_configured_is_the_embedded_sqlite_file()
    {
        From().ShouldBe(DatabaseSettings.Sqlite(DatabaseSetup.DefaultConnectionString));
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgresql")]
    [InlineData("PostgreSql")]
    public void The_provider_is_named_in_any_case(string provider)
    {
        var settings = From(("Database:Provider", provider), ("ConnectionStrings:InfraDesigner", "Host=db;Database=infradesigner;Username=app;Password=p"));

        settings.Provider.ShouldBe(DatabaseProvider.PostgreSql);
        settings.ConnectionString.ShouldContain("Host=db");
    }

    [Fact]
    public void An_unknown_provider_is_refused_naming_the_key_and_the_choices()
    {
        var refused = Should.Throw<InvalidOperationException>(() => From(("Database:Provider", "Oracle")));

        refused.Message.ShouldBe("Database:Provider must be Sqlite or PostgreSQL, not 'Oracle'.");
    }

    [Fact]
    public void Postgresql_with_the_sqlite_file_string_is_refused_naming_the_connection_string_key()
    {
        var refused = Should.Throw<InvalidOperationException>(() =>
            From(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:InfraDesigner", DatabaseSetup.DefaultConnectionString)));

        refused.Message.ShouldStartWith("ConnectionStrings:InfraDesigner is not a PostgreSql connection string");
    }

    [Fact]
    public void Postgresql_without_a_connection_string_is_refused()
    {
        var refused = Should.Throw<InvalidOperationException>(() => From(("Database:Provider", "PostgreSQL")));

        refused.Message.ShouldBe("ConnectionStrings:InfraDesigner is required when Database:Provider is PostgreSql.");
    }

    [Fact]
    public void Sqlite_with_a_server_string_is_refused_naming_the_connection_string_key()
    {
        var refused = Should.Throw<InvalidOperationException>(() =>
            From(("ConnectionStrings:InfraDesigner", "Host=db;Database=infradesigner")));

        refused.Message.ShouldStartWith("ConnectionStrings:InfraDesigner is not a Sqlite connection string");
    }
}
