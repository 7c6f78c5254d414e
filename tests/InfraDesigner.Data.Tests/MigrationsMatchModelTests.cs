using InfraDesigner.Data.Tests.Support;
using InfraDesigner.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests;

/// <summary>
/// The migrations `dotnet ef` generated for each provider build the schema EF derives from the model,
/// and each model snapshot is up to date: after a model change, add a migration to both projects
/// (`dotnet ef migrations add Name --project src/InfraDesigner.Data`, then `--project src/InfraDesigner.Data.PostgreSql`).
/// </summary>
public abstract class MigrationsMatchModelTests(DatabaseProvider provider) : IDisposable
{
    private readonly TestDatabase _migrated = TestDatabase.Create(provider);
    private readonly TestDatabase _fromModel = TestDatabase.Create(provider);

    [SkippableFact]
    public void The_migrated_schema_equals_the_schema_of_the_model()
    {
        using var migrated = _migrated.CreateMigrated();
        using var fromModel = _fromModel.CreateContext();
        if (_fromModel is SqliteTestDatabase file) Directory.CreateDirectory(Path.GetDirectoryName(file.FilePath)!);
        fromModel.Database.EnsureCreated();

        var schema = SchemaReader.SchemaOf(migrated);
        schema.ShouldNotBeEmpty();
        schema.ShouldBe(SchemaReader.SchemaOf(fromModel));
    }

    [SkippableFact]
    public void The_model_has_no_change_that_a_migration_does_not_hold()
    {
        using var db = _migrated.CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"run `dotnet ef migrations add <Name> --project src/{(provider == DatabaseProvider.Sqlite ? "InfraDesigner.Data" : "InfraDesigner.Data.PostgreSql")}`");
    }

    public void Dispose()
    {
        _migrated.Dispose();
        _fromModel.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class MigrationsMatchModelOnSqliteTests() : MigrationsMatchModelTests(DatabaseProvider.Sqlite);

public sealed class MigrationsMatchModelOnPostgreSqlTests() : MigrationsMatchModelTests(DatabaseProvider.PostgreSql);
