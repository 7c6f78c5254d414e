using System.Text.Json;
using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;

namespace InfraDesigner.Data.Documents;

/// <summary>
/// How a topology document (docs/topology-format.md) is stored: its top-level collections become
/// rows, one per item, keyed by what makes the item unique in the format (names, VLAN ids, link ends).
/// </summary>
public static class DocumentLayout
{
    public static readonly IReadOnlyList<string> Collections = ["zones", "vlans", "templates", "elements", "links", "natRules"];

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Name, description and the items of a document, in document order.</summary>
    public static (string Name, string Description, List<DocumentItem> Items) Split(string documentJson)
    {
        var document = JsonNode.Parse(documentJson)!.AsObject();
        var items = new List<DocumentItem>();
        foreach (var collection in Collections)
        {
            if (document[collection] is not JsonArray array) continue;
            for (var ordinal = 0; ordinal < array.Count; ordinal++)
            {
                var item = array[ordinal]!;
                items.Add(new DocumentItem(new ItemKey(collection, KeyOf(collection, item)), ordinal, item.ToJsonString(Compact)));
            }
        }
        var duplicate = items.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"The document holds {duplicate.Key} more than once.", nameof(documentJson));
        return ((string?)document["name"] ?? "", (string?)document["description"] ?? "", items);
    }

    /// <summary>The document of the current format holding these items.</summary>
    public static string Assemble(string name, string description, IEnumerable<DocumentItem> items)
    {
        var document = new JsonObject
        {
            ["formatVersion"] = TopologyDocumentSerializer.CurrentFormatVersion,
            ["name"] = name,
        };
        if (description.Length > 0) document["description"] = description;
        var byCollection = items.ToLookup(i => i.Key.Collection);
        foreach (var collection in Collections)
        {
            var array = new JsonArray();
            foreach (var item in byCollection[collection].OrderBy(i => i.Ordinal).ThenBy(i => i.Key.Key, StringComparer.Ordinal))
                array.Add(JsonNode.Parse(item.Json));
            if (array.Count > 0) document[collection] = array;
        }
        return document.ToJsonString(Compact);
    }

    public static string KeyOf(string collection, JsonNode item) => collection switch
    {
        "vlans" => item["id"]?.ToJsonString() ?? throw MissingKey(collection, "id"),
        "links" => LinkKey(item),
        _ => (string?)item["name"] ?? throw MissingKey(collection, "name"),
    };

    /// <summary>A link is identified by its two ends, in either order.</summary>
    private static string LinkKey(JsonNode link)
    {
        var a = EndpointOf(link["a"]);
        var b = EndpointOf(link["b"]);
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
    }

    private static string EndpointOf(JsonNode? end) =>
        end is null ? throw MissingKey("links", "a/b") : $"{(string?)end["element"]}/{(string?)end["interface"]}";

    private static ArgumentException MissingKey(string collection, string property) =>
        new($"An item of {collection} has no {property}.");
}
