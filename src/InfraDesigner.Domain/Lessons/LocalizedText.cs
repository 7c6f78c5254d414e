using System.Globalization;
using System.Text.Json.Serialization;

namespace InfraDesigner.Domain.Lessons;

/// <summary>
/// A text of a lesson in English and, where written, Korean. In lesson files either a plain string (English only)
/// or <c>{ "en": "…", "ko": "…" }</c>.
/// </summary>
[JsonConverter(typeof(LocalizedTextConverter))]
public sealed record LocalizedText(string En, string? Ko = null)
{
    /// <summary>The text in the culture's language, English where there is no translation.</summary>
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ko" && !string.IsNullOrWhiteSpace(Ko) ? Ko : En;

    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => En;
}
