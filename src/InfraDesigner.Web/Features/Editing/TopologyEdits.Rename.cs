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

        var document = JsonNode.Parse(TopologyDocumentSerializer.Export(topology, indented: false))!.AsObject();
        foreach (var element in document["elements"]!.AsArray())
        {
            if ((string?)element!["name"] == oldName) element["name"] = newName;
            RenameReferences(element, oldName, newName, isNameOwner: true);
        }
        foreach (var collection in new[] { "links", "zones", "vlans", "natRules" })
        {
            foreach (var item in document[collection]?.AsArray() ?? [])
                RenameReferences(item!, oldName, newName, isNameOwner: collection != "links");
        }
        var imported = TopologyDocumentSerializer.Import(document.ToJsonString());
        return imported.Topology ?? throw new EditRefusedException(imported.Errors.First());
    }

    /// <summary>Rewrites strings naming the element; the "name" and "description" of the item itself are not references.</summary>
    private static void RenameReferences(JsonNode node, string oldName, string newName, bool isNameOwner)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (property, value) in obj.ToList())
                {
                    if (value is null || property == "description" || (isNameOwner && property == "name")) continue;
                    if (Renamed(value, oldName, newName) is { } text) obj[property] = text;
                    else RenameReferences(value, oldName, newName, isNameOwner: true);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is null) continue;
                    if (Renamed(array[i]!, oldName, newName) is { } text) array[i] = text;
                    else RenameReferences(array[i]!, oldName, newName, isNameOwner: true);
                }
                break;
        }
    }

    private static string? Renamed(JsonNode value, string oldName, string newName)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue<string>(out var text)) return null;
        if (text == oldName) return newName;
        var colon = text.IndexOf(':');
        return colon > 0 && text[(colon + 1)..] == oldName && text[..colon] is "element" or "vm" ? $"{text[..colon]}:{newName}" : null;
    }
}
