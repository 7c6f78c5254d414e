namespace InfraDesigner.Diagrams.Export;

/// <summary>
/// Makes a label fit a width without a browser to measure it: widths are estimated per character on the
/// generous side (Hangul and other CJK characters a full em), the font shrinks to the minimum size and only
/// then does the text give up characters for an ellipsis.
/// </summary>
public static class TextFit
{
    private const double ProportionalEm = 0.6;
    private const double MonospaceEm = 0.62;
    private const double WideEm = 1.0;

    public static double Width(string text, double fontSize, bool monospace = false) =>
        text.EnumerateRunes().Sum(r => IsWide(r.Value) ? WideEm : monospace ? MonospaceEm : ProportionalEm) * fontSize;

    /// <summary>The text and font size it is drawn at within <paramref name="maxWidth"/>.</summary>
    public static FittedText Fit(string text, double maxWidth, double fontSize, double minFontSize, bool monospace = false)
    {
        var width = Width(text, fontSize, monospace);
        if (width <= maxWidth) return new(text, fontSize);
        // Rounded down to a tenth of a pixel: a tidy number that still fits.
        var size = Math.Max(minFontSize, Math.Floor(fontSize * maxWidth / width * 10) / 10);
        if (Width(text, size, monospace) <= maxWidth) return new(text, size);
        var runes = text.EnumerateRunes().ToList();
        for (var keep = runes.Count - 1; keep > 0; keep--)
        {
            var shortened = string.Concat(runes.Take(keep).Select(r => r.ToString())).TrimEnd() + "…";
            if (Width(shortened, size, monospace) <= maxWidth) return new(shortened, size);
        }
        return new("…", size);
    }

    /// <summary>Hangul, CJK ideographs, kana and full-width forms take about a full em.</summary>
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
}
