using System.Text.Json;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>How enum members are spelled in documents: kebab-case, with a few product names kept whole.</summary>
internal static class DocumentNames
{
    private static readonly Dictionary<string, string> Spelled = new()
    {
        ["PostgreSql"] = "postgresql",
        ["MariaDb"] = "mariadb",
        ["SqlServer"] = "mssql",
        ["VirtualBox"] = "virtualbox",
    };

    public static string Of(Enum value)
    {
        var name = value.ToString();
        return Spelled.TryGetValue(name, out var spelled) ? spelled : JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }
}
