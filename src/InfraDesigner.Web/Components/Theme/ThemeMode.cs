namespace InfraDesigner.Web.Components.Theme;

/// <summary>The circuit's light/dark choice, shared from the router down to the layout's switch.</summary>
public sealed class ThemeMode(bool dark)
{
    public bool Dark { get; set; } = dark;

    /// <summary>The theme cookie's value as the choice: only "dark" is dark.</summary>
    public static bool IsDark(string? cookie) => cookie == "dark";
}
