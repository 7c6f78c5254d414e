using System.Text.Json;
using System.Text.Json.Serialization;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>A port range is written as a number (443) or a string ("8000-8080"); range checks are the validator's.</summary>
internal sealed class PortRangeConverter : JsonConverter<PortRange>
{
    public override PortRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var port))
        {
            return PortRange.Single(port);
        }
        if (reader.TokenType == JsonTokenType.String && PortRange.TryParse(reader.GetString(), out var range))
        {
            return range;
        }
        throw new JsonException("Expected a port (443) or a port range (\"8000-8080\").");
    }

    public override void Write(Utf8JsonWriter writer, PortRange value, JsonSerializerOptions options)
    {
        if (value.IsSingle)
        {
            writer.WriteNumberValue(value.From);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
