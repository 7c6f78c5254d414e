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
}
