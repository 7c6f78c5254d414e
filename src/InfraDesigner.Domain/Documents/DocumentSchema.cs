using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Documents.Json;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// JSON Schemas (draft 2020-12) generated from the very serializer options the imports use, so they cannot drift
/// from the code: the topology format and the lesson format (docs/*.schema.json are their output).
/// </summary>
public static class DocumentSchema
{
    private const string Octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private const string Address = $@"{Octet}\.{Octet}\.{Octet}\.{Octet}";
    private const string Cidr = $@"{Address}/(3[0-2]|[12]?[0-9])";

    /// <param name="external">Types described by another schema, referenced by that schema's $id instead of repeated.</param>
    public static JsonObject Generate(Type root, string id, string title, string description, IReadOnlyDictionary<Type, string>? external = null)
    {
        var generator = new Generator(external ?? new Dictionary<Type, string>());
        var document = generator.SchemaOf(root);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in document)
        {
            schema[key] = value?.DeepClone();
        }
        var used = Referenced(schema, generator.Definitions);
        schema["$defs"] = new JsonObject(generator.Definitions.Where(definition => used.Contains(definition.Key))
            .Select(definition => KeyValuePair.Create(definition.Key, (JsonNode?)definition.Value)));
        return schema;
    }

    /// <summary>
    /// The definitions the schema reaches: the exporter walks into an external type before it is replaced by its $ref,
    /// so its shapes were defined and must be left out.
    /// </summary>
    private static HashSet<string> Referenced(JsonNode root, IReadOnlyDictionary<string, JsonNode> definitions)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>([root]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject shape:
                    if (shape["$ref"] is JsonValue reference && reference.GetValue<string>() is var target && target.StartsWith("#/$defs/", StringComparison.Ordinal)
                        && used.Add(target["#/$defs/".Length..]))
                        pending.Push(definitions[target["#/$defs/".Length..]]);
                    foreach (var (_, child) in shape)
                        if (child is not null) pending.Push(child);
                    break;
                case JsonArray list:
                    foreach (var child in list)
                        if (child is not null) pending.Push(child);
                    break;
            }
        }
        return used;
    }

    public static string Text(JsonObject schema) => schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>One generation: shared shapes (list items, addresses) become "$defs" referenced by name.</summary>
    private sealed class Generator
    {
        private readonly JsonSchemaExporterOptions exporterOptions;

        private readonly IReadOnlyDictionary<Type, string> external;

        public Generator(IReadOnlyDictionary<Type, string> external)
        {
            this.external = external;
            exporterOptions = new()
            {
                TreatNullObliviousAsNonNullable = true,
                TransformSchemaNode = Describe,
            };
        }

        public SortedDictionary<string, JsonNode> Definitions { get; } = new(StringComparer.Ordinal);

        public JsonObject SchemaOf(Type type) => DocumentJson.Options.GetJsonSchemaAsNode(type, exporterOptions).AsObject();

        private JsonObject Reference(string name, Func<JsonNode> define)
        {
            if (!Definitions.ContainsKey(name))
            {
                Definitions[name] = new JsonObject();
                Definitions[name] = define();
            }
            return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
        }

        /// <summary>Gives the values our converters write (texts, kebab-case enums, lists) the schema the exporter cannot see.</summary>
        private JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
        {
            var type = context.TypeInfo.Type;
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            JsonNode? specific = underlying switch
            {
                _ when underlying == typeof(string) => new JsonObject
                {
                    ["type"] = "string",
                    ["maxLength"] = context.PropertyInfo?.Name == "name" ? Limits.MaxNameLength : Limits.MaxTextLength,
                },
                _ when underlying.IsEnum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetValues(underlying).Cast<Enum>().Select(value => (JsonNode)DocumentNames.Of(value))]) },
                _ when external.TryGetValue(underlying, out var schemaId) => new JsonObject { ["$ref"] = schemaId },
                _ when underlying == typeof(LocalizedText) => Reference("localizedText", () => new JsonObject
                {
                    ["description"] = "A text: a plain string (English only) or { \"en\": ..., \"ko\": ... }.",
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["type"] = "string", ["maxLength"] = Limits.MaxTextLength },
                        new JsonObject
                        {
                            ["type"] = "object",
                            ["properties"] = new JsonObject { ["en"] = new JsonObject { ["type"] = "string" }, ["ko"] = new JsonObject { ["type"] = "string" } },
                            ["required"] = new JsonArray("en"),
                            ["additionalProperties"] = false,
                        }),
                }),
                _ when underlying == typeof(IPAddress) => Reference("ipv4Address", () => Pattern(Address, "An IPv4 address, e.g. 10.0.0.1.")),
                _ when underlying == typeof(Ipv4Cidr) => Reference("ipv4Cidr", () => Pattern(Cidr, "An IPv4 address and prefix length, e.g. 10.0.0.5/24.")),
                _ when underlying == typeof(RuleEndpoint) => Reference("ruleEndpoint", () => Pattern($"any|zone:.+|element:.+|subnet:{Cidr}", "any, zone:<name>, subnet:<cidr> or element:<name>.")),
                _ when underlying == typeof(SharePrincipal) => Reference("sharePrincipal", () => Pattern($"vm:.+|account:.+|group:.+|subnet:{Cidr}", "subnet:<cidr>, vm:<name>, account:<name> or group:<name>.")),
                _ when underlying == typeof(PortRange) => Reference("portRange", () => new JsonObject
                {
                    ["description"] = $"A port (443) or an inclusive range (\"8000-8080\"), {Limits.Ports}.",
                    ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = Limits.MinPort, ["maximum"] = Limits.MaxPort }, Pattern(@"[0-9]{1,5}-[0-9]{1,5}", null)),
                }),
                _ when underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(EquatableArray<>) =>
                    new JsonObject { ["type"] = "array", ["items"] = ItemSchema(underlying.GetGenericArguments()[0]) },
                _ => null,
            };
            if (specific is null)
            {
                return schema;
            }
            var nullable = type != underlying || (!type.IsValueType && context.PropertyInfo?.IsSetNullable == true);
            return nullable ? new JsonObject { ["anyOf"] = new JsonArray(specific, new JsonObject { ["type"] = "null" }) } : specific;
        }

        /// <summary>Records in lists become named definitions; values written as text or numbers describe themselves.</summary>
        private JsonNode ItemSchema(Type item) => item.IsValueType || item == typeof(string) || item == typeof(RuleEndpoint) || item == typeof(SharePrincipal) || item == typeof(IPAddress) || item == typeof(LocalizedText)
            ? SchemaOf(item)
            : Reference(JsonNamingPolicy.CamelCase.ConvertName(item.Name), () => SchemaOf(item));
    }

    private static JsonObject Pattern(string pattern, string? description)
    {
        var schema = new JsonObject { ["type"] = "string", ["pattern"] = $"^({pattern})$" };
        if (description is not null)
        {
            schema["description"] = description;
        }
        return schema;
    }
}
