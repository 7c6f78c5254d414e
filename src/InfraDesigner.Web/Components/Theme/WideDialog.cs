using MudBlazor;

namespace InfraDesigner.Web.Components.Theme;

/// <summary>A dialog that holds a table: wider than the layout's default small dialog.</summary>
public static class WideDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true };
}
