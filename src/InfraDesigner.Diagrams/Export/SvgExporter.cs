using System.Text;
using System.Xml;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Diagrams.Routing;
using static InfraDesigner.Diagrams.Routing.PathGenerators.SvgNumber;

namespace InfraDesigner.Diagrams.Export;

/// <summary>
/// Writes the diagram as a standalone SVG document: groups as frames (outer first), links as
/// paths with their labels, nodes as rounded rectangles with their title. Written with an
/// <see cref="XmlWriter"/> so text is always escaped and the document well-formed.
/// </summary>
public sealed class SvgExporter(SvgExportOptions? options = null)
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    public SvgExportOptions Options { get; } = options ?? new SvgExportOptions();

    public string Export(Diagram diagram)
    {
        var groups = diagram.Groups.Where(g => !g.IsHidden).OrderBy(g => g.Ancestors().Count()).ToList();
        var nodes = diagram.Nodes.Where(n => !n.IsHidden).ToList();
        var links = diagram.Links.Where(l => !ReferenceEquals(l.Source.VisibleNode, l.Target.VisibleNode))
            .Select(l => (Link: l, Route: LinkGeometry.Route(diagram, l)))
            .Select(l => (l.Link, Path: (l.Link.PathGenerator ?? diagram.Options.DefaultPathGenerator).Generate(l.Route), l.Route))
            .ToList();
        var content = Rect.UnionOf(groups.Concat(nodes).Select(n => n.Bounds).Concat(links.SelectMany(l => l.Route).Select(p => new Rect(p.X, p.Y, 0, 0))))
            ?? new Rect(0, 0, 100, 100);
        var frame = content.Inflate(Options.Margin);

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
            foreach (var (link, path, _) in links)
                WriteLink(xml, link, path);
            foreach (var node in nodes)
                WriteNode(xml, node);
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    private void WriteGroup(XmlWriter xml, GroupModel group)
    {
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", group.Id);
        Rectangle(xml, group.Bounds, group.Color ?? Options.GroupFill, group.Color ?? Options.GroupStroke, Options.CornerRadius, fillOpacity: group.Color is null ? null : 0.15);
        Text(xml, group.Bounds.Left + 10, group.Bounds.Top + 18, Title(group), bold: true);
        xml.WriteEndElement();
    }

    private void WriteLink(XmlWriter xml, LinkModel link, Routing.PathGenerators.PathData path)
    {
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", link.Id);
        xml.WriteStartElement("path", SvgNamespace);
        xml.WriteAttributeString("d", path.D);
        xml.WriteAttributeString("fill", "none");
        xml.WriteAttributeString("stroke", link.Color ?? Options.LinkStroke);
        xml.WriteAttributeString("stroke-width", "2");
        xml.WriteEndElement();
        if (!string.IsNullOrEmpty(link.Label))
            Text(xml, path.LabelPosition.X, path.LabelPosition.Y - 6, link.Label, anchor: "middle");
        xml.WriteEndElement();
    }

    private void WriteNode(XmlWriter xml, NodeModel node)
    {
        xml.WriteStartElement("g", SvgNamespace);
        xml.WriteAttributeString("data-id", node.Id);
        Rectangle(xml, node.Bounds, Options.NodeFill, Options.NodeStroke, Options.CornerRadius);
        Text(xml, node.Bounds.CenterX, node.Bounds.CenterY + Options.FontSize / 3, Title(node), anchor: "middle");
        foreach (var port in node.Ports)
        {
            xml.WriteStartElement("circle", SvgNamespace);
            Attr(xml, "cx", port.Position.X);
            Attr(xml, "cy", port.Position.Y);
            Attr(xml, "r", 4);
            xml.WriteAttributeString("fill", port.Color ?? Options.PortFill);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private string Title(NodeModel node) => Options.NodeText?.Invoke(node) ?? node.Title ?? node.Id;

    private static void Rectangle(XmlWriter xml, Rect r, string fill, string stroke, double radius, double? fillOpacity = null)
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
        xml.WriteEndElement();
    }

    private void Text(XmlWriter xml, double x, double y, string content, string anchor = "start", bool bold = false)
    {
        xml.WriteStartElement("text", SvgNamespace);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteAttributeString("fill", Options.TextColor);
        if (bold)
            xml.WriteAttributeString("font-weight", "600");
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, double value) => xml.WriteAttributeString(name, Format(value));
}
