using MudBlazor;

namespace InfraDesigner.Web.Components.Theme;

/// <summary>
/// MudBlazor's theme built from the design tokens in wwwroot-assets/css/tokens.css (light) and their
/// dark counterparts there, so Mud components and our own CSS paint with the same colours.
/// </summary>
public static class AppTheme
{
    private static readonly string[] FontFamily = ["Inter", "Segoe UI", "system-ui", "-apple-system", "Noto Sans", "Noto Sans CJK KR", "sans-serif"];

    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2563eb",
            Secondary = "#0d9488",
            Tertiary = "#7c3aed",
            Info = "#2563eb",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#dc2626",
            Background = "#f5f7fb",
            BackgroundGray = "#f0f3f8",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#172033",
            TextPrimary = "#172033",
            TextSecondary = "#5b6679",
            ActionDefault = "#5b6679",
            Divider = "#dde3ec",
            LinesDefault = "#dde3ec",
            LinesInputs = "#c3ccd9",
            TableLines = "#dde3ec",
            TableHover = "#fafbfd",
            DrawerBackground = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#60a5fa",
            Secondary = "#2dd4bf",
            Tertiary = "#a78bfa",
            Info = "#60a5fa",
            Success = "#4ade80",
            Warning = "#fbbf24",
            Error = "#f87171",
            Background = "#0f1420",
            BackgroundGray = "#1c2433",
            Surface = "#161d2b",
            AppbarBackground = "#161d2b",
            AppbarText = "#e6eaf2",
            TextPrimary = "#e6eaf2",
            TextSecondary = "#9aa6ba",
            ActionDefault = "#9aa6ba",
            Divider = "#2a3447",
            LinesDefault = "#2a3447",
            LinesInputs = "#3b475d",
            TableLines = "#2a3447",
            TableHover = "#1c2433",
            DrawerBackground = "#161d2b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = FontFamily,
                FontSize = "14px",
                LineHeight = "1.5",
                LetterSpacing = "normal",
            },
            Button = new ButtonTypography
            {
                FontFamily = FontFamily,
                FontSize = "14px",
                FontWeight = "500",
                LineHeight = "1.5",
                LetterSpacing = "normal",
                TextTransform = "none",
            },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            AppbarHeight = "56px",
        },
    };
}
