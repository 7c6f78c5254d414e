using System.Text.Json;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Documents;

/// <summary>The only field read before a document is upgraded.</summary>
internal sealed record FormatVersionProbe(int? FormatVersion)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        MaxDepth = Limits.MaxJsonDepth,
    };
}
