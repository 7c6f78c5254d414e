using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>The one set of serializer options for topology documents: strict on input, readable on output.</summary>
internal static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Compact { get; } = Create(writeIndented: false);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = writeIndented,
            MaxDepth = Limits.MaxJsonDepth,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            IgnoreReadOnlyProperties = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DescribeElementKinds } },
            Converters =
            {
                new BoundedStringConverter(),
                new KebabEnumConverterFactory(),
                new EquatableArrayConverterFactory(),
                new PortRangeConverter(),
                new TextValueConverter<IPAddress>(address => address.ToString(), ParseAddress, "an IPv4 address"),
                new TextValueConverter<Ipv4Cidr>(cidr => cidr.ToString(), Ipv4Cidr.TryParse, "an IPv4 CIDR"),
                new TextValueConverter<RuleEndpoint>(endpoint => endpoint.ToString(), RuleEndpoint.TryParse, "a rule endpoint"),
                new TextValueConverter<SharePrincipal>(principal => principal.ToString(), SharePrincipal.TryParse, "a share principal"),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static bool ParseAddress(string text, out IPAddress address, out string? error)
    {
        var parsed = Ipv4.TryParse(text, out var value, out error);
        address = value ?? IPAddress.None;
        return parsed;
    }

    /// <summary>Elements are written with a "kind" discriminator: "physical-host", "firewall" ...</summary>
    private static void DescribeElementKinds(JsonTypeInfo info)
    {
        if (info.Type.IsSubclassOf(typeof(Element)))
        {
            // The discriminator carries the kind; the record's own Kind property would collide with it.
            var kind = info.Properties.Single(property => property.Name == "kind");
            info.Properties.Remove(kind);
            foreach (var common in info.Properties.Where(property => (property.AttributeProvider as MemberInfo)?.DeclaringType == typeof(Element)))
            {
                common.Order = -1;
            }
        }
        if (info.Type != typeof(Element))
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "kind",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (kind, type) in ElementTypes.ByKind)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, DocumentNames.Of(kind)));
        }
    }
}
