using System.Xml;
using InfraDesigner.Diagrams.Geometry;
using static InfraDesigner.Diagrams.Routing.PathGenerators.SvgNumber;

namespace InfraDesigner.Diagrams.Export;

/// <summary>The SVG shapes the exporter writes.</summary>
public sealed partial class SvgExporter
{
    private static void Rectangle(XmlWriter xml, Rect r, string fill, string stroke, double radius, double? fillOpacity = null, bool dashed = false, double strokeWidth = 1)
    {
        xml.WriteStartElement("rect", SvgNamespace);
        Attr(xml, "x", r.Left);
        Attr(xml, "y", r.Top);
        Attr(xml, "width", r.Width);
        Attr(xml, "height", r.Height);
        Attr(xml, "rx", radius);
        xml.WriteAttributeString("fill", fill);
        if (fillOpacity is { } opacity)
            Attr(xml, "fill-opacity", opacity);
        xml.WriteAttributeString("stroke", stroke);
        if (strokeWidth != 1)
            Attr(xml, "stroke-width", strokeWidth);
        if (dashed)
            xml.WriteAttributeString("stroke-dasharray", "5 3");
        xml.WriteEndElement();
    }

    /// <summary>The coloured bar down a node's left side, inside its rounded corners.</summary>
    private void Accent(XmlWriter xml, Rect r, string colour) =>
        Rectangle(xml, new Rect(r.Left, r.Top + Options.CornerRadius / 2, AccentWidth, Math.Max(0, r.Height - Options.CornerRadius)), colour, "none", 0);

    private void Outline(XmlWriter xml, Rect r, string? colour)
    {
        if (colour is null) return;
        xml.WriteStartElement("rect", SvgNamespace);
        var around = r.Inflate(3);
        Attr(xml, "x", around.Left);
        Attr(xml, "y", around.Top);
        Attr(xml, "width", around.Width);
        Attr(xml, "height", around.Height);
        Attr(xml, "rx", Options.CornerRadius + 3);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", colour);
        xml.WriteAttributeString("stroke-width", "3");
        xml.WriteEndElement();
    }

    private static void Image(XmlWriter xml, string href, double x, double y, double size)
    {
        xml.WriteStartElement("image", SvgNamespace);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "width", size);
        Attr(xml, "height", size);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private void Text(XmlWriter xml, double x, double y, FittedText text, string colour, bool bold = false, bool monospace = false)
    {
        xml.WriteStartElement("text", SvgNamespace);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("fill", colour);
        Attr(xml, "font-size", text.FontSize);
        if (monospace)
            xml.WriteAttributeString("font-family", Options.MonoFontFamily);
        if (bold)
            xml.WriteAttributeString("font-weight", "600");
        xml.WriteString(text.Text);
        xml.WriteEndElement();
    }

    /// <summary>The whole title and details of a box whose labels had to be shortened.</summary>
    private static void Tooltip(XmlWriter xml, NodeAppearance look)
    {
        xml.WriteStartElement("title", SvgNamespace);
        xml.WriteString(string.Join(" · ", look.Details.Prepend(look.Title)));
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, double value) => xml.WriteAttributeString(name, Format(value));
}
