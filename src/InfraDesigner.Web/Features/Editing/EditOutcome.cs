using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Whether an edit was made; when refused, the problems (with the path of the field at fault) say why.</summary>
public sealed record EditOutcome(bool Applied, IReadOnlyList<Problem> Problems)
{
    public static EditOutcome Done { get; } = new(true, []);

    public static EditOutcome Unchanged { get; } = new(false, []);

    /// <summary>Not stored: someone else changed an item first; the session took their version and its save message says so.</summary>
    public static EditOutcome Conflicted { get; } = new(false, []);

    public static EditOutcome Refused(IReadOnlyList<Problem> problems) => new(false, problems);

    /// <summary>The first problem whose path ends with the field's path, for showing it next to that field.</summary>
    public string? MessageFor(string fieldPath) =>
        Problems.FirstOrDefault(p => p.Path == fieldPath || p.Path.EndsWith("." + fieldPath, StringComparison.Ordinal))?.Message;
}
