using System.Text.RegularExpressions;
using InfraDesigner.Diagrams.Commands;
using InfraDesigner.Domain;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// Turns what the user did on the canvas (moves, cables, deletes, pastes, frames) into edits of the
/// session. All the diagram events of one gesture become one edit, one store transaction and one undo step.
/// Nodes and links the diagram made itself (pastes, drawn cables) are replaced by those the topology gives.
/// </summary>
public sealed partial class CanvasEditBridge : IDisposable
{
    private readonly TopologyDiagram _view;
    private readonly EditingSession _session;
    private readonly List<Func<Topology, Topology>> _pending = [];
    private readonly List<NodeModel> _transientNodes = [];
    private readonly List<LinkModel> _transientLinks = [];
    private readonly Dictionary<NodeModel, string> _pastedNames = [];
    private readonly List<string> _addressesGiven = [];
    private bool _flushScheduled;

    public CanvasEditBridge(TopologyDiagram view, EditingSession session)
    {
        (_view, _session) = (view, session);
        var diagram = view.Diagram;
        diagram.NodesMoved += OnNodesMoved;
        diagram.ElementChanged += OnElementChanged;
        diagram.LinkAdded += OnLinkAdded;
        diagram.LinkRemoved += OnLinkRemoved;
        diagram.NodeRemoved += OnNodeRemoved;
        diagram.NodeAdded += OnNodeAdded;
    }

    /// <summary>An edit was refused; the message says why.</summary>
    public event Action<string>? Refused;

    /// <summary>A cable gave interfaces addresses or gateways (see <see cref="CableAddressing"/>); the lines say which.</summary>
    public event Action<IReadOnlyList<string>>? AddressesGiven;

    private bool Ignoring => _view.IsReconciling;

    private void OnNodesMoved(IReadOnlyList<NodeMove> moves)
    {
        if (Ignoring) return;
        var elements = moves.Where(m => m.Node is IElementModel && !_pastedNames.ContainsKey(m.Node))
            .Select(m => (((IElementModel)m.Node).Element.Name, m.To.X, m.To.Y)).ToList();
        var zones = moves.Where(m => m.Node is ZoneFrame).Select(m => (Zone: ((ZoneFrame)m.Node).Zone.Name, m.To)).ToList();
        Queue(t => zones.Aggregate(TopologyEdits.Move(t, elements),
            (current, z) => TopologyEdits.UpdateZone(current, z.Zone, zone => zone with { Canvas = zone.Canvas with { X = z.To.X, Y = z.To.Y } })));
    }

    private void OnElementChanged(Model model, string property)
    {
        if (Ignoring || model is not NodeModel node || _pastedNames.ContainsKey(node)) return;
        switch (property, node)
        {
            case ("Group", IElementModel element):
                var frame = TopologyDiagram.FrameName(node.Group);
                Queue(t => TopologyEdits.PlaceIn(t, element.Element.Name, frame));
                break;
            case ("Size", IElementModel element):
                Queue(t => TopologyEdits.Resize(t, element.Element.Name, node.Size.Width, node.Size.Height));
                break;
            case ("Size", ZoneFrame zone):
                Queue(t => TopologyEdits.UpdateZone(t, zone.Zone.Name, z => z with { Canvas = z.Canvas with { X = node.Position.X, Y = node.Position.Y, Width = node.Size.Width, Height = node.Size.Height } }));
                break;
            case ("Layer", IElementModel element):
                var layer = node.Layer;
                Queue(t => TopologyEdits.Update<Element>(t, element.Element.Name, e => e with { Canvas = e.Canvas with { Layer = layer } }));
                break;
            case ("Layer", ZoneFrame zone):
                var zoneLayer = node.Layer;
                Queue(t => TopologyEdits.UpdateZone(t, zone.Zone.Name, z => z with { Canvas = z.Canvas with { Layer = zoneLayer } }));
                break;
            case ("Collapsed", IElementModel element):
                var collapsed = node.Collapsed;
                Queue(t => TopologyEdits.Update<Element>(t, element.Element.Name, e => e with { Canvas = e.Canvas with { Collapsed = collapsed } }));
                break;
        }
    }

    private void OnLinkAdded(LinkModel link)
    {
        if (Ignoring) return;
        _transientLinks.Add(link);
        var (source, target) = (link.Source, link.Target);
        // A copied cable keeps the interfaces it joined; a drawn one names the ports it was drawn between.
        var cable = (link as TopologyLink)?.Link;
        var sourceInterface = InterfaceOf(source.Port) ?? cable?.A.Interface;
        var targetInterface = InterfaceOf(target.Port) ?? cable?.B.Interface;
        // Names are read when the edit runs: the ends may be pasted copies named by an earlier edit of the same gesture.
        Queue(t =>
        {
            if (NameOf(source.Node) is not { } a || NameOf(target.Node) is not { } b) return t;
            var (connected, cable) = TopologyEdits.Connect(t, a, sourceInterface, b, targetInterface);
            var (addressed, given) = CableAddressing.Apply(connected, cable);
            _addressesGiven.AddRange(given);
            return addressed;
        });
    }

    private void OnLinkRemoved(LinkModel link)
    {
        if (Ignoring || link is not TopologyLink cable || _transientLinks.Remove(link)) return;
        Queue(t => TopologyEdits.RemoveLink(t, cable.Link));
    }

    private void OnNodeRemoved(NodeModel node)
    {
        if (Ignoring || _transientNodes.Remove(node)) return;
        switch (node)
        {
            case IElementModel element when node.Id == element.Element.Name:
                Queue(t => TopologyEdits.Delete(t, [element.Element.Name]));
                break;
            case ZoneFrame zone:
                Queue(t => TopologyEdits.DeleteZone(t, zone.Zone.Name));
                break;
        }
    }

    /// <summary>A node the topology does not know yet is a pasted or duplicated copy: it becomes a new element with the next free name.</summary>
    private void OnNodeAdded(NodeModel node)
    {
        if (Ignoring || node is not IElementModel copy || node.Id == copy.Element.Name) return;
        _transientNodes.Add(node);
        var prefix = TrailingNumber().Replace(copy.Element.Name, "");
        Queue(t =>
        {
            var name = ElementFactory.NextName(t, prefix);
            _pastedNames[node] = name;
            var element = copy.Element with
            {
                Name = name,
                Canvas = copy.Element.Canvas with { X = node.Position.X, Y = node.Position.Y },
                Interfaces = copy.Element.Interfaces.Select(i => i with { Address = null, Mac = null, DefaultGateway = null }).ToEquatableArray(),
            };
            var added = TopologyEdits.AddElement(t, element);
            return TopologyEdits.PlaceIn(added, name, NameOf(node.Group) ?? TopologyDiagram.FrameName(node.Group));
        });
    }

    private string? NameOf(NodeModel? node) => node switch
    {
        null => null,
        _ when _pastedNames.TryGetValue(node, out var pasted) => pasted,
        IElementModel element => element.Element.Name,
        _ => null,
    };

    /// <summary>The interface a port stands for (copied ports keep it in their data); null for the new-interface port.</summary>
    private static string? InterfaceOf(PortModel? port) => port?.Data as string;

    [GeneratedRegex(@"-\d+$")]
    private static partial Regex TrailingNumber();

    public void Dispose()
    {
        var diagram = _view.Diagram;
        diagram.NodesMoved -= OnNodesMoved;
        diagram.ElementChanged -= OnElementChanged;
        diagram.LinkAdded -= OnLinkAdded;
        diagram.LinkRemoved -= OnLinkRemoved;
        diagram.NodeRemoved -= OnNodeRemoved;
        diagram.NodeAdded -= OnNodeAdded;
    }
}
