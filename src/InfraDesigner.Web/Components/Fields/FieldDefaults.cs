using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Fields;

/// <summary>
/// What every field of the app sets on MudBlazor's inputs, so call sites name only what differs: outlined and dense,
/// the label kept above the value, and the message the server gave for the field shown at it.
/// </summary>
internal static class FieldDefaults
{
    // Set on a new component, before its first parameters arrive: a caller's value still wins.
#pragma warning disable BL0005
    public static void Apply<T>(MudBaseInput<T> input)
    {
        input.Variant = Variant.Outlined;
        input.Margin = Margin.Dense;
        input.ShrinkLabel = true;
    }
#pragma warning restore BL0005

    /// <summary>
    /// A field is invalid exactly when it is given an <c>ErrorText</c>: callers pass the store's message for the field
    /// (or null), not a flag and a message that could disagree. A unit given as <c>AdornmentText</c> goes at the end.
    /// </summary>
    public static ParameterView Normalize(ParameterView parameters) => ParameterView.FromDictionary(NormalizedValues(parameters));

    /// <summary>The parameters as <see cref="Normalize"/> gives them, still open to a component's own changes.</summary>
    public static Dictionary<string, object?> NormalizedValues(ParameterView parameters)
    {
        var values = new Dictionary<string, object?>(parameters.ToDictionary());
        if (values.TryGetValue("ErrorText", out var error) && !values.ContainsKey("Error"))
            values["Error"] = !string.IsNullOrEmpty(error as string);
        if (values.TryGetValue("AdornmentText", out var unit) && !values.ContainsKey("Adornment"))
            values["Adornment"] = string.IsNullOrEmpty(unit as string) ? Adornment.None : Adornment.End;
        return values;
    }
}
