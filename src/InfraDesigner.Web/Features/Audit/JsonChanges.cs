using System.Text.Json.Nodes;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>
/// What differs between an item's JSON before and after, field by field ("position.x: 120 → 300"), so a log line
/// says what an edit did without reading two documents. Texts that are not JSON objects are compared whole.
/// </summary>
public static class JsonChanges
{
    public sealed record FieldChange(string Path, string? Before, string? After);

    public static IReadOnlyList<FieldChange> Between(string? before, string? after)
    {
        var changes = new List<FieldChange>();
        Compare("", Parse(before), Parse(after), changes);
        return changes;
    }

    private static JsonNode? Parse(string? json)
    {
        if (json is null) return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }

    private static void Compare(string path, JsonNode? before, JsonNode? after, List<FieldChange> changes)
    {
        if (before is JsonObject was && after is JsonObject now)
        {
            foreach (var name in was.Select(p => p.Key).Union(now.Select(p => p.Key)))
                Compare(path.Length == 0 ? name : $"{path}.{name}", was[name], now[name], changes);
        }
        else if (!JsonNode.DeepEquals(before, after))
            changes.Add(new(path, Text(before), Text(after)));
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
