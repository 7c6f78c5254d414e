using InfraDesigner.Domain.Validation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Fields;

/// <summary>A MudBlazor text field at the app's defaults (<see cref="FieldDefaults"/>), at most <see cref="Limits.MaxTextLength"/> characters unless told.</summary>
public class TextInput : MudTextField<string>
{
#pragma warning disable BL0005 // a default on a new component, before its parameters arrive
    public TextInput()
    {
        FieldDefaults.Apply(this);
        MaxLength = Limits.MaxTextLength;
    }
#pragma warning restore BL0005

    public override Task SetParametersAsync(ParameterView parameters) => base.SetParametersAsync(FieldDefaults.Normalize(parameters));
}
