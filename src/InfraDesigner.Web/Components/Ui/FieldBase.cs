using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Components.Ui;

/// <summary>What every labelled input shares: a stable id, label, hint, error and value binding.</summary>
public abstract class FieldBase<TValue> : ComponentBase
{
    [Parameter, EditorRequired] public string Label { get; set; } = "";
    [Parameter] public TValue Value { get; set; } = default!;
    [Parameter] public EventCallback<TValue> ValueChanged { get; set; }
    [Parameter] public string? Error { get; set; }
    [Parameter] public string? Hint { get; set; }
    /// <summary>Shown in place of the hint: something to know about the value that does not refuse it.</summary>
    [Parameter] public string? Warning { get; set; }
    [Parameter] public bool Required { get; set; }
    [Parameter] public bool Disabled { get; set; }
    [Parameter] public string? Id { get; set; }
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    protected string InputId { get; private set; } = "";
    protected string MessageId => InputId + "-message";
    protected bool HasMessage => !string.IsNullOrEmpty(Error) || !string.IsNullOrEmpty(Warning) || !string.IsNullOrEmpty(Hint);

    protected override void OnParametersSet() =>
        InputId = Id ?? (InputId.Length > 0 ? InputId : FieldIds.Next());
}
