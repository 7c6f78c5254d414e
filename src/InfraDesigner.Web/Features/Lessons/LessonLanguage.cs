using InfraDesigner.Domain.Lessons;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Lessons;

/// <summary>The language a request asks lesson texts in: "en" (the default) or "ko".</summary>
internal static class LessonLanguage
{
    public static Language Parse(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        null or "" or "en" => Language.En,
        "ko" => Language.Ko,
        _ => throw new RequestValidationException([new FieldError("lang", $"'{language}' is not a lesson language; use en or ko")]),
    };
}
