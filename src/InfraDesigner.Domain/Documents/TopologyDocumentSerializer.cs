using System.Text.Json;
using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents.Json;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// Exports a topology as a versioned JSON document and imports one back. Import never throws for bad
/// input: it returns the problems, each with the JSON path of the bad field; it also runs the validator
/// and rejects documents with errors.
/// </summary>
public static class TopologyDocumentSerializer
{
    public const int CurrentFormatVersion = 1;

    public static string Export(Topology topology, bool indented = true) =>
        JsonSerializer.Serialize(TopologyDocument.From(topology), indented ? DocumentJson.Options : DocumentJson.Compact);

    public static JsonDocument ExportDocument(Topology topology) =>
        JsonSerializer.SerializeToDocument(TopologyDocument.From(topology), DocumentJson.Options);

    public static ImportResult Import(string? json) => Import(json, DocumentUpgrader.Default);

    public static ImportResult Import(string? json, DocumentUpgrader upgrader) => Parse(json, upgrader, validate: true);

    /// <summary>
    /// Reads a document this app stored itself, without refusing it for validator errors: what was saved
    /// must always open (even when a newer validator finds fault with it), so the editor can show and fix it.
    /// Malformed JSON still fails.
    /// </summary>
    public static ImportResult ReadStored(string json) => Parse(json, DocumentUpgrader.Default, validate: false);

    private static ImportResult Parse(string? json, DocumentUpgrader upgrader, bool validate)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ImportResult.Failure(Problem.Error("$", "The document is empty."));
        }
        if (json.Length > Limits.MaxDocumentCharacters)
        {
            return ImportResult.Failure(Problem.Error("$", $"The document has {json.Length:N0} characters; at most {Limits.MaxDocumentCharacters:N0} are allowed."));
        }
        try
        {
            var topology = Read(json, upgrader).ToTopology();
            if (!validate) return ImportResult.Success(topology, []);
            var problems = TopologyValidator.Validate(topology);
            return problems.Any(problem => problem.IsError) ? ImportResult.Failure(problems) : ImportResult.Success(topology, problems);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return ImportResult.Failure(Problem.Error(JsonErrorPath.PathOf(error), JsonErrorPath.Describe(error)));
        }
        catch (FormatVersionException error)
        {
            return ImportResult.Failure(Problem.Error("formatVersion", error.Message));
        }
    }

    private static TopologyDocument Read(string json, DocumentUpgrader upgrader)
    {
        var version = FormatVersionOf(json, upgrader);
        if (version == CurrentFormatVersion)
        {
            return JsonSerializer.Deserialize<TopologyDocument>(json, DocumentJson.Options)!;
        }
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = Limits.MaxJsonDepth })!.AsObject();
        upgrader.Upgrade(node, version, CurrentFormatVersion);
        return node.Deserialize<TopologyDocument>(DocumentJson.Options)!;
    }

    /// <summary>Reads only "formatVersion"; a malformed document is read in full to report where it breaks.</summary>
    private static int FormatVersionOf(string json, DocumentUpgrader upgrader)
    {
        var version = LeadingFormatVersion(json) ?? FullFormatVersion(json);
        return version switch
        {
            null => throw new FormatVersionException($"formatVersion is required (this version of InfraDesigner reads {CurrentFormatVersion})."),
            > CurrentFormatVersion and var newer => throw new FormatVersionException($"formatVersion {newer} is newer than this version of InfraDesigner understands ({CurrentFormatVersion}); update InfraDesigner to open it."),
            < CurrentFormatVersion and var old when !upgrader.CanUpgrade(old, CurrentFormatVersion) =>
                throw new FormatVersionException($"formatVersion {old} is not a known version; versions start at 1."),
            var known => known.Value,
        };
    }

    /// <summary>
    /// Exported documents start with "formatVersion", so reading the first few kilobytes usually finds it
    /// without a pass over the whole document; null when it is not among the leading properties.
    /// </summary>
    private static int? LeadingFormatVersion(string json)
    {
        const int PrefixCharacters = 4096;
        var prefix = json.AsSpan(0, Math.Min(json.Length, PrefixCharacters));
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(prefix.ToArray()), isFinalBlock: prefix.Length == json.Length, state: new JsonReaderState(new JsonReaderOptions { MaxDepth = Limits.MaxJsonDepth }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("formatVersion"u8);
                if (!reader.Read())
                {
                    return null;
                }
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : null;
                }
                if (!reader.TrySkip())
                {
                    return null;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed near the start: the full read below reports where.
        }
        return null;
    }

    private static int? FullFormatVersion(string json)
    {
        FormatVersionProbe? probe;
        try
        {
            probe = JsonSerializer.Deserialize<FormatVersionProbe>(json, FormatVersionProbe.Options);
        }
        catch (JsonException)
        {
            JsonSerializer.Deserialize<TopologyDocument>(json, DocumentJson.Options);
            throw;
        }
        return probe is null ? throw new JsonException("The document must be a JSON object, not null.") : probe.FormatVersion;
    }
}
