using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace InfraDesigner.Web.Localization;

/// <summary>
/// The languages of the UI: English (the default) and Korean. A page is in the language its cookie chose (the switch in
/// the top bar), else the browser's (Accept-Language), else English; a circuit keeps the language it started in, so the
/// switch reloads the page.
/// </summary>
public static class Languages
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = [Default, "ko"];

    /// <summary>Each language named in itself, as the switch offers it.</summary>
    public static string NativeName(string language) => language == "ko" ? "한국어" : "English";

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var name && Supported.Contains(name) ? name : Default;

    public static void Configure(RequestLocalizationOptions options)
    {
        options.SetDefaultCulture(Default).AddSupportedCultures([.. Supported]).AddSupportedUICultures([.. Supported]);
        options.FallBackToParentCultures = options.FallBackToParentUICultures = true;
        // Cookie first, then the browser's languages; not the query string (links would change the language).
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
    }
}
