using InfraDesigner.Web.Api;
using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Features.Simulations;

/// <summary>The field checks the simulation requests share.</summary>
internal static class SimulationRules
{
    public static IEnumerable<FieldError> Named(string path, string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? [new FieldError(path, $"name the {what}")] : [];

    public static IEnumerable<FieldError> Positive(string path, double? value) =>
        value is { } v && !(v > 0 && double.IsFinite(v)) ? [new FieldError(path, $"must be greater than 0 (was {v})")] : [];

    public static IEnumerable<FieldError> NotNegative(string path, double? value) =>
        value is { } v && !(v >= 0 && double.IsFinite(v)) ? [new FieldError(path, $"cannot be negative (was {v})")] : [];

    public static IEnumerable<FieldError> AtMost(string path, double count, double max, string what) =>
        count > max ? [new FieldError(path, $"at most {max:N0} {what} per run (was {count:N0})")] : [];

    /// <summary>A null where the body must hold an object, refused the way a value of the wrong type is.</summary>
    public static FieldError Missing(string path, Type expected) => new(path, JsonShape.Expected(expected));

    public static IEnumerable<FieldError> Between(string path, double value, double min, double max) =>
        value < min || value > max ? [new FieldError(path, $"must be between {min} and {max} (was {value})")] : [];
}
