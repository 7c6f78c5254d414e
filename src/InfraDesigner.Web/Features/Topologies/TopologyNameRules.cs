using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Topologies;

/// <summary>What a topology's name and description must be, wherever they are set.</summary>
internal static class TopologyNameRules
{
    public static IEnumerable<FieldError> Check(string? name, string? description)
    {
        if (string.IsNullOrWhiteSpace(name))
            yield return new FieldError("name", "A name is required.");
        else if (name.Trim().Length > Limits.MaxNameLength)
            yield return new FieldError("name", $"A name has at most {Limits.MaxNameLength} characters.");
        if (description?.Length > Limits.MaxDescriptionLength)
            yield return new FieldError("description", $"A description has at most {Limits.MaxDescriptionLength} characters.");
    }

    /// <summary>
    /// A warning, not a refusal (people do keep copies), when another topology already has the name,
    /// compared as people read names: trimmed, ignoring case. <paramref name="self"/> is the one renamed.
    /// </summary>
    public static string? DuplicateWarning(string name, IEnumerable<TopologySummary> topologies, Guid? self = null)
    {
        var trimmed = name.Trim();
        return trimmed.Length > 0 && topologies.Any(t => t.Id != self && string.Equals(t.Name.Trim(), trimmed, StringComparison.OrdinalIgnoreCase))
            ? $"Another topology is already named '{trimmed}'."
            : null;
    }
}
