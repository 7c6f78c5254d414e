using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Components.Canvas;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Tests.Features.Editing;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Components.Canvas;

/// <summary>Links drawn from one node's edge to another node: the bridge picks or makes the interfaces.</summary>
public sealed class CanvasEditBridgeLinkTests : EditingTestBase
{
    private static Topology With(Topology topology, string item, double x) =>
        TopologyEdits.AddElement(topology, ElementFactory.Create(Palette.Find(item)!, topology, x, 0));

    /// <summary>A session on the topology with the canvas's view and bridge wired as the editor wires them.</summary>
    private async Task<(EditingSession Session, TopologyDiagram View, Guid Id)> OpenCanvasAsync(Topology topology)
    {
        var id = await CreateAsync(topology);
        var session = await OpenAsync(id);
        var view = new TopologyDiagram();
        view.Load(session.Topology!);
        session.Updated += update => view.Apply(update.After, update.Patches);
        _ = new CanvasEditBridge(view, session);
        return (session, view, id);
    }

    /// <summary>Runs a test body one step at a time on one context, as a circuit runs the editor.</summary>
    private readonly Dispatcher _circuit = Dispatcher.CreateDefault();

    private Task OnCircuitAsync(Func<Task> body) => _circuit.InvokeAsync(body);

    /// <summary>
    /// Draws a link node to node, as the edge gesture does, and waits until the edit is stored and
    /// the drawn link was replaced by the topology's.
    /// </summary>
    private static async Task ConnectNodesAsync(EditingSession session, TopologyDiagram view, string a, string b)
    {
        var cables = session.Topology!.Links.Count;
        view.Diagram.TryConnect(LinkEnd.Of(view.Diagram.GetNode(a)!), LinkEnd.Of(view.Diagram.GetNode(b)!)).ShouldNotBeNull();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(session.Topology.Links.Count > cables && session.SaveState == SaveState.Saved && view.Diagram.Links.All(l => l is TopologyLink)))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the link was not stored in time");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task A_vm_linked_to_a_switch_uses_its_free_nic_and_gets_a_new_switch_port()
    {
        await OnCircuitAsync(async () =>
        {
            var (session, view, id) = await OpenCanvasAsync(With(With(new Topology { Name = "t" }, "vm", 0), "switch", 300));

            await ConnectNodesAsync(session, view, "vm-01", "sw-01");

            var stored = await StoredAsync(id);
            stored.Links.ShouldHaveSingleItem().ShouldBe(new Link { A = new LinkEndpoint("vm-01", "eth0"), B = new LinkEndpoint("sw-01", "port1") });
            stored.FindElement("sw-01")!.Interfaces.Select(i => i.Name).ShouldBe(["port1"]);
            view.Diagram.Links.ShouldHaveSingleItem().ShouldBeOfType<TopologyLink>();
        });
    }

    [Fact]
    public async Task A_vm_whose_nics_are_all_cabled_gets_a_new_nic()
    {
        await OnCircuitAsync(async () =>
        {
            var topology = With(With(With(new Topology { Name = "t" }, "vm", 0), "switch", 300), "switch", 600);
            topology = TopologyEdits.Connect(topology, "vm-01", "eth0", "sw-01", null).Topology;
            var (session, view, id) = await OpenCanvasAsync(topology);

            await ConnectNodesAsync(session, view, "sw-02", "vm-01");

            var link = (await StoredAsync(id)).Links.Single(l => l.A.Element == "sw-02");
            link.B.ShouldBe(new LinkEndpoint("vm-01", "eth1"));
        });
    }

    [Fact]
    public async Task A_switch_with_a_free_port_uses_it_before_making_another()
    {
        await OnCircuitAsync(async () =>
        {
            var topology = With(With(With(new Topology { Name = "t" }, "vm", 0), "vm", 300), "switch", 600);
            topology = TopologyEdits.Connect(topology, "vm-01", "eth0", "sw-01", null).Topology;
            topology = TopologyEdits.Update<Element>(topology, "sw-01", sw => sw with { Interfaces = sw.Interfaces.Add(new NetworkInterface { Name = "port2" }) });
            var (session, view, id) = await OpenCanvasAsync(topology);

            await ConnectNodesAsync(session, view, "vm-02", "sw-01");

            var stored = await StoredAsync(id);
            stored.Links.ShouldContain(new Link { A = new LinkEndpoint("vm-02", "eth0"), B = new LinkEndpoint("sw-01", "port2") });
            stored.FindElement("sw-01")!.Interfaces.Count.ShouldBe(2);
        });
    }

    [Fact]
    public async Task Linking_two_vms_node_to_node_is_refused_with_the_reason_and_stores_nothing()
    {
        await OnCircuitAsync(async () =>
        {
            var (session, view, id) = await OpenCanvasAsync(With(With(new Topology { Name = "t" }, "vm", 0), "vm", 300));
            string? reason = null;
            view.Diagram.LinkRefused += refusal => reason = refusal.Reason;

            view.Diagram.TryConnect(LinkEnd.Of(view.Diagram.GetNode("vm-01")!), LinkEnd.Of(view.Diagram.GetNode("vm-02")!)).ShouldBeNull();

            reason.ShouldBe("A VM connects to a switch, not to another VM.");
            view.Diagram.Links.ShouldBeEmpty();
            session.CanUndo.ShouldBeFalse();
            (await StoredAsync(id)).Links.ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task Undo_takes_back_the_link_and_the_port_made_for_it_in_one_step()
    {
        await OnCircuitAsync(async () =>
        {
            var (session, view, id) = await OpenCanvasAsync(With(With(new Topology { Name = "t" }, "vm", 0), "switch", 300));
            await ConnectNodesAsync(session, view, "vm-01", "sw-01");

            (await session.UndoAsync()).Applied.ShouldBeTrue();

            session.CanUndo.ShouldBeFalse();
            session.Topology!.Links.ShouldBeEmpty();
            session.Topology.FindElement("sw-01")!.Interfaces.ShouldBeEmpty();
            view.Diagram.Links.ShouldBeEmpty();
        });
    }
}
