using System.Text.Json;
using System.Text.Json.Serialization;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>Refuses any text longer than <see cref="Limits.MaxTextLength"/> while reading, before it is kept.</summary>
internal sealed class BoundedStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a text (a JSON string).");
        }
        var encodedLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encodedLength > 6L * Limits.MaxTextLength)
        {
            throw TooLong(encodedLength);
        }
        var text = reader.GetString()!;
        return text.Length > Limits.MaxTextLength ? throw TooLong(text.Length) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static JsonException TooLong(long length) =>
        new($"Text of about {length:N0} characters is too long; at most {Limits.MaxTextLength:N0} are allowed.");
}
