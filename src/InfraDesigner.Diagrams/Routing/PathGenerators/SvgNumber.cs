using System.Globalization;

namespace InfraDesigner.Diagrams.Routing.PathGenerators;

/// <summary>Formats numbers for SVG: invariant culture, at most two decimals.</summary>
public static class SvgNumber
{
    public static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
