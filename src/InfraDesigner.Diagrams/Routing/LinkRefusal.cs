using InfraDesigner.Diagrams.Models;

namespace InfraDesigner.Diagrams.Routing;

/// <summary>A link the user tried to draw and that was refused, with the reason.</summary>
public sealed record LinkRefusal(LinkEnd Source, LinkEnd? Target, string Reason);
