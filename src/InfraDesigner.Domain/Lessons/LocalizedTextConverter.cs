using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Lessons;

/// <summary>Reads a <see cref="LocalizedText"/> from a string or an <c>{ "en", "ko" }</c> object; writes the shortest form.</summary>
public sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new LocalizedText(NonEmpty(reader.GetString()));
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A text is a string or an object { \"en\": …, \"ko\": … }.");
        string? en = null, ko = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var language = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) throw new JsonException($"The '{language}' text must be a string.");
            switch (language)
            {
                case "en": en = NonEmpty(reader.GetString()); break;
                case "ko": ko = NonEmpty(reader.GetString()); break;
                default: throw new JsonException($"'{language}' is not a language of lessons; write \"en\" and \"ko\".");
            }
        }
        return new LocalizedText(en ?? throw new JsonException("The English text (\"en\") is required."), ko);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (value.Ko is null)
        {
            writer.WriteStringValue(value.En);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("en", value.En);
        writer.WriteString("ko", value.Ko);
        writer.WriteEndObject();
    }

    private static string NonEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new JsonException("A text must not be empty.") : text;
}
