using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Domain.Tests.Documents;

/// <summary>
/// A corpus of malformed or hostile documents generated from the samples. Each entry has a label and,
/// where the fault sits at one field, the path the import must report.
/// </summary>
internal static class HostileDocuments
{
    public sealed record Entry(string Label, string Json, string? ExpectedPath = null);

    private static readonly IReadOnlyList<string> SampleJson =
        SampleTopologies.All.Select(sample => TopologyDocumentSerializer.Export(sample.Topology, indented: false)).ToList();

    public static IEnumerable<string> Categories => Generators.Keys;

    public static IEnumerable<Entry> For(string category) => Generators[category]();

    private static readonly Dictionary<string, Func<IEnumerable<Entry>>> Generators = new()
    {
        ["truncated"] = Truncations,
        ["wrong-type"] = WrongTypes,
        ["huge-number"] = HugeNumbers,
        ["unknown-kind"] = UnknownKinds,
        ["duplicate-name"] = DuplicateNames,
        ["containment-cycle"] = ContainmentCycles,
        ["oversized"] = Oversized,
        ["deep-nesting"] = DeepNesting,
        ["not-json"] = NotJson,
    };

    /// <summary>Every sample cut at 30 offsets spread over its length.</summary>
    private static IEnumerable<Entry> Truncations() =>
        from json in SampleJson
        from step in Enumerable.Range(1, 30)
        let cut = json.Length * step / 31
        select new Entry($"cut at {cut} of {json.Length}", json[..cut]);

    /// <summary>Every field of the zones-eai sample replaced by a value of another JSON type.</summary>
    private static IEnumerable<Entry> WrongTypes()
    {
        var original = JsonNode.Parse(SampleJson[1])!;
        foreach (var path in LeafPaths(original))
        {
            var document = original.DeepClone();
            var leaf = Find(document, path);
            var replacement = leaf.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => JsonValue.Create(12345),
                System.Text.Json.JsonValueKind.Number => JsonValue.Create("not a number"),
                _ => (JsonNode)new JsonArray(),
            };
            leaf.ReplaceWith(replacement);
            yield return new Entry($"wrong type at {path}", document.ToJsonString(), Relative(path));
        }
    }

    /// <summary>Every number of the cluster-capacity sample replaced by one no field can hold.</summary>
    private static IEnumerable<Entry> HugeNumbers()
    {
        var original = SampleJson[5];
        var root = JsonNode.Parse(original)!;
        foreach (var path in LeafPaths(root).Where(path => Find(root, path).GetValueKind() == System.Text.Json.JsonValueKind.Number))
        {
            var document = root.DeepClone();
            var marker = $"\"huge-number-{Guid.NewGuid():N}\"";
            Find(document, path).ReplaceWith(JsonValue.Create(marker.Trim('"')));
            yield return new Entry($"1e400 at {path}", document.ToJsonString().Replace(marker, "1e400"), Relative(path));
        }
    }

    private static IEnumerable<Entry> UnknownKinds() =>
        from json in SampleJson
        let root = JsonNode.Parse(json)!
        from index in Enumerable.Range(0, root["elements"]!.AsArray().Count)
        select Mutated(root, document => document["elements"]![index]!["kind"] = "mainframe", $"unknown kind in elements[{index}]", $"elements[{index}].kind");

    private static IEnumerable<Entry> DuplicateNames() =>
        from json in SampleJson
        let root = JsonNode.Parse(json)!
        let first = root["elements"]![0]!["name"]!.GetValue<string>()
        from index in Enumerable.Range(1, root["elements"]!.AsArray().Count - 1)
        select Mutated(root, document => document["elements"]![index]!["name"] = first, $"elements[{index}] renamed {first}", $"elements[{index}].name");

    private static IEnumerable<Entry> ContainmentCycles() =>
        from json in SampleJson
        let root = JsonNode.Parse(json)!
        let names = root["elements"]!.AsArray().Select(element => element!["name"]!.GetValue<string>()).ToList()
        from index in Enumerable.Range(1, names.Count - 1)
        select Mutated(root, document =>
        {
            document["elements"]![0]!["canvas"]!["parentName"] = names[index];
            document["elements"]![index]!["canvas"]!["parentName"] = names[0];
        }, $"{names[0]} and {names[index]} contain each other", "elements[0].canvas.parentName");

    private static IEnumerable<Entry> Oversized()
    {
        var root = JsonNode.Parse(SampleJson[0])!;
        yield return Mutated(root, document => document["elements"]![0]!["description"] = new string('x', 50 * 1024 * 1024), "50 MB description", "elements[0].description");
        yield return Mutated(root, document => document["elements"]![1]!["name"] = new string('n', 201), "201-character name", "elements[1].name");
        yield return Mutated(root, document => document["description"] = new string('d', 4001), "4001-character description", "description");
        yield return Mutated(root, document => document["elements"]![0]!["interfaces"]![0]!["mac"] = new string('m', 5000), "5000-character MAC", "elements[0].interfaces[0].mac");
    }

    private static IEnumerable<Entry> DeepNesting()
    {
        string Nest(int depth) => new string('[', depth) + new string(']', depth);
        yield return new Entry("10,000 nested arrays at the root", Nest(10_000));
        yield return new Entry("10,000 nested arrays in elements", $"{{\"formatVersion\":1,\"name\":\"x\",\"elements\":[{Nest(10_000)}]}}", "elements[0]");
        yield return new Entry("10,000 nested objects in a description", "{\"formatVersion\":1,\"name\":\"x\",\"description\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "}", "description");
        yield return new Entry("10,000 nested arrays in a canvas", $"{{\"formatVersion\":1,\"name\":\"x\",\"elements\":[{{\"kind\":\"switch\",\"name\":\"s\",\"canvas\":{Nest(10_000)}}}]}}", "elements[0]");
    }

    private static IEnumerable<Entry> NotJson()
    {
        string[] junk = ["", "{", "}", "{]", "nul", "tru", "{\"formatVersion\":1,}", "{'formatVersion':1}", "<topology/>", "\u0000", "{\"formatVersion\":1 \"name\":\"x\"}", "\"unterminated"];
        return junk.Select(json => new Entry($"junk {json}", json));
    }

    private static Entry Mutated(JsonNode root, Action<JsonNode> change, string label, string expectedPath)
    {
        var document = root.DeepClone();
        change(document);
        return new Entry(label, document.ToJsonString(), expectedPath);
    }

    private static IEnumerable<string> LeafPaths(JsonNode node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => LeafPaths(property.Value!)),
        JsonArray array => array.SelectMany(item => LeafPaths(item!)),
        _ => [node.GetPath()],
    };

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in System.Text.RegularExpressions.Regex.Matches(path, @"\.(\w+)|\[(\d+)\]").Cast<System.Text.RegularExpressions.Match>())
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value)]!;
        }
        return node;
    }

    private static string Relative(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
