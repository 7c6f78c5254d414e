using InfraDesigner.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests;

/// <summary>
/// The migrations `dotnet ef` generated build the schema EF derives from the model, and the model
/// snapshot is up to date: after a model change, `dotnet ef migrations add Name --project src/InfraDesigner.Data`.
/// </summary>
public sealed class MigrationsMatchModelTests : IDisposable
{
    private readonly TempDatabase _migrated = new();
    private readonly TempDatabase _fromModel = new();

    [Fact]
    public void The_migrated_schema_equals_the_schema_of_the_model()
    {
        using var migrated = _migrated.CreateMigrated();
        using var fromModel = _fromModel.CreateContext();
        Directory.CreateDirectory(Path.GetDirectoryName(_fromModel.FilePath)!);
        fromModel.Database.EnsureCreated();

        SchemaOf(migrated).ShouldBe(SchemaOf(fromModel));
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_hold()
    {
        using var db = _migrated.CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run `dotnet ef migrations add <Name> --project src/InfraDesigner.Data`");
    }

    private static List<string> SchemaOf(AppDbContext db)
    {
        var tables = db.Database.SqlQueryRaw<string>(
                "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name")
            .ToList();
        var schema = new List<string>();
        foreach (var table in tables)
        {
            schema.AddRange(db.Database.SqlQuery<string>(
                $"SELECT {table} || '.' || name || ' ' || type || (CASE WHEN \"notnull\" = 1 THEN ' not null' ELSE '' END) || (CASE WHEN pk > 0 THEN ' pk' ELSE '' END) AS Value FROM pragma_table_info({table}) ORDER BY name").ToList());
            schema.AddRange(db.Database.SqlQuery<string>(
                $"SELECT {table} || ' index ' || name || (CASE WHEN \"unique\" = 1 THEN ' unique' ELSE '' END) AS Value FROM pragma_index_list({table}) WHERE origin = 'c' ORDER BY name").ToList());
            schema.AddRange(db.Database.SqlQuery<string>(
                $"SELECT {table} || ' fk ' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete AS Value FROM pragma_foreign_key_list({table}) ORDER BY \"from\"").ToList());
        }
        return schema;
    }

    public void Dispose()
    {
        _migrated.Dispose();
        _fromModel.Dispose();
    }
}
