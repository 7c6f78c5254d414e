using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Features.Editing;

public static partial class TopologyEdits
{
    /// <summary>
    /// Renames an element and every reference to it (link ends, hosts, clusters, datastores, rule and
    /// pool endpoints, share principals, frames). References are found in the document form, so a
    /// reference kind added to the model later is renamed too.
    /// </summary>
    public static Topology Rename(Topology topology, string oldName, string newName)
    {
        newName = newName.Trim();
        if (oldName == newName) return topology;
        if (newName.Length == 0) throw EditRefusedException.At("name", "An element needs a name.");
        if (newName.Length > Limits.MaxNameLength) throw EditRefusedException.At("name", $"Names are at most {Limits.MaxNameLength} characters.");
        if (topology.FindElement(newName) is not null) throw EditRefusedException.At("name", $"Another element is already named '{newName}'.");
        if (topology.FindElement(oldName) is null) throw EditRefusedException.At("name", $"There is no element named '{oldName}'.");

        return RenameIn(topology, "elements", oldName, newName, ElementPrefixes);
    }

    /// <summary>Renames a network zone and every reference to it (frames, firewall interfaces, VLANs, rules).</summary>
    public static Topology RenameZone(Topology topology, string oldName, string newName)
    {
        newName = newName.Trim();
        if (oldName == newName) return topology;
        if (newName.Length == 0) throw EditRefusedException.At("name", "A zone needs a name.");
        if (topology.FindZone(newName) is not null) throw EditRefusedException.At("name", $"Another zone is already named '{newName}'.");
        if (topology.FindZone(oldName) is null) throw EditRefusedException.At("name", $"There is no zone named '{oldName}'.");
        return RenameIn(topology, "zones", oldName, newName, ZonePrefixes);
    }

    private static readonly string[] ElementPrefixes = ["element", "vm"];
    private static readonly string[] ZonePrefixes = ["zone"];

    private static Topology RenameIn(Topology topology, string ownerCollection, string oldName, string newName, string[] prefixes)
    {
        var document = JsonNode.Parse(TopologyDocumentSerializer.Export(topology, indented: false))!.AsObject();
        foreach (var collection in new[] { "zones", "vlans", "elements", "links", "natRules" })
        {
            foreach (var item in document[collection]?.AsArray() ?? [])
            {
                if (collection == ownerCollection && (string?)item!["name"] == oldName) item["name"] = newName;
                RenameReferences(item!, oldName, newName, prefixes, isNameOwner: collection != "links");
            }
        }
        // The session judges the result; reading must not refuse a topology with older faults.
        var imported = TopologyDocumentSerializer.ReadStored(document.ToJsonString());
        return imported.Topology ?? throw new EditRefusedException(imported.Errors.First());
    }

    /// <summary>Rewrites strings naming the element; the "name" and "description" of the item itself are not references.</summary>
    private static void RenameReferences(JsonNode node, string oldName, string newName, string[] prefixes, bool isNameOwner)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (property, value) in obj.ToList())
                {
                    if (value is null || property == "description" || (isNameOwner && property == "name")) continue;
                    if (Renamed(value, oldName, newName, prefixes) is { } text) obj[property] = text;
                    else RenameReferences(value, oldName, newName, prefixes, isNameOwner: true);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is null) continue;
                    if (Renamed(array[i]!, oldName, newName, prefixes) is { } text) array[i] = text;
                    else RenameReferences(array[i]!, oldName, newName, prefixes, isNameOwner: true);
                }
                break;
        }
    }

    private static string? Renamed(JsonNode value, string oldName, string newName, string[] prefixes)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue<string>(out var text)) return null;
        if (text == oldName) return newName;
        var colon = text.IndexOf(':');
        return colon > 0 && text[(colon + 1)..] == oldName && prefixes.Contains(text[..colon]) ? $"{text[..colon]}:{newName}" : null;
    }
}
