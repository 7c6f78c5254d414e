using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Layout;
using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Tests.Layout;

public class LayeredLayoutTests
{
    [Fact]
    public void A_chain_is_laid_out_one_layer_below_the_other()
    {
        var diagram = TestDiagram.Create();
        var router = diagram.Node("router", 500, 500);
        var sw = diagram.Node("switch", 0, 0);
        var vm = diagram.Node("vm", 900, 10);
        diagram.Link(router, sw);
        diagram.Link(sw, vm);

        new LayeredLayout().Apply(diagram);

        router.Position.Y.ShouldBeLessThan(sw.Position.Y);
        sw.Position.Y.ShouldBeLessThan(vm.Position.Y);
    }

    [Fact]
    public void Left_to_right_puts_layers_in_columns()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 0, 0);
        diagram.Link(a, b);

        new LayeredLayout(new LayeredLayoutOptions { Direction = LayoutDirection.LeftToRight }).Apply(diagram);

        b.Position.X.ShouldBeGreaterThanOrEqualTo(a.Bounds.Right);
    }

    [Fact]
    public void A_cycle_does_not_stop_the_layout()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 0, 0);
        var c = diagram.Node("c", 0, 0);
        diagram.Link(a, b);
        diagram.Link(b, c);
        diagram.Link(c, a);

        new LayeredLayout().Apply(diagram);

        new[] { a, b, c }.Select(n => n.Position.Y).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Layer_hints_fix_tiers_and_band_hints_put_zones_left_to_right()
    {
        var diagram = TestDiagram.Create();
        var nodes = new Dictionary<NodeModel, LayoutHint>();
        NodeModel Add(string id, int tier, int zone)
        {
            var n = diagram.Node(id, 0, 0);
            nodes[n] = new LayoutHint(tier, zone);
            return n;
        }
        var dmzFirewall = Add("dmz-fw", 0, 0);
        var dmzWeb = Add("dmz-web", 2, 0);
        var appSwitch = Add("app-sw", 1, 1);
        var appVm = Add("app-vm", 2, 1);
        var dbVm = Add("db-vm", 2, 2);
        diagram.Link(appVm, dmzWeb);

        new LayeredLayout(new LayeredLayoutOptions { Hint = n => nodes[n] }).Apply(diagram);

        dmzFirewall.Position.Y.ShouldBeLessThan(appSwitch.Position.Y);
        appSwitch.Position.Y.ShouldBeLessThan(appVm.Position.Y);
        dmzWeb.Position.Y.ShouldBe(appVm.Position.Y);
        dmzWeb.Bounds.Right.ShouldBeLessThan(appVm.Position.X);
        appVm.Bounds.Right.ShouldBeLessThan(dbVm.Position.X);
        dmzFirewall.Bounds.Right.ShouldBeLessThan(appSwitch.Position.X);
    }

    [Fact]
    public void Barycentre_ordering_uncrosses_two_parallel_links()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 0, 0);
        var y = diagram.Node("y", 0, 0);
        var x = diagram.Node("x", 0, 0);
        diagram.Link(a, x);
        diagram.Link(b, y);

        new LayeredLayout().Apply(diagram);

        (a.Position.X < b.Position.X).ShouldBe(x.Position.X < y.Position.X);
    }

    [Fact]
    public void Manual_positions_are_kept_when_asked()
    {
        var diagram = TestDiagram.Create();
        var placed = diagram.Node("placed", 0, 0);
        var loose = diagram.Node("loose", 0, 0);
        diagram.Link(placed, loose);
        diagram.MoveNodes([placed], 777, 333);

        new LayeredLayout(new LayeredLayoutOptions { KeepManualPositions = true }).Apply(diagram);

        placed.Position.ShouldBe(new Point(777, 333));
        loose.ManuallyPositioned.ShouldBeFalse();
    }

    [Fact]
    public void Laying_out_the_selection_leaves_the_rest_alone_and_is_one_undo_step()
    {
        var diagram = TestDiagram.Create();
        var a = diagram.Node("a", 0, 0);
        var b = diagram.Node("b", 5, 5);
        var other = diagram.Node("other", 3, 3);
        diagram.Link(a, b);
        diagram.Select([a, b]);

        new LayeredLayout().Apply(diagram, selectionOnly: true);

        other.Position.ShouldBe(new Point(3, 3));
        a.Bounds.Intersects(b.Bounds).ShouldBeFalse();
        diagram.Undo();
        a.Position.ShouldBe(new Point(0, 0));
        b.Position.ShouldBe(new Point(5, 5));
    }

    [Fact]
    public void A_group_is_laid_out_as_one_unit_with_its_contents()
    {
        var diagram = TestDiagram.Create();
        var host = diagram.AddGroup(new GroupModel("host"));
        var vm1 = diagram.Node("vm1", 0, 0, group: host);
        var vm2 = diagram.Node("vm2", 0, 100, group: host);
        var sw = diagram.Node("sw", 0, 0);
        diagram.Link(sw, vm1);

        new LayeredLayout().Apply(diagram);

        (vm2.Position.Y - vm1.Position.Y).ShouldBe(100);
        sw.Bounds.Bottom.ShouldBeLessThan(host.Position.Y);
    }

    [Fact]
    public void No_two_nodes_overlap_and_every_link_points_down_unless_it_closes_a_cycle()
    {
        var graphs = Gen.Choose(1, 25).SelectMany(n =>
            Gen.ListOf(Gen.Zip(Gen.Choose(0, n - 1), Gen.Choose(0, n - 1))).Select(edges => (n, edges.ToList())))
            .ToArbitrary();

        Prop.ForAll(graphs, graph =>
        {
            var (count, edges) = graph;
            var diagram = TestDiagram.Create();
            var random = new Random(count);
            var nodes = Enumerable.Range(0, count)
                .Select(i => diagram.Node($"n{i}", 0, 0, 60 + random.Next(100), 30 + random.Next(60)))
                .ToList();
            foreach (var (from, to) in edges.Where(e => e.Item1 < e.Item2))
                diagram.Link(nodes[from], nodes[to]);

            new LayeredLayout().Apply(diagram);

            for (var i = 0; i < count; i++)
                for (var j = i + 1; j < count; j++)
                    nodes[i].Bounds.Intersects(nodes[j].Bounds).ShouldBeFalse($"n{i} overlaps n{j}");
            foreach (var link in diagram.Links)
                link.Source.Node.Bounds.Bottom.ShouldBeLessThan(link.Target.Node.Position.Y);
        }).QuickCheckThrowOnFailure();
    }
}
