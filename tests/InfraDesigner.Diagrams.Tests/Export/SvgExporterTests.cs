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

    private const string Icon = "data:image/svg+xml;base64,PHN2Zy8+";

    private static XDocument ExportedWith(Diagram diagram, Func<NodeModel, NodeAppearance> appearance) =>
        XDocument.Parse(new SvgExporter(new SvgExportOptions { Appearance = appearance }).Export(diagram));

    [Fact]
    public void Each_node_and_group_carries_its_icon_inside_the_file()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host", new Point(0, 0), new Size(400, 300)) { AutoSize = false });
        diagram.Node("vm", 40, 60, group: host);

        var document = ExportedWith(diagram, node => new NodeAppearance { Title = node.Id, Icon = Icon });

        var images = document.Descendants(Svg + "image").ToList();
        images.Count.ShouldBe(2);
        images.ShouldAllBe(i => (string?)i.Attribute("href") == Icon);
    }

    [Fact]
    public void A_node_draws_its_title_and_details_as_separate_lines()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("web", 0, 0);

        var document = ExportedWith(diagram, node => new NodeAppearance { Title = "web-1", Details = ["10.0.0.5/24", "tcp/443"] });

        document.Descendants(Svg + "text").Select(t => t.Value).ShouldBe(["web-1", "10.0.0.5/24", "tcp/443"]);
    }

    [Fact]
    public void A_long_name_is_drawn_smaller_to_fit_its_box_without_losing_characters()
    {
        var diagram = TestDiagram.Create();
        var node = diagram.Node("db", 0, 0, width: 160, height: 64);
        const string name = "database-primary-01";

        var document = ExportedWith(diagram, _ => new NodeAppearance { Title = name, Icon = Icon });

        var title = document.Descendants(Svg + "text").Single();
        title.Value.ShouldBe(name);
        var size = double.Parse((string)title.Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture);
        size.ShouldBeLessThan(new SvgExportOptions().FontSize);
        var x = double.Parse((string)title.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
        (x + TextFit.Width(name, size)).ShouldBeLessThanOrEqualTo(node.Bounds.Right);
    }

    [Fact]
    public void A_name_too_long_even_at_the_smallest_size_ends_with_an_ellipsis_and_keeps_its_whole_text_as_tooltip()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("n", 0, 0);
        var name = string.Concat(Enumerable.Repeat("very-long-name-", 6));

        var document = ExportedWith(diagram, _ => new NodeAppearance { Title = name });

        document.Descendants(Svg + "text").Single().Value.ShouldEndWith("…");
        document.Descendants(Svg + "title").Single().Value.ShouldBe(name);
    }

    [Fact]
    public void Korean_text_counts_wider_than_latin_text_so_it_is_not_cut_off() =>
        TextFit.Width("서버", 12).ShouldBeGreaterThan(TextFit.Width("ab", 12) * 1.5);

    [Fact]
    public void Fonts_fall_back_to_korean_capable_families()
    {
        var (_, document) = Exported();

        ((string)document.Root!.Attribute("font-family")!).ShouldContain("Noto Sans CJK KR");
        ((string)document.Root.Attribute("font-family")!).ShouldEndWith("sans-serif");
    }

    [Fact]
    public void The_picture_is_the_size_of_the_drawing_and_its_margin()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("a", 0, 0);
        diagram.Node("b", 300, 200);

        var document = XDocument.Parse(new SvgExporter().Export(diagram));

        // TestDiagram nodes are 100x50: the drawing spans 400x250, plus 20 on each side.
        ((string)document.Root!.Attribute("width")!).ShouldBe("440");
        ((string)document.Root.Attribute("height")!).ShouldBe("290");
    }

    [Fact]
    public void An_outline_marks_a_node_when_its_appearance_asks_for_one()
    {
        var diagram = TestDiagram.Create();
        diagram.Node("a", 0, 0);

        var document = ExportedWith(diagram, _ => new NodeAppearance { Title = "a", Outline = "#16a34a" });

        document.Descendants(Svg + "rect").ShouldContain(r => (string?)r.Attribute("stroke") == "#16a34a");
    }
}
