using InfraDesigner.Data.Entities;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>
/// Which change-log lines to show: on which topology (part of its name), by whom (part of the account's email, or "system"),
/// which action, which item (part of "collection[key]"), between which instants; newest first, <see cref="Take"/> at a time
/// from before the line <see cref="Before"/>.
/// </summary>
public sealed record AuditFilter(
    string? Topology = null, string? User = null, string? Action = null, string? Item = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, long? Before = null, int? Take = null)
{
    public const int MaxTake = 500;
    public const string SystemUser = "system";

    internal int Count => Take ?? 100;

    internal AuditAction? ActionValue => Enum.TryParse<AuditAction>(Action, ignoreCase: true, out var action) ? action : null;

    internal IEnumerable<FieldError> Errors()
    {
        if (Action is not null && ActionValue is null)
            yield return new("action", $"'{Action}' is not one of {string.Join(", ", Enum.GetNames<AuditAction>())}.");
        if (Take is < 1 or > MaxTake) yield return new("take", $"{Take} is not between 1 and {MaxTake}.");
        if (From > To) yield return new("from", $"{From:O} is after to ({To:O}).");
    }
}
