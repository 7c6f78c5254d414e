using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>The field checks the reachability questions share.</summary>
internal static class ReachabilityRules
{
    public static IEnumerable<FieldError> Required(string path, string? value) =>
        string.IsNullOrWhiteSpace(value) ? [new FieldError(path, $"'{path}' is required")] : [];

    /// <summary>Every port out of bounds, each named with its value.</summary>
    public static IEnumerable<FieldError> Ports(string path, IEnumerable<int?> ports) =>
        ports.OfType<int>().Where(p => !Limits.IsPort(p)).Select(p => new FieldError(path, $"port {p} is out of range {Limits.Ports}"));
}
