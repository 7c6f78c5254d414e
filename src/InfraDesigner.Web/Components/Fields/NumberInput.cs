using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace InfraDesigner.Web.Components.Fields;

/// <summary>
/// A MudBlazor number field at the app's defaults (<see cref="FieldDefaults"/>); the unit is its <c>AdornmentText</c>.
/// No spin buttons: the panels put three numbers in a row, and the arrow keys step the value.
/// </summary>
public class NumberInput : MudNumericField<double?>
{
    public NumberInput()
    {
        FieldDefaults.Apply(this);
        #pragma warning disable BL0005 // a default on a new component, before its parameters arrive
        HideSpinButtons = true;
#pragma warning restore BL0005
    }

    public override Task SetParametersAsync(ParameterView parameters) => base.SetParametersAsync(FieldDefaults.Normalize(parameters));
}
