using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Documents.Json;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// The JSON Schema (draft 2020-12) of the document format, generated from the very serializer options
/// the import uses, so it cannot drift from the code (docs/topology-format.schema.json is its output).
/// </summary>
public static class TopologyDocumentSchema
{
    private const string Octet = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private const string Address = $@"{Octet}\.{Octet}\.{Octet}\.{Octet}";
    private const string Cidr = $@"{Address}/(3[0-2]|[12]?[0-9])";

    public static JsonObject Generate()
    {
        var generator = new Generator();
        var document = generator.SchemaOf(typeof(TopologyDocument));
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://infradesigner.example/schemas/topology-format-1.schema.json",
            ["title"] = $"InfraDesigner topology document, formatVersion {TopologyDocumentSerializer.CurrentFormatVersion}",
            ["description"] = "See topology-format.md. Elements refer to each other by their unique name.",
        };
        foreach (var (key, value) in document)
        {
            schema[key] = value?.DeepClone();
        }
        schema["$defs"] = new JsonObject(generator.Definitions.Select(definition => KeyValuePair.Create(definition.Key, (JsonNode?)definition.Value)));
        return schema;
    }

    public static string GenerateText() => Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    /// <summary>One generation: shared shapes (list items, addresses) become "$defs" referenced by name.</summary>
    private sealed class Generator
    {
        private readonly JsonSchemaExporterOptions exporterOptions;

        public Generator() => exporterOptions = new()
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };

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
        private JsonNode ItemSchema(Type item) => item.IsValueType || item == typeof(string) || item == typeof(RuleEndpoint) || item == typeof(SharePrincipal) || item == typeof(IPAddress)
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
