using System.Xml.Linq;
using InfraDesigner.Diagrams.Export;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Export;

public class SvgExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static (Diagram Diagram, XDocument Document) Exported()
    {
        var diagram = TestDiagram.Create();
        var zone = diagram.AddGroup(new GroupModel("zone", new Point(-50, -50), new Size(600, 400)) { AutoSize = false, Color = "#16a34a" });
        diagram.SetTitle(zone, "DMZ");
        var web = diagram.Node("web", 0, 0, group: zone).WithPorts();
        diagram.SetTitle(web, "web <01> & \"front\"");
        var db = diagram.Node("db", 300, 200).WithPorts();
        var link = diagram.AddLink(new LinkModel(web.GetPort(PortAlignment.Right)!, db.GetPort(PortAlignment.Left)!, "l1"));
        diagram.SetLinkLabel(link, "vlan 10");
        return (diagram, XDocument.Parse(new SvgExporter().Export(diagram)));
    }

    [Fact]
    public void The_export_is_a_well_formed_svg_document()
    {
        var (_, document) = Exported();

        document.Root!.Name.ShouldBe(Svg + "svg");
        document.Root.Attribute("viewBox").ShouldNotBeNull();
    }

    [Fact]
    public void Every_node_group_and_link_is_drawn_once()
    {
        var (_, document) = Exported();

        var ids = document.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-id")).ToList();

        ids.ShouldBe(["zone", "l1", "web", "db"]);
        document.Descendants(Svg + "path").Count().ShouldBe(1);
        document.Descendants(Svg + "circle").Count().ShouldBe(8);
    }

    [Fact]
    public void Titles_and_labels_are_escaped_text()
    {
        var (_, document) = Exported();

        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToList();

        texts.ShouldContain("web <01> & \"front\"");
        texts.ShouldContain("DMZ");
        texts.ShouldContain("vlan 10");
    }

    [Fact]
    public void The_view_box_contains_every_element_with_the_margin()
    {
        var (diagram, document) = Exported();

        var box = document.Root!.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var view = new Rect(box[0], box[1], box[2], box[3]);

        foreach (var node in diagram.AllNodes)
            view.Inflate(-20).Contains(node.Bounds).ShouldBeTrue();
    }

    [Fact]
    public void Nodes_hidden_in_a_collapsed_group_are_left_out()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        diagram.Node("vm", 0, 0, group: host);
        diagram.SetCollapsed(host, true);

        var document = XDocument.Parse(new SvgExporter().Export(diagram));

        document.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-id")).ShouldBe(["host"]);
    }

    [Fact]
    public void An_empty_diagram_still_exports_a_document() =>
        XDocument.Parse(new SvgExporter().Export(TestDiagram.Create())).Root!.Name.ShouldBe(Svg + "svg");
}
