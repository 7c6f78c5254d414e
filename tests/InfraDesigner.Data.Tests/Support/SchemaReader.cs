using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Data.Tests.Support;

/// <summary>The schema of a database as sorted lines (columns with type and nullability, indexes, foreign keys), read from the engine's catalog.</summary>
public static class SchemaReader
{
    public static List<string> SchemaOf(AppDbContext db) =>
        db.Database.IsSqlite() ? SqliteSchema(db) : PostgreSqlSchema(db);

    private static List<string> SqliteSchema(AppDbContext db)
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

    private static List<string> PostgreSqlSchema(AppDbContext db)
    {
        const string notHistory = "NOT LIKE '\\_\\_EFMigrations%'";
        var columns = db.Database.SqlQueryRaw<string>(
            "SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')"
            + " || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END AS \"Value\""
            + $" FROM information_schema.columns WHERE table_schema = 'public' AND table_name {notHistory} ORDER BY 1").ToList();
        var indexes = db.Database.SqlQueryRaw<string>(
            $"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND tablename {notHistory} ORDER BY 1").ToList();
        var foreignKeys = db.Database.SqlQueryRaw<string>(
            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS \"Value\""
            + " FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1").ToList();
        return [.. columns, .. indexes, .. foreignKeys];
    }
}
