using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Fields;

/// <summary>
/// A MudBlazor select at the app's defaults (<see cref="FieldDefaults"/>) whose choices are given as data
/// (<see cref="Options"/>): the items are built from them and the chosen one is shown by its text, not its value.
/// </summary>
public class SelectInput<T> : MudSelect<T>
{
    public SelectInput()
    {
        FieldDefaults.Apply(this);
#pragma warning disable BL0005 // a default on a new component, before its parameters arrive
        Dense = true;
#pragma warning restore BL0005
    }

    [Parameter, EditorRequired] public IReadOnlyList<SelectOption<T>> Options { get; set; } = [];

    public override Task SetParametersAsync(ParameterView parameters)
    {
        var options = parameters.TryGetValue<IReadOnlyList<SelectOption<T>>>(nameof(Options), out var given) ? given ?? [] : Options;
        var values = FieldDefaults.NormalizedValues(parameters);
        values.Remove(nameof(Options));
        Options = options;
        values[nameof(ChildContent)] = ItemsOf(options);
        values[nameof(ToStringFunc)] = (Func<T?, string?>)(value => TextOf(options, value));
        return base.SetParametersAsync(ParameterView.FromDictionary(values));
    }

    private static string? TextOf(IReadOnlyList<SelectOption<T>> options, T? value) =>
        options.FirstOrDefault(o => EqualityComparer<T?>.Default.Equals(o.Value, value))?.Text ?? value?.ToString();

    private static RenderFragment ItemsOf(IReadOnlyList<SelectOption<T>> options) => builder =>
    {
        foreach (var option in options)
        {
            builder.OpenComponent<MudSelectItem<T>>(0);
            builder.AddComponentParameter(1, nameof(MudSelectItem<T>.Value), option.Value);
            builder.AddComponentParameter(2, nameof(MudSelectItem<T>.ChildContent), (RenderFragment)(b => b.AddContent(0, option.Text)));
            builder.CloseComponent();
        }
    };
}
