using System.Text;
using System.Xml;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using static InfraDesigner.Diagrams.Routing.PathGenerators.SvgNumber;

namespace InfraDesigner.Diagrams.Export;

/// <summary>
/// Writes the diagram as a standalone SVG document: groups as frames (outer first) with a header, links
/// as paths with their labels, nodes as boxes with icon, title and details, every label fitted to its box
/// (<see cref="TextFit"/>); a shortened label keeps its whole text as the box's tooltip. Written with an
/// <see cref="XmlWriter"/> so text is always escaped and the document well-formed.
/// </summary>
public sealed partial class SvgExporter(SvgExportOptions? options = null)
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const double Padding = 6;
    private const double AccentWidth = 4;
    private const double LineHeight = 1.25;

    public SvgExportOptions Options { get; } = options ?? new SvgExportOptions();

    public string Export(Diagram diagram)
    {
        var (groups, nodes, links, frame) = Content(diagram);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("svg", SvgNamespace);
            Attr(xml, "width", frame.Width);
            Attr(xml, "height", frame.Height);
            xml.WriteAttributeString("viewBox", $"{Format(frame.Left)} {Format(frame.Top)} {Format(frame.Width)} {Format(frame.Height)}");
            xml.WriteAttributeString("font-family", Options.FontFamily);
            xml.WriteAttributeString("font-size", Format(Options.FontSize));
            Rectangle(xml, frame, Options.Background, "none", 0);
            foreach (var group in groups)
                WriteGroup(xml, group);
            foreach (var (link, path, label) in links)
                WriteLink(xml, link, path, label);
            foreach (var node in nodes)
                WriteNode(xml, node);
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    private (List<GroupModel> Groups, List<NodeModel> Nodes, List<(LinkModel, Routing.PathGenerators.PathData, Point?)> Links, Rect Frame) Content(Diagram diagram)
    {
        var groups = diagram.Groups.Where(g => !g.IsHidden).OrderBy(g => g.Ancestors().Count()).ThenBy(g => g.Layer).ToList();
        var nodes = Diagram.InDrawingOrder(diagram.Nodes.Where(n => !n.IsHidden)).ToList();
        var routed = diagram.Links.Where(l => !ReferenceEquals(l.Source.VisibleNode, l.Target.VisibleNode))
            .Select(l => (Link: l, Route: LinkGeometry.Route(diagram, l))).ToList();
        var content = Rect.UnionOf(groups.Concat(nodes).Select(n => n.Bounds).Concat(routed.SelectMany(l => l.Route).Select(p => new Rect(p.X, p.Y, 0, 0))))
            ?? new Rect(0, 0, 100, 100);
        var labels = LinkLabelPlacement.Place(routed, LinkLabelPlacement.Obstacles(diagram));
        var links = routed.Select(l => (l.Link, (l.Link.PathGenerator ?? diagram.Options.DefaultPathGenerator).Generate(l.Route), labels.GetValueOrDefault(l.Link))).ToList();
        return (groups, nodes, links, content.Inflate(Options.Margin));
    }

    private NodeAppearance AppearanceOf(NodeModel node) => Options.Appearance?.Invoke(node) ?? new NodeAppearance { Title = node.Title ?? node.Id };

    private void WriteGroup(XmlWriter xml, GroupModel group)
    {
        var look = AppearanceOf(group);
        var stroke = look.Accent ?? group.Color ?? Options.GroupStroke;
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", group.Id);
        var bounds = group.Bounds;
        Rectangle(xml, bounds, group.Color ?? look.Accent ?? Options.GroupFill, stroke, Options.CornerRadius,
            fillOpacity: group.Color is null && look.Accent is null ? null : 0.07, dashed: look.Dashed, strokeWidth: 1.5);
        Outline(xml, bounds, look.Outline);
        var iconSize = Options.IconSize * 0.75;
        var x = bounds.Left + Padding + 2;
        var middle = bounds.Top + Padding + iconSize / 2;
        if (look.Icon is { } icon)
        {
            Image(xml, icon, x, middle - iconSize / 2, iconSize);
            x += iconSize + Padding;
        }
        var available = bounds.Right - Padding - x;
        var title = TextFit.Fit(look.Title, available, Options.FontSize, Options.MinFontSize);
        Text(xml, x, Baseline(middle, title.FontSize), title, Options.TextColor, bold: true);
        var shortened = title.Text != look.Title;
        var details = string.Join(" · ", look.Details);
        var rest = available - TextFit.Width(title.Text, title.FontSize) - Padding;
        if (details.Length > 0 && rest > Options.MinFontSize * 2)
        {
            var fitted = TextFit.Fit(details, rest, Options.FontSize - 1, Options.MinFontSize);
            Text(xml, bounds.Right - Padding - rest, Baseline(middle, fitted.FontSize), fitted, Options.MutedTextColor);
            shortened |= fitted.Text != details;
        }
        else shortened |= details.Length > 0;
        if (shortened) Tooltip(xml, look);
        xml.WriteEndElement();
    }

    private void WriteLink(XmlWriter xml, LinkModel link, Routing.PathGenerators.PathData path, Point? label)
    {
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", link.Id);
        xml.WriteStartElement("path", SvgNamespace);
        xml.WriteAttributeString("d", path.D);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", link.Color ?? Options.LinkStroke);
        xml.WriteAttributeString("stroke-width", "2");
        xml.WriteEndElement();
        if (!string.IsNullOrEmpty(link.Label) && label is { } at)
        {
            // A white halo keeps the label readable where it crosses the line or another link.
            xml.WriteStartElement("text", SvgNamespace);
            Attr(xml, "x", at.X);
            Attr(xml, "y", at.Y - LinkLabelPlacement.Lift);
            xml.WriteAttributeString("text-anchor", "middle");
            xml.WriteAttributeString("font-size", Format(Options.FontSize - 1));
            xml.WriteAttributeString("fill", Options.TextColor);
            xml.WriteAttributeString("stroke", Options.Background);
            xml.WriteAttributeString("stroke-width", "3");
            xml.WriteAttributeString("paint-order", "stroke");
            xml.WriteString(link.Label);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void WriteNode(XmlWriter xml, NodeModel node)
    {
        var look = AppearanceOf(node);
        var bounds = node.Bounds;
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", node.Id);
        Rectangle(xml, bounds, Options.NodeFill, Options.NodeStroke, Options.CornerRadius, dashed: look.Dashed);
        Accent(xml, bounds, look.Accent ?? Options.NodeAccent);
        Outline(xml, bounds, look.Outline);
        var x = bounds.Left + AccentWidth + Padding;
        if (look.Icon is { } icon)
        {
            Image(xml, icon, x, bounds.CenterY - Options.IconSize / 2, Options.IconSize);
            x += Options.IconSize + Padding;
        }
        var available = bounds.Right - Padding - x;
        var lines = new List<(FittedText Text, bool Title)> { (TextFit.Fit(look.Title, available, Options.FontSize, Options.MinFontSize), true) };
        lines.AddRange(look.Details.Select(d => (TextFit.Fit(d, available, Options.FontSize - 1, Options.MinFontSize, monospace: true), false)));
        var shortened = !lines.Select(l => l.Text.Text).SequenceEqual(look.Details.Prepend(look.Title));
        var height = lines.Sum(l => l.Text.FontSize * LineHeight);
        var top = bounds.CenterY - height / 2;
        foreach (var (line, isTitle) in lines)
        {
            var lineHeight = line.FontSize * LineHeight;
            Text(xml, x, Baseline(top + lineHeight / 2, line.FontSize), line, isTitle ? Options.TextColor : Options.MutedTextColor, bold: isTitle, monospace: !isTitle);
            top += lineHeight;
        }
        if (shortened) Tooltip(xml, look);
        WritePorts(xml, node);
        xml.WriteEndElement();
    }

    private void WritePorts(XmlWriter xml, NodeModel node)
    {
        foreach (var port in node.Ports)
        {
            xml.WriteStartElement("circle", SvgNamespace);
            Attr(xml, "cx", port.Position.X);
            Attr(xml, "cy", port.Position.Y);
            Attr(xml, "r", 4);
            xml.WriteAttributeString("fill", port.Color ?? Options.PortFill);
            xml.WriteEndElement();
        }
    }

    /// <summary>The baseline that centres a line of this size on <paramref name="middle"/>.</summary>
    private static double Baseline(double middle, double fontSize) => middle + fontSize * 0.35;
}
