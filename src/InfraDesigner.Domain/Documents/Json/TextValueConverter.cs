using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>
/// A value written as one JSON string ("10.0.0.5/24", "zone:A"): one converter for every such type,
/// given how to format it and how to parse it with a clear message.
/// </summary>
internal sealed class TextValueConverter<T>(Func<T, string> format, TextValueConverter<T>.TryParse parse, string expected) : JsonConverter<T>
{
    public delegate bool TryParse(string text, out T value, out string? error);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected} as a string.");
        }
        var text = reader.GetString()!;
        return parse(text, out var value, out var error) ? value : throw new JsonException(error ?? $"'{text}' is not {expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}
