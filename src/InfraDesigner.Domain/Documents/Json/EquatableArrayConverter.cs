using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>
/// Reads a JSON array item by item; an error inside item i keeps its full path
/// (see <see cref="JsonErrorPath"/>), so problems point at <c>elements[3].interfaces[2].address</c>.
/// </summary>
internal sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a list ([...]).");
        }
        var items = ImmutableArray.CreateBuilder<T>();
        for (var index = 0; ; index++)
        {
            try
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return new EquatableArray<T>(items.ToImmutable());
                }
                var item = JsonSerializer.Deserialize<T>(ref reader, options);
                items.Add(item ?? throw new JsonException("null is not allowed in this list."));
            }
            catch (Exception error) when (error is JsonException or NotSupportedException)
            {
                throw JsonErrorPath.WithinItem(index, error);
            }
        }
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }
        writer.WriteEndArray();
    }
}
