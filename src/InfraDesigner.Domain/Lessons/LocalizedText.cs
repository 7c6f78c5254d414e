using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Lessons;

/// <summary>
/// A text of a lesson in English and, where written, Korean. In lesson files either a plain string (English only)
/// or <c>{ "en": "…", "ko": "…" }</c>.
/// </summary>
[JsonConverter(typeof(LocalizedTextConverter))]
public sealed record LocalizedText(string En, string? Ko = null)
{
    /// <summary>The text in that language, English where there is no translation.</summary>
    public string In(Language language) => language == Language.Ko && !string.IsNullOrWhiteSpace(Ko) ? Ko : En;

    public override string ToString() => En;
}
