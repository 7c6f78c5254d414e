using System.Text.Json;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Data.Documents;

/// <summary>
/// How a topology document (docs/topology-format.md) is stored: its top-level collections become
/// rows, one per item, keyed by what makes the item unique in the format (names, VLAN ids, link ends).
/// </summary>
public static class DocumentLayout
{
    public static readonly string[] Collections = ["zones", "vlans", "templates", "elements", "links", "natRules", "intents"];

    /// <summary>Name, description and the items of a document, in document order (items as their raw JSON).</summary>
    public static (string Name, string Description, List<DocumentItem> Items) Split(string documentJson)
    {
        using var document = JsonDocument.Parse(documentJson);
        var root = document.RootElement;
        var items = new List<DocumentItem>();
        var keys = new HashSet<ItemKey>();
        foreach (var collection in Collections)
        {
            if (!root.TryGetProperty(collection, out var array) || array.ValueKind != JsonValueKind.Array) continue;
            var ordinal = 0;
            foreach (var item in array.EnumerateArray())
            {
                var key = new ItemKey(collection, KeyOf(collection, item));
                if (!keys.Add(key)) throw new ArgumentException($"The document holds {key} more than once.", nameof(documentJson));
                items.Add(new DocumentItem(key, ordinal++, item.GetRawText()));
            }
        }
        return (TextOf(root, "name"), TextOf(root, "description"), items);
    }

    /// <summary>The items of a topology, each serialized alone exactly as the whole document would hold it.</summary>
    public static List<DocumentItem> ItemsOf(Topology topology)
    {
        IEnumerable<object>[] collections = [topology.Zones.Cast<object>(), topology.Vlans.Cast<object>(), topology.Templates.Cast<object>(),
            topology.Elements.Cast<object>(), topology.Links.Cast<object>(), topology.NatRules.Cast<object>(), topology.Intents.Cast<object>()];
        var items = new List<DocumentItem>();
        var keys = new HashSet<ItemKey>();
        foreach (var collection in collections)
        {
            var ordinal = 0;
            foreach (var item in collection)
            {
                var (name, json) = TopologyItemSerializer.Serialize(item);
                var key = new ItemKey(name, KeyOf(name, json));
                if (!keys.Add(key)) throw new ArgumentException($"The topology holds {key} more than once.", nameof(topology));
                items.Add(new DocumentItem(key, ordinal++, json));
            }
        }
        return items;
    }

    /// <summary>The document of the current format holding these items (their JSON is written as it is).</summary>
    public static string Assemble(string name, string description, IEnumerable<DocumentItem> items)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", TopologyDocumentSerializer.CurrentFormatVersion);
            writer.WriteString("name", name);
            if (description.Length > 0) writer.WriteString("description", description);
            foreach (var collection in items.GroupBy(i => i.Key.Collection).OrderBy(g => CollectionIndex(g.Key)))
            {
                writer.WriteStartArray(collection.Key);
                foreach (var item in collection.OrderBy(i => i.Ordinal).ThenBy(i => i.Key.Key, StringComparer.Ordinal))
                    writer.WriteRawValue(item.Json, skipInputValidation: true);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static int CollectionIndex(string collection)
    {
        var index = Array.IndexOf(Collections, collection);
        return index >= 0 ? index : throw new ArgumentException($"'{collection}' is not a collection of a topology document.");
    }

    private static string TextOf(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public static string KeyOf(string collection, string itemJson)
    {
        using var item = JsonDocument.Parse(itemJson);
        return KeyOf(collection, item.RootElement);
    }

    public static string KeyOf(string collection, JsonElement item) => collection switch
    {
        "vlans" => item.TryGetProperty("id", out var id) ? id.GetRawText() : throw MissingKey(collection, "id"),
        "links" => LinkKey(item),
        _ => item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : throw MissingKey(collection, "name"),
    };

    /// <summary>A link is identified by its two ends, in either order.</summary>
    private static string LinkKey(JsonElement link)
    {
        var a = EndpointOf(link, "a");
        var b = EndpointOf(link, "b");
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
    }

    private static string EndpointOf(JsonElement link, string end) =>
        link.TryGetProperty(end, out var endpoint) && endpoint.ValueKind == JsonValueKind.Object
            ? $"{TextOf(endpoint, "element")}/{TextOf(endpoint, "interface")}"
            : throw MissingKey("links", end);

    private static ArgumentException MissingKey(string collection, string property) =>
        new($"An item of {collection} has no {property}.");
}
