namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// One stop of the packet's animation: the node it reaches, the highlight segment it travels to get there (null at the
/// start) and the hop's <see cref="Reachability.HopRef.Key"/> in the Ask tab's lists.
/// </summary>
public sealed record PacketHop(string Node, string? Segment, string Key);
