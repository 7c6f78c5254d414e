using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Documents.Json;

/// <summary>Reads and writes an enum as its document name ("hyper-v", "least-connections"); numbers are refused.</summary>
internal sealed class KebabEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private readonly Dictionary<T, JsonEncodedText> names = Enum.GetValues<T>().ToDictionary(value => value, value => JsonEncodedText.Encode(DocumentNames.Of(value)));
    private readonly Dictionary<string, T> values = Enum.GetValues<T>().ToDictionary(value => DocumentNames.Of(value), value => value);

    public static string Expected => string.Join(", ", Enum.GetValues<T>().Select(value => DocumentNames.Of(value)));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected one of: {Expected}.");
        }
        var text = reader.GetString()!;
        return values.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{Shorten(text)}' is not one of: {Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} is not a {typeof(T).Name}."));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
